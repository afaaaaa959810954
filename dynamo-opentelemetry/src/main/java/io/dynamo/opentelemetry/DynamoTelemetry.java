package io.dynamo.opentelemetry;

import io.dynamo.api.call.CallListener;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * Spans and metrics of every DynamoDB call, on the OpenTelemetry API.
 *
 * <pre>{@code
 * DynamoClient db = DynamoClient.builder()
 *     .listener(DynamoTelemetry.create(openTelemetry).listener())
 *     .build();
 * }</pre>
 *
 * <p>Follows OpenTelemetry's semantic conventions v1.37.0 for AWS DynamoDB ({@code
 * docs/database/dynamodb.md}, which extends {@code docs/cloud-providers/aws-sdk.md} and the
 * database conventions). Those conventions are at "Development" stability: names may change in
 * later versions of them.
 *
 * <p><b>Spans.</b> One span per call (not per attempt: retries stay inside it), named {@code
 * DynamoDB.<Operation>} such as {@code DynamoDB.GetItem}, of kind {@code CLIENT}, a child of the
 * span current on the thread that makes the call (an asynchronous call included). Attributes:
 *
 * <ul>
 *   <li>at the start: {@code rpc.system=aws-api}, {@code rpc.service=DynamoDB}, {@code rpc.method},
 *       {@code db.system.name=aws.dynamodb}, {@code db.operation.name}, {@code cloud.region},
 *       {@code server.address}, {@code server.port}, {@code aws.dynamodb.table_names} and, for one
 *       table, {@code db.collection.name}; from typed requests also {@code
 *       aws.dynamodb.index_name}, {@code aws.dynamodb.limit}, {@code aws.dynamodb.consistent_read},
 *       {@code aws.dynamodb.projection}, {@code aws.dynamodb.scan_forward}, {@code
 *       aws.dynamodb.select}, {@code aws.dynamodb.segment} and {@code aws.dynamodb.total_segments}
 *       when the request sets them;
 *   <li>at the end: {@code http.response.status_code}, {@code aws.request_id}, {@code
 *       aws.dynamodb.consumed_capacity} (each entry as JSON, when the request asked with {@code
 *       ReturnConsumedCapacity}), {@code aws.dynamodb.count} and {@code aws.dynamodb.scanned_count}
 *       of a typed Query or Scan, and this client's own {@code dynamo.attempts} and {@code
 *       dynamo.throttles};
 *   <li>on failure: status {@code ERROR} and {@code error.type}: DynamoDB's error type (such as
 *       {@code ConditionalCheckFailedException}) or the exception's class name. No exception event
 *       is recorded, so no message that could quote a request reaches the trace.
 * </ul>
 *
 * <p><b>Metrics</b> (meter {@code io.dynamo.opentelemetry}):
 *
 * <ul>
 *   <li>{@code db.client.operation.duration}: histogram, seconds, per the database metric
 *       conventions (buckets 1 ms to 10 s), with {@code db.system.name}, {@code db.operation.name},
 *       {@code db.collection.name} (one table), {@code server.address}, {@code server.port} and, on
 *       failure, {@code error.type};
 *   <li>{@code dynamo.client.attempts}: counter of attempts sent, with the same attributes ({@code
 *       error.type} on attempts that failed);
 *   <li>{@code dynamo.client.throttles}: counter of attempts DynamoDB throttled;
 *   <li>{@code dynamo.client.consumed_capacity}: counter of capacity units consumed, per table
 *       ({@code db.collection.name}), when requests ask for it.
 * </ul>
 *
 * <p>Immutable and thread-safe: one may serve several clients.
 */
public final class DynamoTelemetry {
  /** The instrumentation scope's name, for its tracer and meter. */
  public static final String SCOPE = "io.dynamo.opentelemetry";

  /** The instrumentation scope's version. */
  public static final String VERSION = "0.1.0";

  /** The version of OpenTelemetry's semantic conventions followed. */
  public static final String SEMCONV_VERSION = "1.37.0";

  private final TracingListener listener;

  private DynamoTelemetry(OpenTelemetry openTelemetry) {
    this.listener = new TracingListener(openTelemetry);
  }

  /** Spans and metrics on {@code openTelemetry}'s tracer and meter providers. */
  public static DynamoTelemetry create(OpenTelemetry openTelemetry) {
    return new DynamoTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  /** The listener to register with {@code DynamoClientBuilder.listener(...)}. */
  public CallListener<?> listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "DynamoTelemetry[semconv " + SEMCONV_VERSION + "]";
  }
}
