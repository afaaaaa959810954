package io.dynamo.api;

import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.BatchIncompleteException;
import io.dynamo.api.call.RequestOptions;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.WaitFailedException;
import io.dynamo.api.error.WaitTimeoutException;
import io.dynamo.api.internal.Batches;
import io.dynamo.api.internal.Calls;
import io.dynamo.api.internal.Futures;
import io.dynamo.api.internal.Pipeline;
import io.dynamo.api.internal.TableWaiter;
import io.dynamo.api.internal.json.OperationSpec;
import io.dynamo.api.internal.json.Specs;
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
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * The calls of a {@link DynamoClient} without blocking: each returns a {@link CompletableFuture}
 * that fails with the exception the synchronous call would throw, as is ({@code handle} and {@code
 * exceptionally} see a {@link ConditionalCheckFailedException}, not a {@code CompletionException}
 * around it; {@code join()} wraps it as always). Cancelling a future stops the call's retries.
 * Shares the client's connections, retries and interceptors; obtained with {@link
 * DynamoClient#async()}. Thread-safe.
 *
 * <p>What the synchronous client streams comes as a {@link java.util.concurrent.Flow.Publisher}:
 * {@code queryPages} gives the pages, {@code queryAll} their items, a page requested only when the
 * subscriber wants more than the pages before held. The batch helpers ({@link #batchGetAll(Map)},
 * {@link #batchWriteAll(Map)}) and the waiters ({@link #waitUntilTableActive(String)}, {@code
 * waitUntilExportCompleted}, ...) never block a thread: their pauses are on one shared timer, and
 * cancelling their future stops them.
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

  /**
   * {@link DynamoClient#listAllTables()} without blocking: every table name, a page requested when
   * the subscriber wants more than the pages before held.
   */
  public Flow.Publisher<String> listAllTables() {
    return listTablesAll(ListTablesRequest.builder().build());
  }

  /**
   * {@link DynamoClient#batchGetAll(Map)} without blocking: every item with the given keys, by
   * table, in as many BatchGetItem requests as it takes (100 keys each), asking again for
   * unprocessed keys with backoff. The pauses are on the client's timer, so no thread waits;
   * cancelling the future stops the requests.
   *
   * <p>The future fails with a {@link BatchIncompleteException}, holding the keys not read, if
   * DynamoDB returns everything unprocessed ten rounds in a row.
   */
  public CompletableFuture<Map<String, List<Item>>> batchGetAll(
      Map<String, ? extends Collection<Key>> keysByTable) {
    return later(
        () -> Batches.getAllAsync(keysByTable, this::batchGetItem, Batches.EXPONENTIAL_DELAYS));
  }

  /** {@link #batchGetAll(Map)} for one table. */
  public CompletableFuture<List<Item>> batchGetAll(String tableName, Collection<Key> keys) {
    return later(
        () -> Futures.map(batchGetAll(Map.of(tableName, keys)), found -> found.get(tableName)));
  }

  /**
   * {@link DynamoClient#batchWriteAll(Map)} without blocking: every put and delete, by table, in as
   * many BatchWriteItem requests as it takes (25 writes each), sending unprocessed writes again
   * with backoff on the client's timer; cancelling the future stops the requests.
   *
   * <p>The future fails with a {@link BatchIncompleteException}, holding the writes not done, if
   * DynamoDB returns everything unprocessed ten rounds in a row.
   */
  public CompletableFuture<Void> batchWriteAll(
      Map<String, ? extends Collection<WriteRequest>> writesByTable) {
    return later(
        () ->
            Batches.writeAllAsync(writesByTable, this::batchWriteItem, Batches.EXPONENTIAL_DELAYS));
  }

  /** Puts every item into one table with {@link #batchWriteAll(Map)}. */
  public CompletableFuture<Void> batchPutAll(String tableName, Collection<Item> items) {
    return later(
        () -> {
          List<WriteRequest> puts = new ArrayList<>(items.size());
          for (Item item : items) {
            puts.add(WriteRequest.put(item));
          }
          return batchWriteAll(Map.of(tableName, puts));
        });
  }

  /**
   * {@link DynamoClient#waitUntilTableActive(String, Duration)} without blocking: completes with
   * the table's description once it and its global secondary indexes are ACTIVE, checking with
   * DescribeTable (often at first, then every 5 s at most) on the client's timer. Cancelling the
   * future stops the checks.
   *
   * <p>The future fails with a {@link WaitTimeoutException} if the table is not ACTIVE within
   * {@code timeout}, and with a {@link WaitFailedException} if it is being deleted.
   */
  public CompletableFuture<TableDescription> waitUntilTableActive(
      String tableName, Duration timeout) {
    return later(
        () ->
            TableWaiter.untilActiveAsync(
                tableName, timeout, t -> Futures.map(describeTable(t), r -> r.table())));
  }

  /** {@link #waitUntilTableActive(String, Duration)} with a timeout of 10 minutes. */
  public CompletableFuture<TableDescription> waitUntilTableActive(String tableName) {
    return waitUntilTableActive(tableName, Duration.ofMinutes(10));
  }

  /**
   * {@link DynamoClient#waitUntilTableDeleted(String, Duration)} without blocking: completes once
   * DescribeTable no longer finds the table; cancelling the future stops the checks.
   *
   * <p>The future fails with a {@link WaitTimeoutException} if it still exists after {@code
   * timeout}.
   */
  public CompletableFuture<Void> waitUntilTableDeleted(String tableName, Duration timeout) {
    return later(
        () ->
            TableWaiter.untilDeletedAsync(
                tableName, timeout, t -> Futures.map(describeTable(t), r -> r.table())));
  }

  /** {@link #waitUntilTableDeleted(String, Duration)} with a timeout of 10 minutes. */
  public CompletableFuture<Void> waitUntilTableDeleted(String tableName) {
    return waitUntilTableDeleted(tableName, Duration.ofMinutes(10));
  }

  /**
   * The table {@code tableName} seen through {@code codec}, without blocking: {@link
   * DynamoClient#table(String, ItemCodec)}'s calls returning futures and publishers.
   */
  public <T> AsyncTable<T> table(String tableName, ItemCodec<T> codec) {
    return new AsyncTable<>(this, tableName, client.validated(codec));
  }

  /** The codecs this client encodes plain values and decodes items with. */
  public CodecRegistry codecs() {
    return client.codecs();
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
  static <R> CompletableFuture<R> later(Supplier<CompletableFuture<R>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
