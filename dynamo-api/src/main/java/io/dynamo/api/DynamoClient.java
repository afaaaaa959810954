package io.dynamo.api;

import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.ApiResult;
import io.dynamo.api.call.BatchIncompleteException;
import io.dynamo.api.call.RequestOptions;
import io.dynamo.api.call.RequestValidator;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ResourceNotFoundException;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A DynamoDB client: one method per operation, plain Java values in and out.
 *
 * <pre>{@code
 * try (DynamoClient db = DynamoClient.builder().region("eu-west-1").build()) {
 *   db.putItem("users", Item.of("user/id", 1, "user/name", "Ivan"));
 *   Item user = db.getItem("users", Key.of("user/id", 1, "user/name", "Ivan")).item();
 * }
 * }</pre>
 *
 * <p>Every call is signed, retried with backoff when DynamoDB throttles or fails, checked against
 * the response's CRC32, and turns DynamoDB's errors into typed exceptions ({@link
 * ConditionalCheckFailedException}, {@link ResourceNotFoundException}, ...), all subclasses of
 * {@link DynamoServiceException}. {@link #async()} gives the same calls without blocking; {@link
 * #apiCall} reaches every operation of the API with raw JSON.
 *
 * <p>Immutable and thread-safe: share one client. {@link #close()} releases the transport.
 */
public final class DynamoClient implements DynamoOperations, AutoCloseable {
  final Pipeline pipeline;
  private final String region;
  private final String transportName;
  private final CodecRegistry codecs;
  private final DynamoAsyncClient async;

  DynamoClient(Pipeline pipeline, String region, String transportName, CodecRegistry codecs) {
    this.pipeline = pipeline;
    this.region = region;
    this.transportName = transportName;
    this.codecs = codecs;
    this.async = new DynamoAsyncClient(this);
  }

  /** A builder; every setting has a default. */
  public static DynamoClientBuilder builder() {
    return new DynamoClientBuilder();
  }

  /** A client with every setting from the environment (region, credentials, endpoint). */
  public static DynamoClient create() {
    return builder().build();
  }

  /**
   * This client with another retry policy, for some calls only: it shares this client's
   * connections, credentials, codecs, interceptors and retry quota, costs next to nothing to make,
   * and its {@code close()} leaves them open (close this client instead). For example, an
   * unconditional counter increment that must not apply twice:
   *
   * <pre>{@code
   * db.withRetryPolicy(RetryPolicy.standard().onlyWhenNotApplied())
   *     .updateItem(UpdateItemRequest.builder().table("counters").key(key).add("hits", 1).build());
   * }</pre>
   */
  public DynamoClient withRetryPolicy(RetryPolicy policy) {
    java.util.Objects.requireNonNull(policy, "policy");
    return new DynamoClient(pipeline.withRetryPolicy(policy), region, transportName, codecs);
  }

  /**
   * This client with {@code options} over its own settings, for some calls only: other attempt and
   * call timeouts, another retry policy, headers added to every attempt. Like {@link
   * #withRetryPolicy(RetryPolicy)}, it shares this client's connections, credentials, codecs,
   * interceptors, listeners and retry quota, costs next to nothing to make, and its {@code close()}
   * leaves them open. Options given to the client it returns add to these ones:
   *
   * <pre>{@code
   * db.withOptions(RequestOptions.builder().callTimeout(Duration.ofMillis(300)).build())
   *     .getItem("users", key);
   * }</pre>
   */
  public DynamoClient withOptions(RequestOptions options) {
    java.util.Objects.requireNonNull(options, "options");
    return new DynamoClient(pipeline.withOptions(options), region, transportName, codecs);
  }

  /** The call timeout of this client's calls. */
  public java.time.Duration callTimeout() {
    return pipeline.callTimeout();
  }

  /** The retry policy of this client's calls. */
  public RetryPolicy retryPolicy() {
    return pipeline.retryPolicy();
  }

  /** The same calls without blocking, on this client's connections. */
  public DynamoAsyncClient async() {
    return async;
  }

  /** The codecs this client encodes plain values and decodes items with. */
  public CodecRegistry codecs() {
    return codecs;
  }

  /** The region requests are signed for. */
  public String region() {
    return region;
  }

  /**
   * Calls any operation with a raw JSON request and returns the raw JSON response, through the same
   * signing, retries and error mapping as the typed methods.
   *
   * @throws DynamoServiceException if DynamoDB answers with an error
   */
  public String apiCall(Operation operation, String json) {
    return apiCall(ApiRequest.of(operation, utf8(json))).bodyText();
  }

  /**
   * Calls the operation named {@code operationName} with a raw JSON request: one of the model's
   * ({@code "DescribeTable"}) or one it does not know yet, sent with {@code X-Amz-Target:
   * DynamoDB_20120810.<operationName>} through the same signing, retries and error mapping.
   *
   * @throws InvalidRequestException if the name is not an operation name (see {@link
   *     Operation#named(String)})
   * @throws DynamoServiceException if DynamoDB answers with an error
   */
  public String apiCall(String operationName, String json) {
    return apiCall(Operation.named(operationName), json);
  }

  /** Calls any operation with a raw request; the response carries status, headers and attempts. */
  public ApiResponse apiCall(ApiRequest request) {
    return pipeline.execute(request);
  }

  /**
   * Runs calls on this client and returns DynamoDB's error as a value instead of throwing it:
   * {@code db.attempt(c -> c.deleteItem(request))}. Client-side failures (bad input, transport,
   * timeouts) still throw.
   */
  public <T> ApiResult<T> attempt(Function<? super DynamoClient, ? extends T> calls) {
    try {
      return ApiResult.success(calls.apply(this));
    } catch (DynamoServiceException e) {
      return ApiResult.failure(e);
    }
  }

  // ---- tables ----------------------------------------------------------------------------

  /** Deletes the table {@code tableName} and all its items. */
  public DeleteTableResponse deleteTable(String tableName) {
    return deleteTable(DeleteTableRequest.of(tableName));
  }

  /** Describes the table {@code tableName}. */
  public DescribeTableResponse describeTable(String tableName) {
    return describeTable(DescribeTableRequest.of(tableName));
  }

  /** The first page of up to 100 table names. */
  public ListTablesResponse listTables() {
    return listTables(ListTablesRequest.builder().build());
  }

  /** All table names, fetched a page at a time as the stream is consumed. */
  public Stream<String> listAllTables() {
    return listTablesAll(ListTablesRequest.builder().build());
  }

  // ---- items -----------------------------------------------------------------------------

  /** Creates or replaces {@code item} in {@code tableName}. */
  public PutItemResponse putItem(String tableName, Item item) {
    return putItem(PutItemRequest.of(tableName, item));
  }

  /** Reads the item with {@code key} from {@code tableName}. */
  public GetItemResponse getItem(String tableName, Key key) {
    return getItem(GetItemRequest.of(tableName, key));
  }

  /** Deletes the item with {@code key} from {@code tableName}. */
  public DeleteItemResponse deleteItem(String tableName, Key key) {
    return deleteItem(DeleteItemRequest.of(tableName, key));
  }

  /**
   * Reads every item with the given keys, by table, in as many BatchGetItem requests as it takes
   * (100 keys each), asking again for unprocessed keys with backoff. Keys without an item are left
   * out; duplicate keys are read once; items come in no particular order.
   *
   * @throws BatchIncompleteException if DynamoDB returns everything unprocessed ten rounds in a row
   */
  public Map<String, List<Item>> batchGetAll(Map<String, ? extends Collection<Key>> keysByTable) {
    return Batches.getAll(keysByTable, this::batchGetItem, Batches.EXPONENTIAL);
  }

  /** {@link #batchGetAll(Map)} for one table. */
  public List<Item> batchGetAll(String tableName, Collection<Key> keys) {
    return batchGetAll(Map.of(tableName, keys)).get(tableName);
  }

  /**
   * Does every put and delete, by table, in as many BatchWriteItem requests as it takes (25 writes
   * each), sending unprocessed writes again with backoff. Writes to the same item in one request
   * are rejected by DynamoDB, so don't give two for one key.
   *
   * @throws BatchIncompleteException if DynamoDB returns everything unprocessed ten rounds in a row
   */
  public void batchWriteAll(Map<String, ? extends Collection<WriteRequest>> writesByTable) {
    Batches.writeAll(writesByTable, this::batchWriteItem, Batches.EXPONENTIAL);
  }

  /** Puts every item into one table with {@link #batchWriteAll(Map)}. */
  public void batchPutAll(String tableName, Collection<Item> items) {
    List<WriteRequest> puts = new ArrayList<>(items.size());
    for (Item item : items) {
      puts.add(WriteRequest.put(item));
    }
    batchWriteAll(Map.of(tableName, puts));
  }

  /**
   * Waits until the table and its global secondary indexes are ACTIVE, as after CreateTable or
   * UpdateTable, checking with DescribeTable (often at first, then every 5 s at most).
   *
   * @throws WaitTimeoutException if it is not ACTIVE within {@code timeout}
   * @throws WaitFailedException if it is being deleted or archived, so will not become ACTIVE
   */
  public TableDescription waitUntilTableActive(String tableName, Duration timeout) {
    return TableWaiter.untilActive(tableName, timeout, t -> describeTable(t).table());
  }

  /** {@link #waitUntilTableActive(String, Duration)} with a timeout of 10 minutes. */
  public TableDescription waitUntilTableActive(String tableName) {
    return waitUntilTableActive(tableName, Duration.ofMinutes(10));
  }

  /** {@link #waitUntilTableDeleted(String, Duration)} with a timeout of 10 minutes. */
  public void waitUntilTableDeleted(String tableName) {
    waitUntilTableDeleted(tableName, Duration.ofMinutes(10));
  }

  /**
   * Waits until DescribeTable no longer finds the table, as after DeleteTable.
   *
   * @throws WaitTimeoutException if it still exists after {@code timeout}
   */
  public void waitUntilTableDeleted(String tableName, Duration timeout) {
    TableWaiter.untilDeleted(tableName, timeout, t -> describeTable(t).table());
  }

  /**
   * The table {@code tableName} seen through {@code codec}: items in and out as {@code T}, decoded
   * with this client's {@link #codecs()}.
   */
  public <T> Table<T> table(String tableName, ItemCodec<T> codec) {
    return new Table<>(this, tableName, validated(codec));
  }

  /** {@code codec} checking values with this client's validation before writing them, if any. */
  <T> ItemCodec<T> validated(ItemCodec<T> codec) {
    RequestValidator validator = pipeline.validator();
    return validator == null || codec == null ? codec : codec.checking(validator::validateItem);
  }

  /**
   * Sends a request of any operation of the model written as a {@link DynamoRequest}, such as
   * {@code ListBackupsRequest}, and returns its response; each has its own typed method too.
   *
   * @throws IllegalArgumentException for a request whose operation has its own typed method here
   */
  @Override
  public <R> R send(DynamoRequest<R> request) {
    return call(Specs.of(request), request);
  }

  private <Q, R> R call(OperationSpec<Q, R> spec, Q request) {
    return Calls.call(pipeline, spec, request);
  }

  /**
   * Closes the transport the client created (one given to the builder stays open). Calls in flight
   * may fail.
   */
  @Override
  public void close() {
    pipeline.close();
  }

  /** The endpoint, region and transport; never credentials. */
  @Override
  public String toString() {
    return "DynamoClient[endpoint="
        + pipeline.endpoint()
        + ", region="
        + region
        + ", transport="
        + transportName
        + "]";
  }

  static byte[] utf8(String json) {
    if (json == null) {
      throw new InvalidRequestException("json", "request JSON is null; send {} for no parameters");
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  static RuntimeException unwrap(Throwable t) {
    return Futures.unwrap(t);
  }
}
