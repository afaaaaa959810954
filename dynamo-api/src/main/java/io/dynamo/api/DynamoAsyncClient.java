package io.dynamo.api;

import io.dynamo.api.internal.Calls;
import io.dynamo.api.internal.Futures;
import io.dynamo.api.internal.Pipeline;
import io.dynamo.api.internal.ops.OperationSpec;
import io.dynamo.api.internal.ops.Specs;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.DeleteItemResponse;
import io.dynamo.api.model.DeleteTableRequest;
import io.dynamo.api.model.DeleteTableResponse;
import io.dynamo.api.model.DescribeTableRequest;
import io.dynamo.api.model.DescribeTableResponse;
import io.dynamo.api.model.DynamoRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.ListTablesResponse;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.PutItemResponse;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The calls of a {@link DynamoClient} without blocking: each returns a {@link CompletableFuture}
 * that fails with the exception the synchronous call would throw, as is ({@code handle} and {@code
 * exceptionally} see a {@link ConditionalCheckFailedException}, not a {@code CompletionException}
 * around it; {@code join()} wraps it as always). Cancelling a future stops the call's retries.
 * Shares the client's connections, retries and interceptors; obtained with {@link
 * DynamoClient#async()}. Thread-safe.
 */
public final class DynamoAsyncClient implements DynamoAsyncOperations {
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

  /**
   * This client with another retry policy; see {@link DynamoClient#withRetryPolicy(RetryPolicy)}.
   */
  public DynamoAsyncClient withRetryPolicy(RetryPolicy policy) {
    return client.withRetryPolicy(policy).async();
  }

  /**
   * This client with {@code options} over its own settings, for some calls only; see {@link
   * DynamoClient#withOptions(RequestOptions)}.
   */
  public DynamoAsyncClient withOptions(RequestOptions options) {
    return client.withOptions(options).async();
  }

  /** {@link DynamoClient#apiCall(Operation, String)} without blocking. */
  public CompletableFuture<String> apiCall(Operation operation, String json) {
    byte[] body;
    try {
      body = DynamoClient.utf8(json);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return Futures.map(
        pipeline.executeAsync(ApiRequest.of(operation, body)), ApiResponse::bodyText);
  }

  /** {@link DynamoClient#apiCall(String, String)} without blocking. */
  public CompletableFuture<String> apiCall(String operationName, String json) {
    Operation operation;
    try {
      operation = Operation.named(operationName);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return apiCall(operation, json);
  }

  /** {@link DynamoClient#apiCall(ApiRequest)} without blocking. */
  public CompletableFuture<ApiResponse> apiCall(ApiRequest request) {
    return pipeline.executeAsync(request);
  }

  /** {@link DynamoClient#listTables()} without blocking: the first page of table names. */
  public CompletableFuture<ListTablesResponse> listTables() {
    return listTables(ListTablesRequest.builder().build());
  }

  /** {@link DynamoClient#deleteTable(String)} without blocking. */
  public CompletableFuture<DeleteTableResponse> deleteTable(String tableName) {
    return later(() -> deleteTable(DeleteTableRequest.of(tableName)));
  }

  /** {@link DynamoClient#describeTable(String)} without blocking. */
  public CompletableFuture<DescribeTableResponse> describeTable(String tableName) {
    return later(() -> describeTable(DescribeTableRequest.of(tableName)));
  }

  /** {@link DynamoClient#putItem(String, Item)} without blocking. */
  public CompletableFuture<PutItemResponse> putItem(String tableName, Item item) {
    return later(() -> putItem(PutItemRequest.of(tableName, item)));
  }

  /** {@link DynamoClient#getItem(String, Key)} without blocking. */
  public CompletableFuture<GetItemResponse> getItem(String tableName, Key key) {
    return later(() -> getItem(GetItemRequest.of(tableName, key)));
  }

  /** {@link DynamoClient#deleteItem(String, Key)} without blocking. */
  public CompletableFuture<DeleteItemResponse> deleteItem(String tableName, Key key) {
    return later(() -> deleteItem(DeleteItemRequest.of(tableName, key)));
  }

  /**
   * {@link DynamoClient#send} without blocking.
   *
   * @throws IllegalArgumentException for a request whose operation has its own typed method here
   */
  @Override
  public <R> CompletableFuture<R> send(DynamoRequest<R> request) {
    OperationSpec<DynamoRequest<R>, R> spec;
    try {
      spec = Specs.of(request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return call(spec, request);
  }

  private <Q, R> CompletableFuture<R> call(OperationSpec<Q, R> spec, Q request) {
    return Calls.callAsync(pipeline, spec, request);
  }

  /** Runs {@code call}; bad input fails the future instead of throwing. */
  private static <R> CompletableFuture<R> later(Supplier<CompletableFuture<R>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
