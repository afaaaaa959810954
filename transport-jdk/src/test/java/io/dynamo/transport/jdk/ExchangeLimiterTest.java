package io.dynamo.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class ExchangeLimiterTest {
  private final List<String> started = new ArrayList<>();

  /** Runs dispatched tasks at once, on the caller's thread. */
  private static final Executor DIRECT = Runnable::run;

  private java.util.function.BooleanSupplier task(String name) {
    return () -> {
      started.add(name);
      return true;
    };
  }

  @Test
  void startsUpToMaxAtOnceAndTheRestInArrivalOrder() {
    ExchangeLimiter limiter = new ExchangeLimiter(2, DIRECT);

    limiter.submit(task("a"));
    limiter.submit(task("b"));
    limiter.submit(task("c"));
    limiter.submit(task("d"));

    assertEquals(List.of("a", "b"), started);
    assertEquals(2, limiter.running());
    assertEquals(2, limiter.waiting());

    limiter.release();
    assertEquals(List.of("a", "b", "c"), started);
    limiter.release();
    limiter.release();
    limiter.release();

    assertEquals(List.of("a", "b", "c", "d"), started);
    assertEquals(0, limiter.running());
    assertEquals(0, limiter.waiting());
  }

  @Test
  void passesTheSlotOnWhenATaskHasNothingToStart() {
    ExchangeLimiter limiter = new ExchangeLimiter(1, DIRECT);
    limiter.submit(task("a"));
    limiter.submit(() -> false); // timed out while waiting
    limiter.submit(task("c"));

    limiter.release();

    assertEquals(List.of("a", "c"), started);
    assertEquals(1, limiter.running());
  }

  @Test
  void freesTheSlotOfATaskThatFailsToStartAtOnce() {
    ExchangeLimiter limiter = new ExchangeLimiter(1, DIRECT);

    limiter.submit(() -> false);

    assertEquals(0, limiter.running());
  }

  @Test
  void dropsWaitingTasksOnceTheDispatcherIsShutDown() {
    Executor shutDown =
        task -> {
          throw new RejectedExecutionException("shut down");
        };
    ExchangeLimiter limiter = new ExchangeLimiter(1, shutDown);
    limiter.submit(task("a"));
    limiter.submit(task("b"));
    limiter.submit(task("c"));

    limiter.release();

    assertEquals(List.of("a"), started);
    assertEquals(0, limiter.running());
    assertEquals(0, limiter.waiting());
  }

  @Test
  void needsRoomForOneExchange() {
    assertThrows(IllegalArgumentException.class, () -> new ExchangeLimiter(0, DIRECT));
  }
}
