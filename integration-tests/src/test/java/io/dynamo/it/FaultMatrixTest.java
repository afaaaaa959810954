package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ApiCallTimeoutException;
import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.CrcMismatchException;
import io.dynamo.api.error.InternalServerErrorException;
import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.error.ProvisionedThroughputExceededException;
import io.dynamo.api.error.RequestLimitExceededException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.ServiceUnavailableException;
import io.dynamo.api.error.ThrottlingException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.model.ListTablesResponse;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.codec.DynamoException;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsProviders;
import io.dynamo.sign.Environment;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault a server or network can cause, through the transport of this run, synchronous and
 * asynchronous, once (then the call succeeds after a retry) and for good (then it fails with the
 * fault's typed exception after every attempt): exact attempt counts, the backoff between them
 * (from the retry log, with jitter fixed), and each call within its deadline.
 */
class FaultMatrixTest {
  private static final String TABLES = "{\"TableNames\":[\"users\"]}";
  private static final int ATTEMPTS = 3;
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(400);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

  private final StubServer stub = StubServer.start();
  private final List<LogRecord> retries = new ArrayList<>();
  private final Logger apiLog = Logger.getLogger("io.dynamo.api");
  private final Handler capture =
      new Handler() {
        @Override
        public synchronized void publish(LogRecord r) {
          if (r.getMessage() != null && r.getMessage().contains("retrying in")) {
            retries.add(r);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level levelBefore;

  @BeforeEach
  void captureRetries() {
    levelBefore = apiLog.getLevel();
    apiLog.setLevel(Level.ALL);
    apiLog.addHandler(capture);
  }

  @AfterEach
  void stop() {
    apiLog.removeHandler(capture);
    apiLog.setLevel(levelBefore);
    stub.close();
  }

  /** One fault: the response that causes it and the exception it ends in when it never stops. */
  record Fault(
      String name, Supplier<StubResponse> response, Class<? extends DynamoException> type) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Fault> retriedFaults() {
    return Stream.of(
        new Fault(
            "ProvisionedThroughputExceeded",
            () ->
                StubResponse.dynamoError(
                    400, "ProvisionedThroughputExceededException", "Rate exceeded"),
            ProvisionedThroughputExceededException.class),
        new Fault(
            "ThrottlingException",
            () -> StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"),
            ThrottlingException.class),
        new Fault(
            "RequestLimitExceeded",
            () -> StubResponse.dynamoError(400, "RequestLimitExceeded", "Too many requests"),
            RequestLimitExceededException.class),
        new Fault(
            "500 InternalServerError",
            () -> StubResponse.dynamoError(500, "InternalServerError", "boom"),
            InternalServerErrorException.class),
        new Fault(
            "503 ServiceUnavailable",
            () -> StubResponse.dynamoError(503, "ServiceUnavailable", "try later"),
            ServiceUnavailableException.class),
        new Fault(
            "HTML 502 from a proxy",
            () -> StubResponse.html(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
            ServiceUnavailableException.class),
        new Fault("connection reset", StubResponse::reset, TransportException.class),
        new Fault("dropped connection", StubResponse::disconnect, TransportException.class),
        new Fault(
            "reset in the middle of the body",
            () -> StubResponse.dynamo(TABLES).truncatedAfter(5),
            TransportException.class),
        new Fault(
            "CRC32 mismatch",
            () -> StubResponse.dynamo(TABLES).withCrc32(12345),
            CrcMismatchException.class),
        new Fault(
            "slower than the attempt timeout",
            () -> StubResponse.dynamo(TABLES).delayed(Duration.ofSeconds(3)),
            AttemptTimeoutException.class),
        new Fault(
            "body slower than the attempt timeout",
            () -> StubResponse.dynamo(TABLES).delayedBody(Duration.ofSeconds(3)),
            AttemptTimeoutException.class));
  }

  static Stream<Arguments> retriedFaultsBothWays() {
    return retriedFaults().flatMap(f -> Stream.of(Arguments.of(f, false), Arguments.of(f, true)));
  }

  private DynamoClient client(RetryPolicy policy) {
    return DynamoClient.builder()
        .endpoint(stub.endpoint())
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .retryPolicy(policy)
        .attemptTimeout(ATTEMPT_TIMEOUT)
        .callTimeout(CALL_TIMEOUT)
        .maxResponseBytes(64 * 1024)
        .build();
  }

  /** Backoff with jitter fixed at the middle: before retry n the wait is base * 2^(n-1) / 2. */
  private static RetryPolicy policy() {
    return RetryPolicy.builder()
        .maxAttempts(ATTEMPTS)
        .baseDelay(Duration.ofMillis(20))
        .throttlingBaseDelay(Duration.ofMillis(40))
        .random(() -> 0.5)
        .build();
  }

  private static ListTablesResponse call(DynamoClient db, boolean async) {
    if (!async) {
      return db.listTables();
    }
    try {
      return db.async().listTables().get(CALL_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError("the async call did not end in time", e);
    }
  }

  private static Throwable failure(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e instanceof CompletionException ? e.getCause() : e;
    }
    return fail("the call succeeded");
  }

  private List<Long> loggedDelays() {
    List<Long> delays = new ArrayList<>();
    synchronized (capture) {
      for (LogRecord r : retries) {
        delays.add(((Number) r.getParameters()[3]).longValue());
      }
    }
    return delays;
  }

  @ParameterizedTest(name = "{0}, async={1}")
  @MethodSource("retriedFaultsBothWays")
  void aFaultOnceIsRetriedAndTheCallSucceeds(Fault fault, boolean async) {
    stub.enqueue(fault.response().get(), StubResponse.dynamo(TABLES));
    try (DynamoClient db = client(policy())) {
      long start = System.nanoTime();
      assertEquals(List.of("users"), call(db, async).tableNames());
      assertTrue(System.nanoTime() - start < CALL_TIMEOUT.toNanos());
      assertEquals(2, stub.requestCount(), fault.name());
      boolean throttling =
          fault.type().getSimpleName().contains("Throttl")
              || fault.type() == RequestLimitExceededException.class
              || fault.type() == ProvisionedThroughputExceededException.class;
      assertEquals(List.of(throttling ? 20L : 10L), loggedDelays(), fault.name());
    }
  }

  @ParameterizedTest(name = "{0}, async={1}")
  @MethodSource("retriedFaultsBothWays")
  void aFaultForGoodEndsInItsTypedExceptionAfterEveryAttempt(Fault fault, boolean async) {
    stub.defaultResponse(fault.response().get());
    try (DynamoClient db = client(policy())) {
      long start = System.nanoTime();
      Throwable e = failure(() -> call(db, async));
      long tookNanos = System.nanoTime() - start;
      assertInstanceOf(fault.type(), e, () -> fault.name() + ": " + e);
      assertEquals(ATTEMPTS, stub.requestCount(), fault.name());
      assertEquals(ATTEMPTS - 1, e.getSuppressed().length, fault.name());
      assertEquals(ATTEMPTS - 1, loggedDelays().size(), fault.name());
      assertTrue(tookNanos < CALL_TIMEOUT.toNanos(), fault.name() + " took " + tookNanos);
    }
  }

  static Stream<Arguments> unretriedFaults() {
    return Stream.of(
            new Fault(
                "garbage 200",
                () -> StubResponse.dynamo("{\"TableNames\":[\"users\"" + "\u0000garbage"),
                InvalidResponseException.class),
            new Fault(
                "a 200 of the wrong shape",
                () -> StubResponse.dynamo("{\"TableNames\":{\"S\":\"users\"}}"),
                InvalidResponseException.class),
            new Fault("empty 200", () -> StubResponse.dynamo(""), InvalidResponseException.class),
            new Fault(
                "body over the cap",
                () -> StubResponse.ofLength(1024 * 1024),
                ResponseTooLargeException.class),
            new Fault("endless body", StubResponse::endless, ResponseTooLargeException.class))
        .flatMap(f -> Stream.of(Arguments.of(f, false), Arguments.of(f, true)));
  }

  @ParameterizedTest(name = "{0}, async={1}")
  @MethodSource("unretriedFaults")
  void aResponseThatCanNeverBeReadIsATypedExceptionAfterOneAttempt(Fault fault, boolean async) {
    stub.defaultResponse(fault.response().get());
    try (DynamoClient db = client(policy())) {
      Throwable e = failure(() -> call(db, async));
      assertInstanceOf(fault.type(), e, () -> fault.name() + ": " + e);
      assertEquals(1, stub.requestCount(), fault.name());
      assertTrue(loggedDelays().isEmpty());
    }
  }

  @Test
  void aServerThatNeverAnswersEndsAtTheCallTimeout() {
    // one answered call first: a transport's own start (Vert.x's, on a loaded machine) is not
    // what this measures
    stub.enqueue(StubResponse.dynamo(TABLES));
    stub.defaultResponse(StubResponse.dynamo(TABLES).delayed(Duration.ofMinutes(5)));
    try (DynamoClient db =
        DynamoClient.builder()
            .endpoint(stub.endpoint())
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
            .retryPolicy(RetryPolicy.builder().maxAttempts(50).random(() -> 0.5).build())
            .attemptTimeout(Duration.ofMillis(300))
            .callTimeout(Duration.ofMillis(1000))
            .build()) {
      call(db, false);
      for (boolean async : new boolean[] {false, true}) {
        long start = System.nanoTime();
        Throwable e = failure(() -> call(db, async));
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertInstanceOf(ApiCallTimeoutException.class, e, e::toString);
        assertTrue(tookMs >= 900 && tookMs < 2_500, "async=" + async + " took " + tookMs + " ms");
      }
    }
  }

  @Test
  void clockSkewIsCorrectedFromTheServersDateAndRetriedOnce() {
    String serverDate = "Mon, 01 Jan 2035 00:00:00 GMT";
    for (boolean async : new boolean[] {false, true}) {
      stub.clear();
      stub.enqueue(
          StubResponse.dynamoError(
                  400,
                  "InvalidSignatureException",
                  "Signature expired: 20261202T000000Z is now earlier than 20350101T000000Z")
              .withHeader("Date", serverDate),
          StubResponse.dynamo(TABLES));
      try (DynamoClient db = client(RetryPolicy.none())) {
        assertEquals(List.of("users"), call(db, async).tableNames());
        assertEquals(2, stub.requestCount());
        String signedAt = stub.request(1).header("X-Amz-Date").orElseThrow();
        assertTrue(signedAt.startsWith("2035"), signedAt);
      }
    }
  }

  @Test
  void aStalledCredentialsEndpointEndsTheCallAtItsTimeoutSyncAndAsync() {
    try (StubServer credentials = StubServer.start()) {
      credentials.defaultResponse(
          StubResponse.of(200, "application/json", "{\"AccessKeyId\":\"ASIA\"}")
              .delayedBody(Duration.ofMinutes(5)));
      Environment env =
          Environment.of(
              Map.of(
                  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                  credentials.endpoint().resolve("/creds").toString()),
              Path.of("/nonexistent-home"));
      try (DynamoClient db =
          DynamoClient.builder()
              .endpoint(stub.endpoint())
              .region("us-east-1")
              .credentials(
                  CredentialsProviders.caching(
                      CredentialsProviders.container(env, Duration.ofSeconds(30))))
              .callTimeout(Duration.ofMillis(500))
              .build()) {
        for (boolean async : new boolean[] {false, true}) {
          long start = System.nanoTime();
          Throwable e = failure(() -> call(db, async));
          long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
          assertInstanceOf(ApiCallTimeoutException.class, e, e::toString);
          assertTrue(e.getMessage().contains("waiting for credentials"), e.getMessage());
          assertTrue(tookMs < 2_000, "took " + tookMs + " ms");
        }
        assertEquals(0, stub.requestCount(), "nothing was sent unsigned");
      }
    }
  }

  @Test
  void garbageOrExpiredCredentialsFromTheEndpointAreTypedErrors() {
    try (StubServer credentials = StubServer.start()) {
      credentials.defaultResponse(StubResponse.of(200, "application/json", "<not json>"));
      Environment env =
          Environment.of(
              Map.of(
                  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                  credentials.endpoint().resolve("/creds").toString()),
              Path.of("/nonexistent-home"));
      try (DynamoClient db =
          DynamoClient.builder()
              .endpoint(stub.endpoint())
              .region("us-east-1")
              .credentials(CredentialsProviders.caching(CredentialsProviders.container(env)))
              .build()) {
        Throwable e = failure(() -> db.listTables());
        assertInstanceOf(io.dynamo.sign.CredentialsException.class, e, e::toString);
        assertEquals(0, stub.requestCount());
      }
      credentials.defaultResponse(
          StubResponse.of(
              200,
              "application/json",
              "{\"AccessKeyId\":\"ASIAEXPIRED\",\"SecretAccessKey\":\"s\",\"Token\":\"t\","
                  + "\"Expiration\":\"2001-01-01T00:00:00Z\"}"));
      stub.defaultResponse(StubResponse.dynamo(TABLES));
      int before = credentials.requestCount();
      try (DynamoClient db =
          DynamoClient.builder()
              .endpoint(stub.endpoint())
              .region("us-east-1")
              .credentials(CredentialsProviders.caching(CredentialsProviders.container(env)))
              .build()) {
        for (int i = 0; i < 10; i++) {
          db.listTables();
        }
        assertEquals(
            1,
            credentials.requestCount() - before,
            "expired credentials are not fetched each call");
      }
    }
  }

  @Test
  void anIncrementThatTimedOutAfterItWasSentIsSentAgainUnlessThePolicySaysNot() {
    UpdateItemRequest increment =
        UpdateItemRequest.builder().table("counters").key(Key.of("id", "hits")).add("n", 1).build();
    StubResponse slow = StubResponse.dynamo("{}").delayed(Duration.ofSeconds(3));
    for (boolean async : new boolean[] {false, true}) {
      stub.clear();
      stub.enqueue(slow, StubResponse.dynamo("{}"));
      try (DynamoClient db = client(policy())) {
        if (async) {
          db.async().updateItem(increment).join();
        } else {
          db.updateItem(increment);
        }
        // the first attempt reached the server and may have been applied: the increment went twice
        assertEquals(2, stub.requestCount());
        assertEquals(stub.request(0).bodyAsString(), stub.request(1).bodyAsString());

        stub.clear();
        stub.enqueue(slow, StubResponse.dynamo("{}"));
        DynamoClient once = db.withRetryPolicy(db.retryPolicy().onlyWhenNotApplied());
        Throwable e =
            failure(
                () -> {
                  if (async) {
                    once.async().updateItem(increment).join();
                  } else {
                    once.updateItem(increment);
                  }
                });
        assertInstanceOf(AttemptTimeoutException.class, e);
        assertEquals(1, stub.requestCount(), "not sent again");

        // what certainly did not apply is still retried
        stub.clear();
        stub.enqueue(
            StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"),
            StubResponse.dynamo("{}"));
        if (async) {
          once.async().updateItem(increment).join();
        } else {
          once.updateItem(increment);
        }
        assertEquals(2, stub.requestCount());
      }
    }
  }
}
