/** Not API. DynamoDB's rules beyond its model, checked once a request is written. */
package io.dynamo.api.internal.rules;
