package io.dynamo.api.model;

import io.dynamo.api.error.Operation;

/**
 * A request of one DynamoDB operation, answered by a response of type {@code R}: what {@code
 * DynamoClient.send} and {@code DynamoAsyncClient.send} take.
 *
 * @param <R> the operation's response type ({@link Void} for an operation that returns nothing)
 */
public interface DynamoRequest<R> {
  /** The operation this request is for. */
  Operation operation();
}
