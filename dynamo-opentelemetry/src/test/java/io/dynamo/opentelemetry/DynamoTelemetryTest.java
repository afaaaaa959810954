package io.dynamo.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynaliteExtension.class)
class DynamoTelemetryTest {
  private static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLE", "secret");
  private static Dynalite dynalite;
  private static String table;

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk otel =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(spans))
                  .build())
          .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
          .build();

  @BeforeAll
  static void createTable(Dynalite shared) {
    dynalite = shared;
    table = Dynalite.uniqueName("otel");
    try (DynamoClient db =
        DynamoClient.builder().endpoint(shared.endpoint()).credentials(CREDENTIALS).build()) {
      db.createTable(
          CreateTableRequest.builder()
              .table(table)
              .hashKey("pk", ScalarType.S)
              .rangeKey("sk", ScalarType.N)
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .build());
      db.waitUntilTableActive(table, Duration.ofSeconds(30));
    }
  }

  @AfterEach
  void closeSdk() {
    otel.close();
  }

  private DynamoClient client(java.net.URI endpoint, RetryPolicy policy) {
    return DynamoClient.builder()
        .endpoint(endpoint)
        .region("eu-west-1")
        .credentials(CREDENTIALS)
        .retryPolicy(policy)
        .listener(DynamoTelemetry.create(otel).listener())
        .build();
  }

  private static RetryPolicy fastRetries(int attempts) {
    return RetryPolicy.builder()
        .maxAttempts(attempts)
        .baseDelay(Duration.ZERO)
        .throttlingBaseDelay(Duration.ZERO)
        .build();
  }

  private SpanData only(String name) {
    List<SpanData> named =
        spans.getFinishedSpanItems().stream()
            .filter(s -> s.getName().equals(name))
            .collect(Collectors.toList());
    assertEquals(1, named.size(), () -> "spans: " + spans.getFinishedSpanItems());
    return named.get(0);
  }

  private MetricData metric(String name) {
    Collection<MetricData> all = metrics.collectAllMetrics();
    return all.stream()
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name + " in " + all));
  }

  @Test
  @SuppressWarnings("try") // the scope is used for its side effect
  void aCallIsAClientSpanUnderTheCurrentSpanWithTheConventionsAttributes() {
    Span parent = otel.getTracer("test").spanBuilder("handler").startSpan();
    try (DynamoClient db = client(dynalite.endpoint(), RetryPolicy.none());
        Scope ignored = parent.makeCurrent()) {
      db.putItem(
          PutItemRequest.builder()
              .table(table)
              .item(Item.of("pk", "alice", "sk", 1, "secret", "do-not-trace-me"))
              .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
              .build());
      db.getItem(
          GetItemRequest.builder()
              .table(table)
              .key(Key.of("pk", "alice", "sk", 1))
              .consistentRead(true)
              .project("secret")
              .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
              .build());
    } finally {
      parent.end();
    }
    SpanData get = only("DynamoDB.GetItem");
    assertEquals(SpanKind.CLIENT, get.getKind());
    assertEquals(parent.getSpanContext().getTraceId(), get.getTraceId());
    assertEquals(parent.getSpanContext().getSpanId(), get.getParentSpanId());
    Attributes a = get.getAttributes();
    assertEquals("aws-api", a.get(TracingListener.RPC_SYSTEM));
    assertEquals("DynamoDB", a.get(TracingListener.RPC_SERVICE));
    assertEquals("GetItem", a.get(TracingListener.RPC_METHOD));
    assertEquals("aws.dynamodb", a.get(TracingListener.DB_SYSTEM));
    assertEquals("GetItem", a.get(TracingListener.DB_OPERATION));
    assertEquals(List.of(table), a.get(TracingListener.TABLE_NAMES));
    assertEquals(table, a.get(TracingListener.DB_COLLECTION));
    assertEquals("eu-west-1", a.get(TracingListener.CLOUD_REGION));
    assertEquals("127.0.0.1", a.get(TracingListener.SERVER_ADDRESS));
    assertEquals((long) dynalite.port(), a.get(TracingListener.SERVER_PORT));
    assertEquals(200L, a.get(TracingListener.HTTP_STATUS));
    assertEquals(Boolean.TRUE, a.get(TracingListener.CONSISTENT_READ));
    assertEquals("secret", a.get(TracingListener.PROJECTION));
    assertNotNull(a.get(TracingListener.REQUEST_ID));
    assertEquals(1L, a.get(TracingListener.ATTEMPTS));
    List<String> consumed = a.get(TracingListener.CONSUMED_CAPACITY);
    assertEquals(1, consumed.size(), () -> "attributes: " + a);
    assertTrue(
        consumed.get(0).startsWith("{\"TableName\":\"" + table + "\",\"CapacityUnits\":"),
        consumed.get(0));
    assertNull(a.get(TracingListener.ERROR_TYPE));
    assertEquals(StatusCode.UNSET, get.getStatus().getStatusCode());
    // no attribute value of the item reaches the span
    assertFalse(get.toString().contains("do-not-trace-me"));
    assertFalse(only("DynamoDB.PutItem").toString().contains("do-not-trace-me"));
    assertEquals(parent.getSpanContext().getSpanId(), only("DynamoDB.PutItem").getParentSpanId());
  }

  @Test
  void queryAttributesComeFromTheTypedRequestAndResponse() {
    try (DynamoClient db = client(dynalite.endpoint(), RetryPolicy.none())) {
      db.query(
          QueryRequest.builder()
              .table(table)
              .keyCondition("pk = :pk")
              .value(":pk", "nobody")
              .limit(10)
              .scanIndexForward(false)
              .build());
    }
    Attributes a = only("DynamoDB.Query").getAttributes();
    assertEquals(10L, a.get(TracingListener.LIMIT));
    assertEquals(Boolean.FALSE, a.get(TracingListener.SCAN_FORWARD));
    assertEquals(0L, a.get(TracingListener.COUNT));
    assertEquals(0L, a.get(TracingListener.SCANNED_COUNT));
    assertNull(a.get(TracingListener.INDEX_NAME));
  }

  @Test
  void aServiceErrorMarksTheSpanAndTheDurationPoint() {
    try (DynamoClient db = client(dynalite.endpoint(), RetryPolicy.none())) {
      assertThrows(
          ResourceNotFoundException.class,
          () -> db.getItem(GetItemRequest.of("no-such-table-" + table, Key.of("pk", "x"))));
    }
    SpanData get = only("DynamoDB.GetItem");
    assertEquals(StatusCode.ERROR, get.getStatus().getStatusCode());
    assertEquals("ResourceNotFoundException", get.getAttributes().get(TracingListener.ERROR_TYPE));
    assertEquals(400L, get.getAttributes().get(TracingListener.HTTP_STATUS));
    assertTrue(get.getEvents().isEmpty(), "no exception event with a message");

    HistogramPointData point =
        metric("db.client.operation.duration").getHistogramData().getPoints().iterator().next();
    assertEquals(1, point.getCount());
    assertEquals(
        "ResourceNotFoundException", point.getAttributes().get(TracingListener.ERROR_TYPE));
    assertEquals("GetItem", point.getAttributes().get(TracingListener.DB_OPERATION));
    assertEquals("aws.dynamodb", point.getAttributes().get(TracingListener.DB_SYSTEM));
  }

  @Test
  void throttledAttemptsAreCountedInTheSpanAndTheMetrics() {
    try (StubServer stub = StubServer.start()) {
      stub.enqueue(
          StubResponse.dynamoError(400, "ProvisionedThroughputExceededException", "slow down"),
          StubResponse.dynamoError(400, "ThrottlingException", "slow down"),
          StubResponse.dynamo("{\"Item\":{\"pk\":{\"S\":\"alice\"}}}"));
      try (DynamoClient db = client(stub.endpoint(), fastRetries(3))) {
        db.getItem(GetItemRequest.of("users", Key.of("pk", "alice")));
      }
    }
    Attributes a = only("DynamoDB.GetItem").getAttributes();
    assertEquals(3L, a.get(TracingListener.ATTEMPTS));
    assertEquals(2L, a.get(TracingListener.THROTTLES));
    assertEquals(200L, a.get(TracingListener.HTTP_STATUS));
    assertNull(a.get(TracingListener.ERROR_TYPE));

    MetricData attempts = metric("dynamo.client.attempts");
    long sent = 0;
    long failed = 0;
    for (LongPointData p : attempts.getLongSumData().getPoints()) {
      sent += p.getValue();
      if (p.getAttributes().get(TracingListener.ERROR_TYPE) != null) {
        failed += p.getValue();
      }
      assertEquals("users", p.getAttributes().get(TracingListener.DB_COLLECTION));
    }
    assertEquals(3, sent);
    assertEquals(2, failed);
    LongPointData throttles =
        metric("dynamo.client.throttles").getLongSumData().getPoints().iterator().next();
    assertEquals(2, throttles.getValue());
    HistogramPointData duration =
        metric("db.client.operation.duration").getHistogramData().getPoints().iterator().next();
    assertEquals(1, duration.getCount());
    assertNull(duration.getAttributes().get(TracingListener.ERROR_TYPE));
    assertEquals("127.0.0.1", duration.getAttributes().get(TracingListener.SERVER_ADDRESS));
  }

  @Test
  @SuppressWarnings("try") // the scope is used for its side effect
  void anAsynchronousCallIsAChildOfTheSpanCurrentWhenItWasMade() {
    Span parent = otel.getTracer("test").spanBuilder("async handler").startSpan();
    try (StubServer stub = StubServer.start()) {
      stub.enqueue(
          StubResponse.dynamoError(
              400, "ConditionalCheckFailedException", "The conditional request failed"));
      try (DynamoClient db = client(stub.endpoint(), RetryPolicy.none())) {
        java.util.concurrent.CompletableFuture<String> call;
        try (Scope ignored = parent.makeCurrent()) {
          call = db.async().apiCall(Operation.PUT_ITEM, "{\"TableName\":\"users\",\"Item\":{}}");
        }
        var e = assertThrows(java.util.concurrent.CompletionException.class, call::join);
        assertTrue(e.getCause() instanceof ConditionalCheckFailedException);
      }
    } finally {
      parent.end();
    }
    // the span ended before the future completed: it is exported already
    SpanData put = only("DynamoDB.PutItem");
    assertEquals(parent.getSpanContext().getSpanId(), put.getParentSpanId());
    assertEquals(List.of("users"), put.getAttributes().get(TracingListener.TABLE_NAMES));
    assertEquals(StatusCode.ERROR, put.getStatus().getStatusCode());
    assertEquals(
        "ConditionalCheckFailedException", put.getAttributes().get(TracingListener.ERROR_TYPE));
  }

  @Test
  void aTransportFailureIsTypedByItsExceptionClass() {
    java.net.URI closed;
    try (StubServer stub = StubServer.start()) {
      closed = stub.endpoint();
    }
    try (DynamoClient db = client(closed, RetryPolicy.none())) {
      assertThrows(
          io.dynamo.api.error.TransportException.class,
          () -> db.getItem(GetItemRequest.of("users", Key.of("pk", "alice"))));
    }
    SpanData get = only("DynamoDB.GetItem");
    assertEquals(StatusCode.ERROR, get.getStatus().getStatusCode());
    assertTrue(
        get.getAttributes().get(TracingListener.ERROR_TYPE).startsWith("io.dynamo.api."),
        get.getAttributes().toString());
    assertNull(get.getAttributes().get(TracingListener.HTTP_STATUS));
  }
}
