package io.dynamo.sign;

import static io.dynamo.sign.EnvironmentCredentialsTest.message;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credential endpoints that stall, trickle, never stop or hand out expired credentials: each ends
 * within the provider's timeout, and expired credentials are not fetched again on every call.
 */
@ExtendWith(SecretLeakGuard.class)
class CredentialsInTimeTest {
  static final Path HOME = Path.of("/nonexistent-home");
  static final Duration TIMEOUT = Duration.ofMillis(500);
  static final Duration BOUND = Duration.ofSeconds(5);

  final CountDownLatch release = new CountDownLatch(1);
  StubServer server;

  @BeforeEach
  void start() throws IOException {
    server = StubServer.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  private CredentialsProvider container() {
    Environment env =
        Fixtures.env(HOME, "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.base() + "/creds");
    return CredentialsProviders.container(env, TIMEOUT);
  }

  @Test
  void anEndpointThatSendsItsHeadersThenStallsFailsWithinTheTimeout() {
    server.stallBody(
        "GET",
        "/creds",
        Fixtures.credentialsJson("ASIA", SECRET, TOKEN, "2026-11-25T03:10:00Z"),
        release);
    long start = System.nanoTime();
    String m = assertTimeoutPreemptively(BOUND, () -> message(container()));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(m.contains("did not answer in full within 500 ms"), m);
    assertTrue(tookMs < 2_500, tookMs + " ms");
  }

  @Test
  void anEndlessBodyFailsAtTheSizeCap() {
    server.endlessBody("GET", "/creds");
    String m = assertTimeoutPreemptively(BOUND, () -> message(container()));
    assertTrue(m.contains("more than the 65536 bytes a credentials response can be"), m);
  }

  @Test
  void credentialsThatArriveExpiredAreUsedForAMinuteNotFetchedForEveryCall() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));
    AtomicInteger fetches = new AtomicInteger();
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              fetches.incrementAndGet();
              return Credentials.of("ASIAOLD", SECRET, TOKEN, clock.instant().minusSeconds(60));
            },
            clock);
    for (int i = 0; i < 10; i++) {
      assertEquals("ASIAOLD", p.resolve().accessKeyId());
      clock.advance(Duration.ofSeconds(1));
    }
    assertEquals(1, fetches.get());
    long warnings =
        SecretLeakGuard.records().stream().filter(r -> r.getLevel() == Level.WARNING).count();
    assertEquals(1, warnings);
    clock.advance(Duration.ofMinutes(1));
    p.resolve();
    assertEquals(2, fetches.get(), "asked again once the minute is over");
  }

  @Test
  void resolveAsyncNeverBlocksAndAllWaitingCallersShareOneFetch() throws Exception {
    CountDownLatch inFetch = new CountDownLatch(1);
    AtomicInteger fetches = new AtomicInteger();
    Credentials fetched = Credentials.of("ASIANEW", SECRET, TOKEN, null);
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              fetches.incrementAndGet();
              inFetch.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return fetched;
            });
    CompletableFuture<Credentials> first = assertTimeoutPreemptively(BOUND, () -> p.resolveAsync());
    assertTrue(inFetch.await(5, TimeUnit.SECONDS));
    CompletableFuture<Credentials> second = p.resolveAsync();
    assertFalse(first.isDone());
    assertSame(first, second, "one fetch for every caller waiting");
    release.countDown();
    assertSame(fetched, first.get(5, TimeUnit.SECONDS));
    assertSame(fetched, p.resolveAsync().getNow(null), "then served from the cache at once");
    assertEquals(1, fetches.get());
  }

  @Test
  void aFailedFetchFailsTheFutureAndIsRemembered() throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              fetches.incrementAndGet();
              throw new CredentialsException("endpoint down");
            });
    CompletableFuture<Credentials> f = p.resolveAsync();
    java.util.concurrent.ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.util.concurrent.ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
    assertEquals("endpoint down", e.getCause().getMessage());
    CompletableFuture<Credentials> again = p.resolveAsync();
    assertTrue(again.isCompletedExceptionally(), "remembered: failed at once");
    assertEquals(1, fetches.get());
  }
}
