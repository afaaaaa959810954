package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.WaitTimeoutException;
import io.dynamo.api.model.DescribeExportRequest;
import io.dynamo.api.model.DescribeExportResponse;
import io.dynamo.sign.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The waiters' engine: pauses on the timer, never on a thread, and cancellation stops it. */
class WaiterTest {
  private static final Waiter.Judge<String, String> UNTIL_DONE =
      s -> s.equals("done") ? Waiter.Verdict.done(s) : Waiter.Verdict.waiting(s);

  private static Waiter.Plan plan(Duration timeout, Duration firstDelay) {
    return new Waiter.Plan("the thing to be done", timeout, firstDelay, Duration.ofSeconds(60));
  }

  @Test
  void cancellingDuringAPauseRemovesItsTimerAndChecksNoMore() {
    AtomicInteger checks = new AtomicInteger();
    int before = Timers.queued();
    CompletableFuture<String> wait =
        Waiter.awaitAsync(
            plan(Duration.ofMinutes(5), Duration.ofSeconds(30)),
            () -> {
              checks.incrementAndGet();
              return CompletableFuture.completedFuture("pending");
            },
            UNTIL_DONE);
    // the first check answered at once: the wait now pauses 30 s, on the timer
    assertFalse(wait.isDone());
    assertEquals(1, checks.get());
    assertTrue(Timers.queued() > before, "no timer was armed for the pause");
    assertTrue(wait.cancel(true));
    assertTrue(Timers.queued() <= before, "the pause's timer is still queued");
    assertEquals(1, checks.get());
  }

  @Test
  void cancellingDuringACheckCancelsIt() {
    List<CompletableFuture<String>> sent = new ArrayList<>();
    CompletableFuture<String> wait =
        Waiter.awaitAsync(
            plan(Duration.ofMinutes(5), Duration.ofMillis(1)),
            () -> {
              CompletableFuture<String> f = new CompletableFuture<>();
              sent.add(f);
              return f;
            },
            UNTIL_DONE);
    assertEquals(1, sent.size());
    int before = Timers.queued();
    assertTrue(wait.cancel(true));
    assertTrue(sent.get(0).isCancelled());
    assertEquals(1, sent.size());
    assertTrue(Timers.queued() <= before);
  }

  @Test
  void checksUntilDoneThenCompletesWithTheValue() throws Exception {
    List<String> answers = new ArrayList<>(List.of("a", "b", "done"));
    CompletableFuture<String> wait =
        Waiter.awaitAsync(
            plan(Duration.ofMinutes(1), Duration.ofMillis(1)),
            () -> CompletableFuture.supplyAsync(() -> answers.remove(0)),
            UNTIL_DONE);
    assertEquals("done", wait.get(30, TimeUnit.SECONDS));
    assertTrue(answers.isEmpty());
  }

  @Test
  void theSynchronousFormChecksAtTheDeadlineAndThenGivesUp() {
    AtomicInteger checks = new AtomicInteger();
    WaitTimeoutException e =
        assertThrows(
            WaitTimeoutException.class,
            () ->
                Waiter.await(
                    plan(Duration.ofMillis(200), Duration.ofSeconds(10)),
                    () -> "pending " + checks.incrementAndGet(),
                    UNTIL_DONE));
    assertEquals(2, checks.get(), "one at once, one when time is up");
    assertEquals(
        "gave up waiting for the thing to be done after 200 ms (2 checks; last seen: pending 2)",
        e.getMessage());
  }

  @Test
  void aFailureOfTheJudgeEndsTheWaitAsIs() {
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<String> wait =
        Waiter.awaitAsync(
            plan(Duration.ofMinutes(1), Duration.ofMillis(1)),
            () -> CompletableFuture.completedFuture("x"),
            s -> {
              throw boom;
            });
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> wait.get(30, TimeUnit.SECONDS));
    assertSame(boom, e.getCause());
  }

  @Test
  void cancellingAModelWaiterOfTheClientCancelsItsRequest() throws Exception {
    AsyncDeadlineTest.Held held = new AsyncDeadlineTest.Held();
    DynamoClient db =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:9")
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
            .transport(held)
            .retryPolicy(RetryPolicy.none())
            .build();
    CompletableFuture<DescribeExportResponse> wait =
        db.async()
            .waitUntilExportCompleted(
                DescribeExportRequest.of(
                    "arn:aws:dynamodb:us-east-1:123456789012:table/t/export/01700000000000-a1b2c3d4"));
    AsyncDeadlineTest.Attempt attempt = held.next();
    assertTrue(wait.cancel(true));
    assertTrue(attempt.isCancelled());
    assertEquals(1, held.all.size());
  }
}
