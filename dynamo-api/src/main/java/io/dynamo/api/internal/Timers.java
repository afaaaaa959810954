package io.dynamo.api.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer of all the clients in the JVM, for their asynchronous calls: an attempt's deadline,
 * the call's deadline and the end of a backoff wait. One daemon thread, {@code dynamo-timer},
 * started by the first task; it never runs a call's code itself: what fires hands itself to {@link
 * #HANDOFF}, so a callback chained on a call that timed out, however long it blocks, never delays
 * the deadline of another call. A cancelled task leaves the queue at once, so calls that end in
 * time leave nothing queued behind them.
 */
final class Timers {
  /**
   * Where fired tasks run: the executor of {@link CompletableFuture}'s {@code *Async} methods (the
   * common pool, or a thread per task where it has fewer than two threads).
   */
  static final Executor HANDOFF = new CompletableFuture<Void>().defaultExecutor();

  private static final ScheduledThreadPoolExecutor TIMER = create();

  private Timers() {}

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              // no inherited thread locals: the thread outlives whatever call started it
              Thread t = new Thread(null, r, "dynamo-timer", 0, false);
              t.setDaemon(true);
              t.setContextClassLoader(null);
              return t;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /**
   * Runs {@code task} on the timer thread in {@code delayNanos}; the task must only hand work over
   * (to {@link #HANDOFF}) and return.
   */
  static ScheduledFuture<?> schedule(Callable<?> task, long delayNanos) {
    return TIMER.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
  }

  /** How many tasks are waiting for their time: for tests. */
  static int queued() {
    return TIMER.getQueue().size();
  }
}
