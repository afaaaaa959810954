/** What generated code calls; not an API for code written by hand. */
package io.dynamo.mapper.support;
