/**
 * The exceptions of the client and of DynamoDB, with {@link ServiceError} and {@link
 * CancellationReason}; {@link Operation} names the operation they happened in.
 */
package io.dynamo.api.error;
