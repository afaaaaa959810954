package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.DynamoClientBuilder;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ApiCallTimeoutException;
import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An asynchronous call keeps its deadlines itself: a transport whose future never completes, or
 * completes too late, cannot keep it from ending in time with a typed exception.
 */
class AsyncDeadlineTest {
  private static final String OK = "{\"TableNames\":[]}";

  /** A bound on every wait, far above any deadline here: a call that hangs fails the test. */
  private static final long BOUND_SECONDS = 5;

  /**
   * A transport whose futures complete only when the test completes them; cancelling one is
   * counted, and a stubborn one ignores it (as a transport that keeps going would), so the test can
   * answer after the client gave up on it.
   */
  static final class Held implements Transport {
    final BlockingQueue<Attempt> sent = new LinkedBlockingQueue<>();
    final List<Attempt> all = new CopyOnWriteArrayList<>();
    final List<Duration> timeouts = new CopyOnWriteArrayList<>();
    volatile boolean stubborn;

    @Override
    public HttpResponse execute(HttpRequest request, Duration timeout) {
      throw new AssertionError("the synchronous path is not used here");
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
      Attempt a = new Attempt(stubborn);
      timeouts.add(timeout);
      all.add(a);
      sent.add(a);
      return a;
    }

    Attempt next() throws InterruptedException {
      Attempt a = sent.poll(BOUND_SECONDS, TimeUnit.SECONDS);
      assertNotNull(a, "no attempt was sent");
      return a;
    }

    @Override
    public String name() {
      return "held";
    }

    @Override
    public void close() {}
  }

  /** One attempt's future. */
  static final class Attempt extends CompletableFuture<HttpResponse> {
    private final boolean stubborn;
    final AtomicInteger cancels = new AtomicInteger();

    Attempt(boolean stubborn) {
      this.stubborn = stubborn;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      cancels.incrementAndGet();
      return !stubborn && super.cancel(mayInterruptIfRunning);
    }

    boolean wasCancelled() {
      return cancels.get() > 0;
    }
  }

  private final Held transport = new Held();
  private final CallListenerTest.Recorder recorder = new CallListenerTest.Recorder();

  private DynamoClientBuilder builder(Transport t) {
    return DynamoClient.builder()
        .endpoint("http://127.0.0.1:9")
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .transport(t)
        .listener(recorder);
  }

  private static RetryPolicy attempts(int n) {
    return RetryPolicy.builder()
        .maxAttempts(n)
        .baseDelay(Duration.ZERO)
        .throttlingBaseDelay(Duration.ZERO)
        .build();
  }

  private static Throwable failureOf(CompletableFuture<?> call) {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> call.get(BOUND_SECONDS, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void aTransportThatNeverAnswersEndsTheCallAtItsCallTimeout() throws Exception {
    DynamoClient db =
        builder(transport).callTimeout(Duration.ofMillis(200)).retryPolicy(attempts(5)).build();
    long start = System.nanoTime();
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    Throwable e = failureOf(call);
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    ApiCallTimeoutException timeout = assertInstanceOf(ApiCallTimeoutException.class, e);
    assertTrue(timeout.getMessage().contains("200 ms"), timeout.getMessage());
    AttemptTimeoutException cause =
        assertInstanceOf(AttemptTimeoutException.class, timeout.getCause());
    assertTrue(cause.getMessage().contains("held transport"), cause.getMessage());
    assertTrue(tookMs >= 190, tookMs + " ms");
    // the attempt timeout (10 s) is longer than the call's: one attempt, cut at the deadline
    assertEquals(1, transport.all.size());
    assertTrue(transport.all.get(0).isCancelled(), "the transport's future was not cancelled");
    assertEquals(1, recorder.ends.size());
    assertSame(e, recorder.ends.get(0).error());
    assertEquals(1, recorder.attempts.size());
    assertFalse(recorder.attempts.get(0).willRetry());
  }

  @Test
  void aTypedCallEndsTheSameWay() throws Exception {
    DynamoClient db = builder(transport).callTimeout(Duration.ofMillis(200)).build();
    CompletableFuture<GetItemResponse> call = db.async().getItem("users", Key.of("id", "a"));
    assertInstanceOf(ApiCallTimeoutException.class, failureOf(call));
    assertTrue(transport.all.get(0).isCancelled());
    assertEquals(1, recorder.ends.size());
    assertInstanceOf(ApiCallTimeoutException.class, recorder.ends.get(0).error());
  }

  @Test
  void attemptsThatNeverAnswerAreEachTimedOutCancelledAndRetriedUpToThePolicy() throws Exception {
    DynamoClient db =
        builder(transport).attemptTimeout(Duration.ofMillis(100)).retryPolicy(attempts(3)).build();
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    Throwable e = failureOf(call);

    // the policy gives up after its 3 attempts with the last one's exception, earlier suppressed
    AttemptTimeoutException last = assertInstanceOf(AttemptTimeoutException.class, e);
    assertTrue(last.getMessage().contains("attempt 3"), last.getMessage());
    assertTrue(last.getMessage().contains("100 ms"), last.getMessage());
    assertEquals(2, last.getSuppressed().length);
    assertEquals(3, transport.all.size());
    for (Attempt a : transport.all) {
      assertTrue(a.isCancelled(), "an attempt's future was not cancelled");
    }
    assertEquals(List.of(Duration.ofMillis(100)), transport.timeouts.stream().distinct().toList());
    assertEquals(3, recorder.attempts.size());
    assertTrue(recorder.attempts.get(0).willRetry());
    assertTrue(recorder.attempts.get(1).willRetry());
    assertFalse(recorder.attempts.get(2).willRetry());
    for (var attempt : recorder.attempts) {
      assertInstanceOf(AttemptTimeoutException.class, attempt.error());
    }
    assertEquals(1, recorder.ends.size());
    assertSame(e, recorder.ends.get(0).error());
  }

  @Test
  void anAttemptTimedOutThenARetryThatAnswersSucceeds() throws Exception {
    DynamoClient db =
        builder(transport).attemptTimeout(Duration.ofMillis(100)).retryPolicy(attempts(3)).build();
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    Attempt first = transport.next();
    Attempt second = transport.next(); // sent once the first timed out
    assertTrue(first.isCancelled());
    second.complete(ScriptedTransport.json(200, OK));
    assertEquals(OK, call.get(BOUND_SECONDS, TimeUnit.SECONDS));
    assertEquals(2, recorder.attempts.size());
    assertInstanceOf(AttemptTimeoutException.class, recorder.attempts.get(0).error());
    assertTrue(recorder.ends.get(0).isSuccess());
  }

  @Test
  void anAnswerAfterTheCallTimedOutCompletesNothingAgain() throws Exception {
    transport.stubborn = true;
    DynamoClient db = builder(transport).callTimeout(Duration.ofMillis(200)).build();
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    Throwable e = failureOf(call);
    assertInstanceOf(ApiCallTimeoutException.class, e);
    Attempt attempt = transport.all.get(0);
    assertTrue(attempt.wasCancelled(), "the client did not cancel the attempt");
    assertFalse(attempt.isDone(), "a stubborn transport keeps going");

    // the answer arrives late, on this thread: whatever it would do is done when this returns
    assertTrue(attempt.complete(ScriptedTransport.json(200, OK)));
    assertSame(e, failureOf(call));
    assertEquals(1, recorder.ends.size(), "the listeners saw the call end twice");
    assertSame(e, recorder.ends.get(0).error());
    assertEquals(1, recorder.attempts.size());
    assertEquals(1, transport.all.size(), "the late answer started an attempt");
  }

  @Test
  void aLateAnswerOfATimedOutAttemptDoesNotEndTheNextOne() throws Exception {
    transport.stubborn = true;
    DynamoClient db =
        builder(transport).attemptTimeout(Duration.ofMillis(300)).retryPolicy(attempts(2)).build();
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    Attempt first = transport.next();
    Attempt second = transport.next(); // sent once the first timed out
    assertTrue(first.wasCancelled());

    assertTrue(first.complete(ScriptedTransport.json(200, "{\"TableNames\":[\"late\"]}")));
    assertFalse(call.isDone(), "the timed-out attempt's answer ended the call");
    second.complete(ScriptedTransport.json(200, OK));
    assertEquals(OK, call.get(BOUND_SECONDS, TimeUnit.SECONDS));
    assertEquals(2, recorder.attempts.size());
    assertEquals(1, recorder.ends.size());
  }

  @Test
  void aTransportThatHonoursItsTimeoutReportsItsOwnExceptionFirst() throws Exception {
    AttemptTimeoutException own = new AttemptTimeoutException("the transport's own timeout");
    List<CompletableFuture<HttpResponse>> futures = new CopyOnWriteArrayList<>();
    Transport honest =
        new Transport() {
          @Override
          public HttpResponse execute(HttpRequest request, Duration timeout) {
            throw new AssertionError("sync path not used");
          }

          @Override
          public CompletableFuture<HttpResponse> executeAsync(
              HttpRequest request, Duration timeout) {
            CompletableFuture<HttpResponse> f = new CompletableFuture<>();
            futures.add(f);
            CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .execute(() -> f.completeExceptionally(own));
            return f;
          }

          @Override
          public String name() {
            return "honest";
          }

          @Override
          public void close() {}
        };
    DynamoClient db =
        builder(honest)
            .attemptTimeout(Duration.ofMillis(100))
            .retryPolicy(RetryPolicy.none())
            .build();
    assertSame(own, failureOf(db.async().apiCall(Operation.LIST_TABLES, "{}")));
    assertFalse(futures.get(0).isCancelled());
  }

  @Test
  void anAttemptInterceptorThatNeverProceedsEndsAtTheCallTimeout() throws Exception {
    Interceptor stuck =
        new Interceptor() {
          @Override
          public CompletableFuture<HttpResponse> interceptAttempt(AttemptChain chain) {
            return new CompletableFuture<>();
          }
        };
    DynamoClient db =
        builder(transport).callTimeout(Duration.ofMillis(200)).interceptor(stuck).build();
    Throwable e = failureOf(db.async().apiCall(Operation.LIST_TABLES, "{}"));
    assertInstanceOf(ApiCallTimeoutException.class, e);
    assertTrue(e.getMessage().contains("not sent"), e.getMessage());
    assertTrue(transport.all.isEmpty());
    assertEquals(1, recorder.ends.size());
  }

  @Test
  void cancellingTheCallCancelsTheTransportsFutureAndItsTimer() throws Exception {
    DynamoClient db = builder(transport).retryPolicy(attempts(3)).build();
    int before = Timers.queued();
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    Attempt attempt = transport.next();
    assertTrue(Timers.queued() > before, "no timer was armed for the attempt");
    assertTrue(call.cancel(true));
    assertTrue(attempt.isCancelled());
    assertTrue(Timers.queued() <= before, "the attempt's timer is still queued");
    assertEquals(1, recorder.ends.size());
    assertEquals(1, recorder.attempts.size());
  }

  @Test
  void cancellingTheCallDuringItsBackoffCancelsTheWait() {
    List<HttpRequest> requests = new CopyOnWriteArrayList<>();
    Transport failing =
        new Transport() {
          @Override
          public HttpResponse execute(HttpRequest request, Duration timeout) {
            throw new AssertionError("sync path not used");
          }

          @Override
          public CompletableFuture<HttpResponse> executeAsync(
              HttpRequest request, Duration timeout) {
            requests.add(request);
            return CompletableFuture.completedFuture(
                ScriptedTransport.json(
                    500, "{\"__type\":\"InternalServerError\",\"message\":\"boom\"}"));
          }

          @Override
          public String name() {
            return "failing";
          }

          @Override
          public void close() {}
        };
    DynamoClient db =
        builder(failing)
            .retryPolicy(
                RetryPolicy.builder().baseDelay(Duration.ofSeconds(10)).random(() -> 0.9).build())
            .build();
    int before = Timers.queued();
    // the transport answers at once: the first attempt has failed when the call returns, and the
    // call waits 9 s before its retry
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    assertEquals(1, requests.size());
    assertTrue(Timers.queued() > before, "no timer was armed for the backoff");
    assertTrue(call.cancel(true));
    assertTrue(Timers.queued() <= before, "the backoff's timer is still queued");
    assertEquals(1, requests.size());
  }

  @Test
  void callsThatEndInTimeLeaveNoTimerQueued() throws Exception {
    DynamoClient db = builder(transport).build();
    int before = Timers.queued();
    int n = 1_000;
    List<CompletableFuture<String>> calls = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      calls.add(db.async().apiCall(Operation.LIST_TABLES, "{}"));
    }
    assertEquals(n, transport.all.size());
    assertTrue(Timers.queued() >= n, "one timer per call in flight: " + Timers.queued());
    for (Attempt a : transport.all) {
      a.complete(ScriptedTransport.json(200, OK));
    }
    for (CompletableFuture<String> call : calls) {
      assertEquals(OK, call.get(BOUND_SECONDS, TimeUnit.SECONDS));
    }
    assertTrue(Timers.queued() <= before, Timers.queued() + " timers left queued");
    assertEquals(n, recorder.ends.size());
  }

  @Test
  void manyFastCallsAnsweredOnAnotherThreadLeaveNoTimerQueued() throws Exception {
    HttpResponse ok = ScriptedTransport.json(200, OK);
    ExecutorService answers = Executors.newSingleThreadExecutor();
    Transport answering =
        new Transport() {
          @Override
          public HttpResponse execute(HttpRequest request, Duration timeout) {
            throw new AssertionError("sync path not used");
          }

          @Override
          public CompletableFuture<HttpResponse> executeAsync(
              HttpRequest request, Duration timeout) {
            CompletableFuture<HttpResponse> f = new CompletableFuture<>();
            answers.execute(() -> f.complete(ok));
            return f;
          }

          @Override
          public String name() {
            return "answering";
          }

          @Override
          public void close() {}
        };
    try {
      DynamoClient db =
          DynamoClient.builder()
              .endpoint("http://127.0.0.1:9")
              .region("us-east-1")
              .credentials(
                  Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
              .transport(answering)
              .build();
      int before = Timers.queued();
      int n = 20_000;
      List<CompletableFuture<String>> calls = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        calls.add(db.async().apiCall(Operation.LIST_TABLES, "{}"));
      }
      for (CompletableFuture<String> call : calls) {
        assertEquals(OK, call.get(BOUND_SECONDS, TimeUnit.SECONDS));
      }
      assertTrue(Timers.queued() <= before, Timers.queued() + " timers left queued");
    } finally {
      answers.shutdownNow();
    }
  }
}
