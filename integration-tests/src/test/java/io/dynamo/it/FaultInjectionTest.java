package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ApiCallTimeoutException;
import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.InternalServerErrorException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ServiceUnavailableException;
import io.dynamo.api.error.ThrottlingException;
import io.dynamo.api.error.TransportException;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a stub server that misbehaves on purpose, through the transport of this run.
 */
class FaultInjectionTest {
  private static final String TABLES = "{\"TableNames\":[\"users\"]}";

  private final StubServer stub = StubServer.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  private DynamoClient client(URI endpoint, RetryPolicy retries, Duration attempt, Duration call) {
    return DynamoClient.builder()
        .endpoint(endpoint)
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .retryPolicy(retries)
        .attemptTimeout(attempt)
        .callTimeout(call)
        .build();
  }

  private DynamoClient client() {
    return client(stub.endpoint(), quickRetries(5), Duration.ofSeconds(5), Duration.ofSeconds(20));
  }

  /** Real backoff, scaled down so the suite stays fast. */
  private static RetryPolicy quickRetries(int attempts) {
    return RetryPolicy.builder()
        .maxAttempts(attempts)
        .baseDelay(Duration.ofMillis(2))
        .throttlingBaseDelay(Duration.ofMillis(20))
        .build();
  }

  private ApiResponse listTables(DynamoClient db) {
    return db.apiCall(ApiRequest.of(Operation.LIST_TABLES, "{}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void throttlingIsRetriedWithBackoffUntilItSucceeds() {
    stub.enqueue(
        StubResponse.dynamoError(400, "ProvisionedThroughputExceededException", "Rate exceeded"),
        StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"),
        StubResponse.dynamo(TABLES));
    try (DynamoClient db = client()) {
      ApiResponse response = listTables(db);
      assertEquals(TABLES, response.bodyText());
      assertEquals(3, response.attempts());
      assertEquals(3, stub.requestCount());
      // each attempt is signed afresh
      assertTrue(
          stub.request(2).header("Authorization").orElseThrow().startsWith("AWS4-HMAC-SHA256 "));
    }
  }

  @Test
  void throttlingNamedOnlyByTheErrorTypeHeaderIsRetriedToo() {
    // AWS JSON 1.0 lets the type travel in X-Amzn-Errortype, with a URL suffix, and a body
    // without __type; the stub's x-amz-crc32 matches the body it sends.
    stub.enqueue(
        StubResponse.dynamo(400, "{\"message\":\"Rate exceeded\"}")
            .withHeader(
                "X-Amzn-Errortype",
                "ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/"),
        StubResponse.dynamo(TABLES));
    try (DynamoClient db = client()) {
      assertEquals(2, listTables(db).attempts());
    }
    stub.defaultResponse(
        StubResponse.dynamo(400, "{\"message\":\"Rate exceeded\"}")
            .withHeader("X-Amzn-Errortype", "ThrottlingException"));
    try (DynamoClient db =
        client(stub.endpoint(), quickRetries(2), Duration.ofSeconds(5), Duration.ofSeconds(20))) {
      ThrottlingException e = assertThrows(ThrottlingException.class, () -> listTables(db));
      assertEquals("Rate exceeded", e.errorMessage());
    }
  }

  @Test
  void throttlingThatNeverEndsFailsWithTheTypedErrorAfterMaxAttempts() {
    stub.defaultResponse(StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"));
    try (DynamoClient db =
        client(stub.endpoint(), quickRetries(3), Duration.ofSeconds(5), Duration.ofSeconds(20))) {
      ThrottlingException e = assertThrows(ThrottlingException.class, () -> listTables(db));
      assertEquals(400, e.statusCode());
      assertEquals("Rate exceeded", e.errorMessage());
      assertEquals(3, stub.requestCount());
      assertEquals(2, e.getSuppressed().length);
    }
  }

  @Test
  void serverErrorIsRetried() {
    stub.enqueue(
        StubResponse.dynamoError(500, "InternalServerError", "Internal server error"),
        StubResponse.dynamo(TABLES));
    try (DynamoClient db = client()) {
      assertEquals(2, listTables(db).attempts());
    }
  }

  @Test
  void damagedBodyIsDetectedByCrc32AndRetried() {
    stub.enqueue(StubResponse.dynamo(TABLES).withCrc32(12345), StubResponse.dynamo(TABLES));
    try (DynamoClient db = client()) {
      ApiResponse response = listTables(db);
      assertEquals(2, response.attempts());
      assertEquals(TABLES, response.bodyText());
    }
  }

  @Test
  void htmlBadGatewayFromAProxyIsATypedExceptionWithStatusAndExcerpt() {
    stub.defaultResponse(
        StubResponse.html(
            502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
    try (DynamoClient db =
        client(stub.endpoint(), quickRetries(2), Duration.ofSeconds(5), Duration.ofSeconds(20))) {
      ServiceUnavailableException e =
          assertThrows(ServiceUnavailableException.class, () -> listTables(db));
      assertEquals(502, e.statusCode());
      assertNull(e.errorType());
      assertTrue(e.errorMessage().contains("502 Bad Gateway"), e.errorMessage());
      assertEquals(2, stub.requestCount());
    }
  }

  @Test
  void garbageErrorBodyIsATypedExceptionWithTheStatus() {
    stub.enqueue(StubResponse.dynamo(400, "this is {not json"));
    try (DynamoClient db = client()) {
      DynamoServiceException e = assertThrows(DynamoServiceException.class, () -> listTables(db));
      assertEquals(400, e.statusCode());
      assertNull(e.errorType());
      assertEquals("a body of 17 bytes that is not JSON", e.errorMessage());
      assertEquals(1, stub.requestCount());
    }
  }

  @Test
  void droppedConnectionIsRetriedOnAFreshOne() {
    stub.enqueue(StubResponse.disconnect(), StubResponse.dynamo(TABLES));
    try (DynamoClient db = client()) {
      assertEquals(2, listTables(db).attempts());
    }
  }

  @Test
  void truncatedBodyIsRetried() {
    stub.enqueue(StubResponse.dynamo(TABLES).truncatedAfter(5), StubResponse.dynamo(TABLES));
    try (DynamoClient db = client()) {
      assertEquals(TABLES, listTables(db).bodyText());
      assertEquals(2, stub.requestCount());
    }
  }

  @Test
  void refusedConnectionFailsWithTransportExceptionWithinTheDeadline() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Duration deadline = Duration.ofSeconds(5);
    try (DynamoClient db =
        client(
            URI.create("http://127.0.0.1:" + port),
            quickRetries(3),
            Duration.ofSeconds(2),
            deadline)) {
      long start = System.nanoTime();
      TransportException e = assertThrows(TransportException.class, () -> listTables(db));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(deadline) < 0, "took " + took);
      assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
      assertEquals(2, e.getSuppressed().length);
    }
  }

  @Test
  void slowAnswerTimesOutEachAttempt() {
    stub.defaultResponse(StubResponse.dynamo(TABLES).delayed(Duration.ofSeconds(3)));
    try (DynamoClient db =
        client(stub.endpoint(), quickRetries(2), Duration.ofMillis(200), Duration.ofSeconds(10))) {
      long start = System.nanoTime();
      AttemptTimeoutException e = assertThrows(AttemptTimeoutException.class, () -> listTables(db));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "took " + took);
      assertTrue(e.getMessage().contains("200 ms"), e.getMessage());
      assertEquals(2, stub.requestCount());
    }
  }

  @Test
  void callTimeoutBoundsTheWholeCallRetriesIncluded() {
    stub.defaultResponse(StubResponse.dynamo(TABLES).delayed(Duration.ofSeconds(3)));
    try (DynamoClient db =
        client(stub.endpoint(), quickRetries(10), Duration.ofMillis(300), Duration.ofMillis(700))) {
      long start = System.nanoTime();
      ApiCallTimeoutException e = assertThrows(ApiCallTimeoutException.class, () -> listTables(db));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(Duration.ofMillis(2000)) < 0, "took " + took);
      assertInstanceOf(AttemptTimeoutException.class, e.getCause());
    }
  }

  @Test
  void asyncCallsTakeTheSamePath() {
    stub.enqueue(
        StubResponse.dynamoError(500, "InternalServerError", "boom"), StubResponse.dynamo(TABLES));
    try (DynamoClient db = client()) {
      assertEquals(TABLES, db.async().apiCall(Operation.LIST_TABLES, "{}").join());
      assertEquals(2, stub.requestCount());
      stub.defaultResponse(StubResponse.dynamoError(500, "InternalServerError", "boom"));
      var e =
          assertThrows(
              java.util.concurrent.CompletionException.class,
              () -> db.async().apiCall(Operation.LIST_TABLES, "{}").join());
      assertInstanceOf(InternalServerErrorException.class, e.getCause());
    }
  }
}
