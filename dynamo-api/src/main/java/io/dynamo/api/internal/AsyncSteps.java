package io.dynamo.api.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * The moving part of a loop of calls run without blocking (a batch job, a wait): the call in
 * flight, or a pause on the shared timer ({@link Timers}), never both. Cancelling {@code result}
 * cancels whichever it is.
 */
final class AsyncSteps {
  private final CompletableFuture<?> result;
  private CompletableFuture<?> inFlight;
  private ScheduledFuture<?> timer;

  AsyncSteps(CompletableFuture<?> result) {
    this.result = result;
    result.whenComplete(
        (v, e) -> {
          if (result.isCancelled()) {
            stop();
          }
        });
  }

  /**
   * Records the call just sent; false (and the call cancelled) if the result was completed or
   * cancelled meanwhile.
   */
  boolean sent(CompletableFuture<?> call) {
    synchronized (this) {
      inFlight = call;
    }
    if (result.isDone()) {
      call.cancel(false); // cancelled while the call was being sent
      return false;
    }
    return true;
  }

  /** The call in flight has answered. */
  synchronized void answered() {
    inFlight = null;
  }

  /** Runs {@code next} after {@code nanos}, handed off the timer's thread. */
  void pause(Runnable next, long nanos) {
    ScheduledFuture<?> t =
        Timers.schedule(
            () -> {
              try {
                Timers.HANDOFF.execute(next);
              } catch (RuntimeException e) {
                next.run(); // an executor that refuses work: here, then, not never
              }
              return null;
            },
            nanos);
    synchronized (this) {
      timer = t;
    }
    if (result.isDone()) {
      t.cancel(false); // cancelled while the pause was being set
    }
  }

  private void stop() {
    CompletableFuture<?> f;
    ScheduledFuture<?> t;
    synchronized (this) {
      f = inFlight;
      t = timer;
      inFlight = null;
      timer = null;
    }
    if (f != null) {
      f.cancel(false);
    }
    if (t != null) {
      t.cancel(false);
    }
  }
}
