package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ApiCallTimeoutException;
import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.CrcMismatchException;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.InternalServerErrorException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ProvisionedThroughputExceededException;
import io.dynamo.api.error.ServiceUnavailableException;
import io.dynamo.api.error.ThrottlingException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.error.ValidationException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.HttpHeader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final String OK = "{\"TableNames\":[]}";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  private final ScriptedTransport transport = new ScriptedTransport();
  private final List<Duration> waits = new ArrayList<>();

  private DynamoClient client(RetryPolicy policy, Interceptor... interceptors) {
    var b =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:9/base")
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
            .transport(transport)
            .clock(CLOCK)
            .retryPolicy(policy);
    for (Interceptor i : interceptors) {
      b.interceptor(i);
    }
    return b.build();
  }

  /** Instant backoff so tests don't wait; records the computed ceilings via the random hook. */
  private RetryPolicy fastRetries(int attempts) {
    return RetryPolicy.builder()
        .maxAttempts(attempts)
        .baseDelay(Duration.ZERO)
        .throttlingBaseDelay(Duration.ZERO)
        .build();
  }

  private static String error(String type, String message) {
    return "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
        + type
        + "\",\"message\":\""
        + message
        + "\"}";
  }

  @Test
  void sendsSignedPostWithTargetAndContentType() {
    transport.thenJson(200, OK);
    assertEquals(OK, client(RetryPolicy.none()).apiCall(Operation.LIST_TABLES, "{}"));
    var request = transport.requests.get(0);
    assertEquals("POST", request.method());
    assertEquals("http://127.0.0.1:9/base", request.uri().toString());
    assertEquals("DynamoDB_20120810.ListTables", request.header("X-Amz-Target").orElseThrow());
    assertEquals("application/x-amz-json-1.0", request.header("Content-Type").orElseThrow());
    assertEquals("20261125T100000Z", request.header("X-Amz-Date").orElseThrow());
    String auth = request.header("Authorization").orElseThrow();
    assertTrue(
        auth.startsWith(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/us-east-1/dynamodb/aws4_request"),
        auth);
    assertTrue(request.header("User-Agent").orElseThrow().startsWith("dynamo-java/"));
    assertEquals("{}", new String(request.body()));
  }

  @Test
  void aUserAgentSuffixThatCannotBeSentIsRefusedWhenTheClientIsBuilt() {
    var e =
        assertThrows(
            io.dynamo.api.error.InvalidRequestException.class,
            () ->
                DynamoClient.builder()
                    .endpoint("http://127.0.0.1:9")
                    .region("us-east-1")
                    .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
                    .transport(transport)
                    .userAgentSuffix("my-app/1.2\r\nX-Injected: yes")
                    .build());
    assertEquals("userAgentSuffix", e.field());
    transport.thenJson(200, OK);
    DynamoClient db =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:9")
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .transport(transport)
            .userAgentSuffix(" my-app/1.2 ")
            .build();
    db.apiCall(Operation.LIST_TABLES, "{}");
    assertTrue(
        transport.requests.get(0).header("User-Agent").orElseThrow().endsWith(" my-app/1.2"));
  }

  @Test
  void retriesThrottlingThenSucceeds() {
    transport
        .thenJson(400, error("ProvisionedThroughputExceededException", "slow down"))
        .thenJson(400, error("ThrottlingException", "slow down"))
        .thenJson(200, OK);
    ApiResponse response =
        client(fastRetries(5)).apiCall(ApiRequest.of(Operation.LIST_TABLES, "{}".getBytes()));
    assertEquals(3, response.attempts());
    assertEquals(3, transport.requests.size());
  }

  @Test
  void retriesServerErrorsCrcMismatchAndTransportFailures() {
    transport
        .thenJson(500, error("InternalServerError", "oops"))
        .then(() -> ScriptedTransport.raw(503, List.of(), "<html>unavailable</html>"))
        .then(
            () ->
                HttpResponse.of(200, List.of(HttpHeader.of("x-amz-crc32", "12345")), OK.getBytes()))
        .thenFail(new TransportException("connection reset"))
        .thenJson(200, OK);
    ApiResponse response =
        client(fastRetries(5)).apiCall(ApiRequest.of(Operation.LIST_TABLES, "{}".getBytes()));
    assertEquals(5, response.attempts());
  }

  @Test
  void givesUpAfterMaxAttemptsWithEarlierFailuresSuppressed() {
    for (int i = 0; i < 3; i++) {
      transport.thenJson(500, error("InternalServerError", "attempt " + i));
    }
    var e =
        assertThrows(
            InternalServerErrorException.class,
            () -> client(fastRetries(3)).apiCall(Operation.LIST_TABLES, "{}"));
    assertTrue(e.getMessage().contains("attempt 2"), e.getMessage());
    assertEquals(2, e.getSuppressed().length);
  }

  @Test
  void neverRetriesConditionalCheckOrValidationErrors() {
    transport.thenJson(
        400, error("ConditionalCheckFailedException", "The conditional request failed"));
    var ccf =
        assertThrows(
            ConditionalCheckFailedException.class,
            () -> client(fastRetries(5)).apiCall(Operation.PUT_ITEM, "{}"));
    assertEquals(400, ccf.statusCode());
    assertEquals("ConditionalCheckFailedException", ccf.errorType());
    assertEquals("The conditional request failed", ccf.errorMessage());
    assertEquals("REQ400", ccf.requestId());
    assertEquals(Operation.PUT_ITEM, ccf.operation());
    assertNull(ccf.item());
    transport.thenJson(
        400, "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"bad\"}");
    assertThrows(
        ValidationException.class, () -> client(fastRetries(5)).apiCall(Operation.PUT_ITEM, "{}"));
    assertEquals(2, transport.requests.size());
  }

  @Test
  void throttlingBacksOffLongerThanTransientErrors() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .baseDelay(Duration.ofMillis(25))
            .throttlingBaseDelay(Duration.ofMillis(500))
            .maxDelay(Duration.ofSeconds(20))
            .random(() -> 0.999999)
            .build();
    var throttled =
        new ThrottlingException(
            new io.dynamo.api.error.ServiceError(
                Operation.GET_ITEM, 400, "ThrottlingException", "", null));
    var transient5xx =
        new InternalServerErrorException(
            new io.dynamo.api.error.ServiceError(
                Operation.GET_ITEM, 500, "InternalServerError", "", null));
    assertEquals(499, policy.delayBefore(1, throttled).toMillis());
    assertEquals(24, policy.delayBefore(1, transient5xx).toMillis());
    assertEquals(99, policy.delayBefore(3, transient5xx).toMillis());
    assertEquals(19_999, policy.delayBefore(30, throttled).toMillis());
    RetryPolicy zero = RetryPolicy.builder().random(() -> 0.0).build();
    assertEquals(Duration.ZERO, zero.delayBefore(4, throttled));
  }

  @Test
  void retryQuotaStopsRetriesDuringAnOutage() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(3)
            .baseDelay(Duration.ZERO)
            .quotaCapacity(10)
            .retryCost(5)
            .build();
    DynamoClient db = client(policy);
    for (int i = 0; i < 20; i++) {
      transport.thenJson(503, error("ServiceUnavailable", "down"));
    }
    assertThrows(ServiceUnavailableException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
    assertEquals(3, transport.requests.size()); // two retries took all 10 tokens
    assertThrows(ServiceUnavailableException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
    assertEquals(4, transport.requests.size()); // no tokens left: no retry
  }

  @Test
  void attemptTimeoutIsCappedByCallDeadline() {
    transport
        .thenFail(new AttemptTimeoutException("slow"))
        .thenFail(new AttemptTimeoutException("slow"));
    DynamoClient db =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:9")
            .credentials(Credentials.of("AKID", "secret"))
            .transport(transport)
            .attemptTimeout(Duration.ofSeconds(5))
            .callTimeout(Duration.ofMillis(300))
            .retryPolicy(
                RetryPolicy.builder().baseDelay(Duration.ofSeconds(1)).random(() -> 0.9).build())
            .build();
    var e =
        assertThrows(ApiCallTimeoutException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
    assertInstanceOf(AttemptTimeoutException.class, e.getCause());
    assertTrue(
        transport.timeouts.get(0).compareTo(Duration.ofMillis(300)) <= 0,
        transport.timeouts.toString());
  }

  @Test
  void htmlErrorFromProxyIsTypedWithStatusAndExcerpt() {
    transport.then(
        () ->
            ScriptedTransport.raw(
                502,
                List.of(HttpHeader.of("Content-Type", "text/html")),
                "<html><body>\n<h1>502 Bad Gateway</h1></body></html>"));
    var e =
        assertThrows(
            ServiceUnavailableException.class,
            () -> client(RetryPolicy.none()).apiCall(Operation.GET_ITEM, "{}"));
    assertEquals(502, e.statusCode());
    assertNull(e.errorType());
    assertTrue(e.errorMessage().contains("502 Bad Gateway"), e.errorMessage());
    assertTrue(e.getMessage().startsWith("HTTP 502: page's text: 502 Bad Gateway"), e.getMessage());
  }

  @Test
  void unknownErrorTypeIsBaseServiceException() {
    transport.thenJson(400, "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
    var e =
        assertThrows(
            DynamoServiceException.class,
            () -> client(RetryPolicy.none()).apiCall(Operation.DESCRIBE_LIMITS, "{}"));
    assertEquals("UnknownOperationException", e.errorType());
    assertEquals("", e.errorMessage());
    assertEquals(DynamoServiceException.class, e.getClass());
  }

  @Test
  void conditionalCheckFailureCarriesOldItem() {
    transport.thenJson(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
            + "\"message\":\"The conditional request failed\",\"Item\":{\"id\":{\"N\":\"1\"},\"v\":{\"S\":\"x\"}}}");
    var e =
        assertThrows(
            ConditionalCheckFailedException.class,
            () -> client(RetryPolicy.none()).apiCall(Operation.PUT_ITEM, "{}"));
    assertEquals(1, e.item().getLong("id"));
    assertEquals("x", e.item().getString("v"));
  }

  @Test
  void transactionCanceledCarriesReasons() {
    transport.thenJson(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\",\"Message\":\"Transaction cancelled\","
            + "\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\",\"Item\":{\"k\":{\"S\":\"a\"}}}]}");
    var e =
        assertThrows(
            io.dynamo.api.error.TransactionCanceledException.class,
            () -> client(RetryPolicy.none()).apiCall(Operation.TRANSACT_WRITE_ITEMS, "{}"));
    assertEquals(2, e.reasons().size());
    assertEquals(false, e.reasons().get(0).failed());
    assertEquals("ConditionalCheckFailed", e.reasons().get(1).code());
    assertEquals("a", e.reasons().get(1).item().getString("k"));
    assertEquals("Transaction cancelled", e.errorMessage());
  }

  @Test
  void correctsClockSkewAndRetriesOnce() {
    transport
        .then(
            () ->
                HttpResponse.of(
                    400,
                    List.of(HttpHeader.of("Date", "Wed, 25 Nov 2026 10:20:00 GMT")),
                    error(
                            "InvalidSignatureException",
                            "Signature expired: 20261125T100000Z is now earlier than 20261125T101500Z")
                        .getBytes()))
        .thenJson(200, OK);
    DynamoClient db = client(RetryPolicy.none());
    db.apiCall(Operation.LIST_TABLES, "{}");
    assertEquals("20261125T102000Z", transport.requests.get(1).header("X-Amz-Date").orElseThrow());
  }

  @Test
  void aSkewErrorDatedWhereNoClockCanSignLeavesTheClockAlone() {
    // found by ResponseFuzzTest: a Date of 31 Dec 9999 moved the signing clock past year 9999,
    // and from then on every call of the client failed in signing with an
    // IllegalArgumentException
    Instant start = Instant.parse("2026-11-25T10:00:00Z");
    long[] ticks = {0};
    Clock ticking =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return start.plusSeconds(ticks[0]++); // a second later at every look
          }
        };
    transport
        .then(
            () ->
                HttpResponse.of(
                    400,
                    List.of(HttpHeader.of("Date", "Fri, 31 Dec 9999 23:59:59 GMT")),
                    error("RequestTimeTooSkewed", "The request time is too far off").getBytes()))
        .thenJson(200, OK);
    DynamoClient db =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:9/base")
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
            .transport(transport)
            .clock(ticking)
            .retryPolicy(RetryPolicy.none())
            .build();
    DynamoServiceException e =
        assertThrows(DynamoServiceException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
    assertEquals("RequestTimeTooSkewed", e.errorType());
    assertEquals(OK, db.apiCall(Operation.LIST_TABLES, "{}"));
    assertTrue(
        transport.requests.get(1).header("X-Amz-Date").orElseThrow().startsWith("2026"),
        transport.requests.get(1).header("X-Amz-Date").orElseThrow());
  }

  @Test
  void callSignedBeforeAnotherCallCorrectedTheClockIsRetriedToo() {
    // Call B's first attempt is signed with the skewed clock; while it is in flight, call A gets
    // the skew error, corrects the clock and succeeds. B's skew error then finds the clock
    // already corrected: B must still be retried once, signed with the corrected clock.
    String skewed =
        error(
            "InvalidSignatureException",
            "Signature expired: 20261125T100000Z is now earlier than 20261125T101500Z");
    HttpResponse skewError =
        HttpResponse.of(
            400,
            List.of(HttpHeader.of("Date", "Wed, 25 Nov 2026 10:20:00 GMT")),
            skewed.getBytes());
    DynamoClient[] db = new DynamoClient[1];
    transport
        .then(
            () -> {
              db[0].apiCall(Operation.DESCRIBE_LIMITS, "{}"); // call A, run while B is in flight
              return skewError;
            })
        .then(() -> skewError) // A, attempt 1
        .thenJson(200, OK) // A, attempt 2
        .thenJson(200, OK); // B, attempt 2
    db[0] = client(RetryPolicy.none());
    assertEquals(OK, db[0].apiCall(Operation.LIST_TABLES, "{}"));
    assertEquals(4, transport.requests.size());
    assertEquals("20261125T102000Z", transport.requests.get(3).header("X-Amz-Date").orElseThrow());
  }

  @Test
  void anInterruptedSyncCallIsNotRetried() {
    transport
        .then(
            () -> {
              Thread.currentThread().interrupt(); // as a transport does when interrupted
              throw new TransportException("interrupted while waiting for POST");
            })
        .thenJson(200, OK);
    try {
      var e =
          assertThrows(
              TransportException.class,
              () -> client(fastRetries(5)).apiCall(Operation.LIST_TABLES, "{}"));
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
      assertEquals(1, transport.requests.size());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void asyncPathRetriesToo() {
    transport.thenJson(400, error("ProvisionedThroughputExceededException", "")).thenJson(200, OK);
    String body = client(fastRetries(3)).async().apiCall(Operation.LIST_TABLES, "{}").join();
    assertEquals(OK, body);
    transport.thenJson(400, error("ConditionalCheckFailedException", "no"));
    var e =
        assertThrows(
            CompletionException.class,
            () -> client(fastRetries(3)).async().apiCall(Operation.PUT_ITEM, "{}").join());
    assertInstanceOf(ConditionalCheckFailedException.class, e.getCause());
  }

  @Test
  void cancellingAnAsyncCallStopsItsRetries() {
    var attempts = new java.util.concurrent.CopyOnWriteArrayList<CompletableFuture<HttpResponse>>();
    Transport pending =
        new Transport() {
          @Override
          public HttpResponse execute(HttpRequest request, Duration timeout) {
            throw new AssertionError("sync path not used");
          }

          @Override
          public CompletableFuture<HttpResponse> executeAsync(
              HttpRequest request, Duration timeout) {
            CompletableFuture<HttpResponse> attempt = new CompletableFuture<>();
            attempts.add(attempt);
            return attempt;
          }

          @Override
          public String name() {
            return "pending";
          }

          @Override
          public void close() {}
        };
    AtomicInteger retriesPlanned = new AtomicInteger();
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(5)
            .random(
                () -> {
                  retriesPlanned.incrementAndGet();
                  return 0;
                })
            .build();
    DynamoClient db =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:9")
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
            .transport(pending)
            .retryPolicy(policy)
            .build();
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    assertEquals(1, attempts.size());
    assertTrue(call.cancel(true));
    attempts.get(0).complete(ScriptedTransport.json(500, error("InternalServerError", "")));
    assertEquals(0, retriesPlanned.get(), "a retry was planned for a cancelled call");
    assertEquals(1, attempts.size());
  }

  @Test
  void anErrorFromTheTransportFailsTheAsyncCallInsteadOfLeavingItPendingForever() {
    var attempts = new java.util.concurrent.CopyOnWriteArrayList<CompletableFuture<HttpResponse>>();
    Transport pending =
        new Transport() {
          @Override
          public HttpResponse execute(HttpRequest request, Duration timeout) {
            throw new AssertionError("sync path not used");
          }

          @Override
          public CompletableFuture<HttpResponse> executeAsync(
              HttpRequest request, Duration timeout) {
            CompletableFuture<HttpResponse> attempt = new CompletableFuture<>();
            attempts.add(attempt);
            return attempt;
          }

          @Override
          public String name() {
            return "pending";
          }

          @Override
          public void close() {}
        };
    DynamoClient db =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:9")
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
            .transport(pending)
            .retryPolicy(RetryPolicy.none())
            .build();
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    StackOverflowError error = new StackOverflowError("while reading the response");
    attempts.get(0).completeExceptionally(error);
    assertTrue(call.isDone(), "the call is still pending after its attempt failed");
    assertEquals(error, call.handle((v, e) -> e).join());
  }

  @Test
  void anErrorThrownWhileRetryingFailsTheAsyncCallToo() throws Exception {
    AssertionError bug = new AssertionError("bug in transport");
    transport
        .thenJson(500, error("InternalServerError", ""))
        .then(
            () -> {
              throw bug;
            });
    CompletableFuture<String> call =
        client(fastRetries(3)).async().apiCall(Operation.LIST_TABLES, "{}");
    // A bound, not a synchronisation: without the fix the call never completes.
    var e =
        assertThrows(
            java.util.concurrent.ExecutionException.class,
            () -> call.get(30, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(bug, e.getCause());
  }

  @Test
  void interceptorsSeeCallsAndAttemptsInOrder() {
    List<String> seen = new ArrayList<>();
    Interceptor outer =
        new Interceptor() {
          @Override
          public java.util.concurrent.CompletableFuture<ApiResponse> interceptCall(
              CallChain chain) {
            seen.add("call:" + chain.request().operation());
            return chain.proceed(chain.request());
          }

          @Override
          public java.util.concurrent.CompletableFuture<HttpResponse> interceptAttempt(
              AttemptChain chain) {
            seen.add("attempt:" + chain.attempt());
            return chain.proceed(chain.request().withHeader("X-Trace", "t" + chain.attempt()));
          }
        };
    transport.thenJson(500, error("InternalServerError", "")).thenJson(200, OK);
    client(fastRetries(3), outer).apiCall(Operation.LIST_TABLES, "{}");
    assertEquals(List.of("call:ListTables", "attempt:1", "attempt:2"), seen);
    assertEquals("t2", transport.requests.get(1).header("X-Trace").orElseThrow());
  }

  @Test
  void attemptInterceptorMustProceedExactlyOnce() {
    Interceptor twice =
        new Interceptor() {
          @Override
          public java.util.concurrent.CompletableFuture<HttpResponse> interceptAttempt(
              AttemptChain chain) {
            chain.proceed(chain.request());
            return chain.proceed(chain.request());
          }
        };
    transport.thenJson(200, OK);
    var e =
        assertThrows(
            IllegalStateException.class,
            () -> client(RetryPolicy.none(), twice).apiCall(Operation.LIST_TABLES, "{}"));
    assertTrue(e.getMessage().contains("more than once"), e.getMessage());

    Interceptor never =
        new Interceptor() {
          @Override
          public java.util.concurrent.CompletableFuture<HttpResponse> interceptAttempt(
              AttemptChain chain) {
            return java.util.concurrent.CompletableFuture.completedFuture(
                ScriptedTransport.json(200, OK));
          }
        };
    var e2 =
        assertThrows(
            IllegalStateException.class,
            () -> client(RetryPolicy.none(), never).apiCall(Operation.LIST_TABLES, "{}"));
    assertTrue(e2.getMessage().contains("without calling AttemptChain.proceed"), e2.getMessage());
  }

  @Test
  void proceedingWithNullIsRefusedNamingTheInterceptor() {
    Interceptor nullCall =
        new Interceptor() {
          @Override
          public CompletableFuture<ApiResponse> interceptCall(CallChain chain) {
            return chain.proceed(null);
          }
        };
    var e =
        assertThrows(
            IllegalStateException.class,
            () -> client(fastRetries(3), nullCall).apiCall(Operation.LIST_TABLES, "{}"));
    assertTrue(e.getMessage().contains(nullCall.getClass().getName()), e.getMessage());
    assertTrue(e.getMessage().contains("CallChain.proceed"), e.getMessage());

    Interceptor nullAttempt =
        new Interceptor() {
          @Override
          public CompletableFuture<HttpResponse> interceptAttempt(AttemptChain chain) {
            return chain.proceed(null);
          }
        };
    transport.thenJson(200, OK);
    var e2 =
        assertThrows(
            IllegalStateException.class,
            () -> client(fastRetries(3), nullAttempt).apiCall(Operation.LIST_TABLES, "{}"));
    assertTrue(e2.getMessage().contains(nullAttempt.getClass().getName()), e2.getMessage());
    assertTrue(e2.getMessage().contains("AttemptChain.proceed"), e2.getMessage());
    assertEquals(0, transport.requests.size(), "nothing may be sent");

    var e3 =
        assertThrows(
            io.dynamo.api.error.InvalidRequestException.class,
            () -> client(fastRetries(3)).apiCall((ApiRequest) null));
    assertEquals("request", e3.field());
  }

  @Test
  void callInterceptorCanAnswerWithoutSending() {
    Interceptor cache =
        new Interceptor() {
          @Override
          public java.util.concurrent.CompletableFuture<ApiResponse> interceptCall(
              CallChain chain) {
            return java.util.concurrent.CompletableFuture.completedFuture(
                ApiResponse.of(
                    chain.request().operation(),
                    ScriptedTransport.json(200, "{\"cached\":true}"),
                    0));
          }
        };
    assertEquals(
        "{\"cached\":true}",
        client(RetryPolicy.none(), cache).apiCall(Operation.LIST_TABLES, "{}"));
    assertEquals(0, transport.requests.size());
  }

  @Test
  void attemptResultCarriesServiceErrorAsValue() {
    transport.thenJson(400, error("ResourceNotFoundException", "Requested resource not found"));
    DynamoClient db = client(RetryPolicy.none());
    var result = db.attempt(c -> c.apiCall(Operation.DESCRIBE_TABLE, "{\"TableName\":\"nope\"}"));
    assertTrue(!result.isSuccess());
    assertEquals("ResourceNotFoundException", result.error().orElseThrow().errorType());
    assertEquals("fallback", result.orElse("fallback"));
    transport.thenJson(200, OK);
    assertEquals(OK, db.attempt(c -> c.apiCall(Operation.LIST_TABLES, "{}")).value());
  }

  @Test
  void nonRetryableRuntimeFailureFromTransportIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    transport.then(
        () -> {
          calls.incrementAndGet();
          throw new IllegalStateException("bug in transport");
        });
    assertThrows(
        IllegalStateException.class,
        () -> client(fastRetries(5)).apiCall(Operation.LIST_TABLES, "{}"));
    assertEquals(1, calls.get());
  }

  @Test
  void crcMismatchIsReportedWhenRetriesRunOut() {
    transport.then(
        () -> HttpResponse.of(200, List.of(HttpHeader.of("x-amz-crc32", "1")), OK.getBytes()));
    var e =
        assertThrows(
            CrcMismatchException.class,
            () -> client(RetryPolicy.none()).apiCall(Operation.LIST_TABLES, "{}"));
    assertTrue(e.getMessage().contains("x-amz-crc32 header says 1"), e.getMessage());
  }

  @Test
  void closeLeavesAGivenTransportOpenForOtherClients() {
    client(RetryPolicy.none()).close();
    assertTrue(!transport.closed);
  }

  @Test
  void permanentTransportFailuresAreNotRetried() {
    transport.thenFail(new TransportException("TLS failed: untrusted certificate", null, false));
    assertThrows(
        TransportException.class,
        () -> client(fastRetries(5)).apiCall(Operation.LIST_TABLES, "{}"));
    assertEquals(1, transport.requests.size());
  }

  @Test
  void provisionedThroughputIsThrottling() {
    var e =
        new ProvisionedThroughputExceededException(
            new io.dynamo.api.error.ServiceError(
                Operation.GET_ITEM, 400, "ProvisionedThroughputExceededException", "", null));
    assertTrue(e.isThrottling());
    assertTrue(e.isRetryable());
  }
}
