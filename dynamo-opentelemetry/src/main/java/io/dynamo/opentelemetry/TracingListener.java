package io.dynamo.opentelemetry;

import io.dynamo.api.call.CallListener;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.model.ConsumedCapacity;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The listener behind {@link DynamoTelemetry}: a span and metric points per call. */
final class TracingListener implements CallListener<TracingListener.Scope> {
  static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
  static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
  static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
  static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system.name");
  static final AttributeKey<String> DB_OPERATION = AttributeKey.stringKey("db.operation.name");
  static final AttributeKey<String> DB_COLLECTION = AttributeKey.stringKey("db.collection.name");
  static final AttributeKey<String> CLOUD_REGION = AttributeKey.stringKey("cloud.region");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("aws.request_id");
  static final AttributeKey<List<String>> TABLE_NAMES =
      AttributeKey.stringArrayKey("aws.dynamodb.table_names");
  static final AttributeKey<List<String>> CONSUMED_CAPACITY =
      AttributeKey.stringArrayKey("aws.dynamodb.consumed_capacity");
  static final AttributeKey<String> INDEX_NAME = AttributeKey.stringKey("aws.dynamodb.index_name");
  static final AttributeKey<Long> LIMIT = AttributeKey.longKey("aws.dynamodb.limit");
  static final AttributeKey<Boolean> CONSISTENT_READ =
      AttributeKey.booleanKey("aws.dynamodb.consistent_read");
  static final AttributeKey<String> PROJECTION = AttributeKey.stringKey("aws.dynamodb.projection");
  static final AttributeKey<Boolean> SCAN_FORWARD =
      AttributeKey.booleanKey("aws.dynamodb.scan_forward");
  static final AttributeKey<String> SELECT = AttributeKey.stringKey("aws.dynamodb.select");
  static final AttributeKey<Long> SEGMENT = AttributeKey.longKey("aws.dynamodb.segment");
  static final AttributeKey<Long> TOTAL_SEGMENTS =
      AttributeKey.longKey("aws.dynamodb.total_segments");
  static final AttributeKey<Long> COUNT = AttributeKey.longKey("aws.dynamodb.count");
  static final AttributeKey<Long> SCANNED_COUNT =
      AttributeKey.longKey("aws.dynamodb.scanned_count");
  static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("dynamo.attempts");
  static final AttributeKey<Long> THROTTLES = AttributeKey.longKey("dynamo.throttles");

  private static final List<Double> DURATION_BUCKETS =
      List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0);

  private final Tracer tracer;
  private final DoubleHistogram duration;
  private final LongCounter attempts;
  private final LongCounter throttles;
  private final DoubleCounter capacity;

  TracingListener(OpenTelemetry otel) {
    this.tracer =
        otel.getTracerProvider()
            .tracerBuilder(DynamoTelemetry.SCOPE)
            .setInstrumentationVersion(DynamoTelemetry.VERSION)
            .build();
    Meter meter =
        otel.getMeterProvider()
            .meterBuilder(DynamoTelemetry.SCOPE)
            .setInstrumentationVersion(DynamoTelemetry.VERSION)
            .build();
    this.duration =
        meter
            .histogramBuilder("db.client.operation.duration")
            .setDescription("Duration of DynamoDB client operations, retries included.")
            .setUnit("s")
            .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
            .build();
    this.attempts =
        meter
            .counterBuilder("dynamo.client.attempts")
            .setDescription("Attempts sent to DynamoDB, retries included.")
            .setUnit("{attempt}")
            .build();
    this.throttles =
        meter
            .counterBuilder("dynamo.client.throttles")
            .setDescription("Attempts DynamoDB throttled.")
            .setUnit("{attempt}")
            .build();
    this.capacity =
        meter
            .counterBuilder("dynamo.client.consumed_capacity")
            .ofDoubles()
            .setDescription("Capacity units DynamoDB reported as consumed.")
            .setUnit("{capacity_unit}")
            .build();
  }

  /** A call's span and the attributes its metric points share. */
  static final class Scope {
    final Span span;
    final Attributes metricAttributes;

    Scope(Span span, Attributes metricAttributes) {
      this.span = span;
      this.metricAttributes = metricAttributes;
    }
  }

  @Override
  public Scope onCallStart(CallStart call) {
    String method = call.operation().operationName();
    List<String> tables = call.tableNames();
    URI endpoint = call.endpoint();
    SpanBuilder span =
        tracer
            .spanBuilder("DynamoDB." + method)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(RPC_SYSTEM, "aws-api")
            .setAttribute(RPC_SERVICE, "DynamoDB")
            .setAttribute(RPC_METHOD, method)
            .setAttribute(DB_SYSTEM, "aws.dynamodb")
            .setAttribute(DB_OPERATION, method);
    AttributesBuilder metric =
        Attributes.builder().put(DB_SYSTEM, "aws.dynamodb").put(DB_OPERATION, method);
    if (call.region() != null) {
      span.setAttribute(CLOUD_REGION, call.region());
    }
    if (endpoint != null && endpoint.getHost() != null) {
      long port = port(endpoint);
      span.setAttribute(SERVER_ADDRESS, endpoint.getHost()).setAttribute(SERVER_PORT, port);
      metric.put(SERVER_ADDRESS, endpoint.getHost()).put(SERVER_PORT, port);
    }
    if (!tables.isEmpty()) {
      span.setAttribute(TABLE_NAMES, tables);
      if (tables.size() == 1) {
        span.setAttribute(DB_COLLECTION, tables.get(0));
        metric.put(DB_COLLECTION, tables.get(0));
      }
    }
    if (call.indexName() != null) {
      span.setAttribute(INDEX_NAME, call.indexName());
    }
    if (call.limit() != null) {
      span.setAttribute(LIMIT, (long) call.limit());
    }
    if (call.consistentRead() != null) {
      span.setAttribute(CONSISTENT_READ, call.consistentRead());
    }
    if (call.projection() != null) {
      span.setAttribute(PROJECTION, call.projection());
    }
    if (call.scanForward() != null) {
      span.setAttribute(SCAN_FORWARD, call.scanForward());
    }
    if (call.select() != null) {
      span.setAttribute(SELECT, call.select());
    }
    if (call.segment() != null) {
      span.setAttribute(SEGMENT, (long) call.segment());
    }
    if (call.totalSegments() != null) {
      span.setAttribute(TOTAL_SEGMENTS, (long) call.totalSegments());
    }
    return new Scope(span.startSpan(), metric.build());
  }

  @Override
  public void onAttemptEnd(AttemptEnd attempt, Scope scope) {
    if (scope == null) {
      return;
    }
    Attributes attributes = scope.metricAttributes;
    if (attempt.error() != null) {
      attributes =
          attributes.toBuilder()
              .put(ERROR_TYPE, errorType(attempt.error(), attempt.errorCode()))
              .build();
    }
    attempts.add(1, attributes);
    if (attempt.throttled()) {
      throttles.add(1, scope.metricAttributes);
    }
  }

  @Override
  public void onCallEnd(CallEnd call, Scope scope) {
    if (scope == null) {
      return;
    }
    Span span = scope.span;
    Attributes attributes = scope.metricAttributes;
    try {
      if (call.httpStatus() > 0) {
        span.setAttribute(HTTP_STATUS, (long) call.httpStatus());
      }
      if (call.requestId() != null) {
        span.setAttribute(REQUEST_ID, call.requestId());
      }
      span.setAttribute(ATTEMPTS, (long) call.attempts());
      if (call.throttles() > 0) {
        span.setAttribute(THROTTLES, (long) call.throttles());
      }
      if (call.count() != null) {
        span.setAttribute(COUNT, (long) call.count());
      }
      if (call.scannedCount() != null) {
        span.setAttribute(SCANNED_COUNT, (long) call.scannedCount());
      }
      if (call.isSuccess()) {
        List<ConsumedCapacity> consumed = call.consumedCapacity();
        if (!consumed.isEmpty()) {
          List<String> json = new ArrayList<>(consumed.size());
          for (ConsumedCapacity c : consumed) {
            json.add(CapacityJson.write(c));
            if (c.capacityUnits() != null && c.capacityUnits() > 0) {
              AttributesBuilder perTable = scope.metricAttributes.toBuilder();
              if (c.tableName() != null) {
                perTable.put(DB_COLLECTION, c.tableName());
              }
              capacity.add(c.capacityUnits(), perTable.build());
            }
          }
          span.setAttribute(CONSUMED_CAPACITY, json);
        }
      } else {
        String type = errorType(call.error(), call.errorCode());
        span.setAttribute(ERROR_TYPE, type);
        span.setStatus(StatusCode.ERROR, type);
        attributes = attributes.toBuilder().put(ERROR_TYPE, type).build();
      }
    } finally {
      duration.record(call.duration().toNanos() / 1e9, attributes);
      span.end();
    }
  }

  /** DynamoDB's error type when there is one, else the exception's class name. */
  static String errorType(Throwable error, String errorCode) {
    if (errorCode != null) {
      return errorCode;
    }
    if (error instanceof DynamoServiceException e && e.statusCode() > 0) {
      return Integer.toString(e.statusCode());
    }
    return error == null ? "_OTHER" : error.getClass().getName();
  }

  private static long port(URI endpoint) {
    if (endpoint.getPort() > 0) {
      return endpoint.getPort();
    }
    return "http".equalsIgnoreCase(endpoint.getScheme()) ? 80 : 443;
  }
}
