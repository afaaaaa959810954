/** Document paths and raw expression text for update, condition and projection expressions. */
package io.dynamo.api.expr;
