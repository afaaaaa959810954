package io.dynamo.sign;

import static io.dynamo.sign.Leaks.assertThrowsClean;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class CachingCredentialsTest {
  static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
  final MutableClock clock = new MutableClock(T0);

  static Credentials expiring(String id, Instant at) {
    return Credentials.of(id, SECRET, TOKEN, at);
  }

  @Test
  void credentialsWithoutExpiryAreFetchedOnce() {
    AtomicInteger calls = new AtomicInteger();
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              calls.incrementAndGet();
              return Credentials.of("AKID", SECRET);
            },
            clock);
    p.resolve();
    clock.advance(Duration.ofDays(400));
    p.resolve();
    assertEquals(1, calls.get());
  }

  @Test
  void freshCredentialsAreServedFromTheCacheUntilFiveMinutesBeforeExpiry() {
    AtomicInteger calls = new AtomicInteger();
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> expiring("A" + calls.incrementAndGet(), T0.plus(Duration.ofMinutes(60))), clock);
    assertEquals("A1", p.resolve().accessKeyId());
    clock.set(T0.plus(Duration.ofMinutes(54)));
    assertEquals("A1", p.resolve().accessKeyId());
    clock.set(T0.plus(Duration.ofMinutes(56)));
    assertEquals("A2", p.resolve().accessKeyId());
    assertEquals(2, calls.get());
  }

  @Test
  void failedRefreshAheadKeepsTheCachedCredentialsAndWarns() {
    AtomicInteger calls = new AtomicInteger();
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              if (calls.incrementAndGet() > 1) {
                throw new CredentialsException("endpoint down");
              }
              return expiring("A1", T0.plus(Duration.ofMinutes(10)));
            },
            clock);
    p.resolve();
    clock.set(T0.plus(Duration.ofMinutes(7))); // 3 minutes left: refresh ahead
    assertEquals("A1", p.resolve().accessKeyId());
    assertTrue(
        SecretLeakGuard.records().stream()
            .anyMatch(
                r ->
                    r.getLevel() == Level.WARNING
                        && r.getParameters() != null
                        && String.valueOf(r.getParameters()[1]).contains("endpoint down")));
    clock.set(T0.plus(Duration.ofMinutes(9).plusSeconds(30))); // 30 s left: stale
    CredentialsException e = assertThrowsClean(CredentialsException.class, p::resolve);
    assertEquals("endpoint down", e.getMessage());
  }

  @Test
  void duringARefreshAheadOtherCallersAreNotBlocked() throws Exception {
    CountDownLatch inRefresh = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    Credentials first = expiring("A1", T0.plus(Duration.ofMinutes(10)));
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              if (calls.incrementAndGet() == 1) {
                return first;
              }
              inRefresh.countDown();
              await(finish);
              return expiring("A2", T0.plus(Duration.ofMinutes(70)));
            },
            clock);
    p.resolve();
    clock.set(T0.plus(Duration.ofMinutes(6)));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Credentials> refresher = pool.submit(p::resolve);
      inRefresh.await();
      assertSame(first, p.resolve(), "served from the cache while another thread refreshes");
      finish.countDown();
      assertEquals("A2", refresher.get().accessKeyId());
      assertEquals("A2", p.resolve().accessKeyId());
      assertEquals(2, calls.get());
    } finally {
      finish.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void neverTwoRefreshesAtOnceWhenManyThreadsNeedCredentials() throws Exception {
    int threads = 8;
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxConcurrent = new AtomicInteger();
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              int now = concurrent.incrementAndGet();
              maxConcurrent.accumulateAndGet(now, Math::max);
              calls.incrementAndGet();
              await(release);
              concurrent.decrementAndGet();
              return expiring("A1", T0.plus(Duration.ofMinutes(60)));
            },
            clock);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Thread> workers = new ArrayList<>();
    try {
      List<Future<Credentials>> results = new ArrayList<>();
      CountDownLatch started = new CountDownLatch(threads);
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  synchronized (workers) {
                    workers.add(Thread.currentThread());
                  }
                  started.countDown();
                  return p.resolve();
                }));
      }
      started.await();
      // wait (without sleeping) until every worker is parked: one in the provider, the rest on the
      // lock
      while (!allWaiting(workers)) {
        Thread.onSpinWait();
      }
      release.countDown();
      for (Future<Credentials> f : results) {
        assertEquals("A1", f.get().accessKeyId());
      }
      assertEquals(1, calls.get());
      assertEquals(1, maxConcurrent.get());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void callersWaitingOnALookupThatFailsShareItsFailureInsteadOfEachTryingAgain() throws Exception {
    // the default chain takes up to a second per walk when IMDS does not answer: callers queued
    // behind a failing walk must not each walk it again, one after another
    int threads = 6;
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              calls.incrementAndGet();
              await(release);
              throw new CredentialsException("No AWS credentials found");
            },
            clock);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Thread> workers = new ArrayList<>();
    try {
      List<Future<Credentials>> results = new ArrayList<>();
      CountDownLatch started = new CountDownLatch(threads);
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  synchronized (workers) {
                    workers.add(Thread.currentThread());
                  }
                  started.countDown();
                  return p.resolve();
                }));
      }
      started.await();
      while (!allWaiting(workers)) {
        Thread.onSpinWait();
      }
      release.countDown();
      for (Future<Credentials> f : results) {
        ExecutionException e = assertThrows(ExecutionException.class, f::get);
        assertTrue(e.getCause() instanceof CredentialsException, String.valueOf(e.getCause()));
        assertTrue(
            e.getCause().getMessage().startsWith("No AWS credentials found"),
            e.getCause().getMessage());
        TestSecrets.assertClean(e.getCause());
      }
      assertEquals(1, calls.get());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedLookupIsRememberedForFiveSecondsThenTriedAgain() {
    AtomicInteger calls = new AtomicInteger();
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new CredentialsException("nothing yet");
              }
              return Credentials.of("AKID", SECRET);
            },
            clock);

    CredentialsException first = assertThrowsClean(CredentialsException.class, p::resolve);
    assertEquals("nothing yet", first.getMessage());
    clock.advance(Duration.ofMillis(4999));
    CredentialsException remembered = assertThrowsClean(CredentialsException.class, p::resolve);
    assertEquals(
        "nothing yet (remembered: no new attempt until 5 s after a failed one)",
        remembered.getMessage());
    assertSame(first, remembered.getCause());
    assertEquals(1, calls.get());

    clock.advance(Duration.ofMillis(1));
    assertEquals("AKID", p.resolve().accessKeyId());
    assertEquals(2, calls.get());
  }

  @Test
  void aFailedRefreshAheadIsNotTriedAgainOnEveryCall() {
    AtomicInteger calls = new AtomicInteger();
    CredentialsProvider p =
        CredentialsProviders.caching(
            () -> {
              int n = calls.incrementAndGet();
              if (n == 1) {
                return expiring("A1", T0.plus(Duration.ofMinutes(10)));
              }
              if (n == 2) {
                throw new CredentialsException("endpoint down");
              }
              return expiring("A2", T0.plus(Duration.ofMinutes(70)));
            },
            clock);
    p.resolve();
    clock.set(T0.plus(Duration.ofMinutes(6))); // 4 minutes left: refresh ahead, which fails
    assertEquals("A1", p.resolve().accessKeyId());
    clock.advance(Duration.ofSeconds(4));
    assertEquals("A1", p.resolve().accessKeyId());
    assertEquals("A1", p.resolve().accessKeyId());
    assertEquals(2, calls.get());

    clock.advance(Duration.ofSeconds(1));
    assertEquals("A2", p.resolve().accessKeyId());
    assertEquals(3, calls.get());
  }

  private static boolean allWaiting(List<Thread> workers) {
    synchronized (workers) {
      for (Thread t : workers) {
        Thread.State s = t.getState();
        if (s != Thread.State.WAITING && s != Thread.State.TIMED_WAITING) {
          return false;
        }
      }
      return true;
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
