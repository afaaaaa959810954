package io.dynamo.api;

import io.dynamo.api.internal.Pipeline;
import java.util.concurrent.CompletableFuture;

/**
 * The calls of a {@link DynamoClient} without blocking: each returns a {@link CompletableFuture}
 * that fails with the exception the synchronous call would throw. Shares the client's connections,
 * retries and interceptors; obtained with {@link DynamoClient#async()}. Thread-safe.
 */
public final class DynamoAsyncClient {
  final DynamoClient client;
  final Pipeline pipeline;

  DynamoAsyncClient(DynamoClient client) {
    this.client = client;
    this.pipeline = client.pipeline;
  }

  /** The synchronous client this belongs to. */
  public DynamoClient sync() {
    return client;
  }

  /** {@link DynamoClient#apiCall(Operation, String)} without blocking. */
  public CompletableFuture<String> apiCall(Operation operation, String json) {
    byte[] body;
    try {
      body = DynamoClient.utf8(json);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return pipeline.executeAsync(ApiRequest.of(operation, body)).thenApply(ApiResponse::bodyText);
  }

  /** {@link DynamoClient#apiCall(ApiRequest)} without blocking. */
  public CompletableFuture<ApiResponse> apiCall(ApiRequest request) {
    return pipeline.executeAsync(request);
  }
}
