package io.dynamo.api;

import io.dynamo.api.internal.Futures;
import io.dynamo.api.internal.Pipeline;
import io.dynamo.codec.CodecRegistry;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

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
public final class DynamoClient implements AutoCloseable {
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

  /** Closes the transport. Calls in flight may fail. */
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
