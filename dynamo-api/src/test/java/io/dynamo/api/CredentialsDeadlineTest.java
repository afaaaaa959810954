package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ApiCallTimeoutException;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.CredentialsProviders;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A credentials provider that takes its time: the synchronous call ends at its call timeout, the
 * asynchronous caller gets its future at once, and the credentials, once there, serve later calls.
 */
class CredentialsDeadlineTest {
  private static final Key KEY = Key.of("id", "a");
  private static final Duration BOUND = Duration.ofSeconds(5);

  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger fetches = new AtomicInteger();
  private final FakeTransport t = FakeTransport.create();
  private final CredentialsProvider slow =
      CredentialsProviders.caching(
          () -> {
            fetches.incrementAndGet();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
          });
  private final DynamoClient db =
      DynamoClient.builder()
          .endpoint("http://127.0.0.1:8000")
          .region("us-east-1")
          .credentials(slow)
          .transport(t)
          .retryPolicy(RetryPolicy.none())
          .callTimeout(Duration.ofMillis(300))
          .build();

  @AfterEach
  void releaseTheProvider() {
    release.countDown();
  }

  @Test
  void aSynchronousCallEndsAtItsCallTimeoutWhileCredentialsAreFetched() {
    long start = System.nanoTime();
    ApiCallTimeoutException e =
        assertTimeoutPreemptively(
            BOUND,
            () -> assertThrows(ApiCallTimeoutException.class, () -> db.getItem("users", KEY)));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(e.getMessage().contains("waiting for credentials"), e.getMessage());
    assertTrue(tookMs >= 250 && tookMs < 2_000, tookMs + " ms");
    assertTrue(t.requests().isEmpty(), "nothing was sent");

    release.countDown();
    t.respond("{\"Item\":{\"id\":{\"S\":\"a\"}}}");
    GetItemResponse later =
        assertTimeoutPreemptively(
            BOUND,
            () -> {
              while (true) {
                try {
                  return db.getItem("users", KEY);
                } catch (ApiCallTimeoutException stillFetching) {
                  // the fetch that timed out the first call may not have landed yet
                }
              }
            });
    assertEquals("a", later.item().getString("id"));
    assertEquals(1, fetches.get(), "the fetch the first call started served the next one");
  }

  @Test
  void anAsynchronousCallerGetsItsFutureAtOnceAndItFailsAtTheCallTimeout() throws Exception {
    CompletableFuture<GetItemResponse> f =
        assertTimeoutPreemptively(Duration.ofMillis(200), () -> db.async().getItem("users", KEY));
    assertFalse(f.isDone());
    ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
    assertInstanceOf(ApiCallTimeoutException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("waiting for credentials"), e.getMessage());
  }

  @Test
  void anAsynchronousCallWaitsForCredentialsThatComeInTime() throws Exception {
    t.respond("{\"Item\":{\"id\":{\"S\":\"a\"}}}");
    CompletableFuture<GetItemResponse> f = db.async().getItem("users", KEY);
    assertFalse(f.isDone());
    release.countDown();
    assertEquals("a", f.get(5, TimeUnit.SECONDS).item().getString("id"));
    assertTrue(t.requests().get(0).header("Authorization").orElseThrow().contains("AKIDEXAMPLE"));
  }
}
