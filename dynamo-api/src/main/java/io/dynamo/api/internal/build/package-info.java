/**
 * Not API. What the model's builders use: argument checks, expression rendering into a request,
 * immutable copies, the making of transaction actions.
 */
package io.dynamo.api.internal.build;
