package io.dynamo.api.internal;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;

/**
 * One batch job ({@link Batches.Job}) run without blocking: a request in flight, or a pause on the
 * shared timer ({@link Timers}), never both; cancelling the result stops both.
 */
final class AsyncBatch<Q, R, V> {
  final CompletableFuture<V> result = new CompletableFuture<>();
  private final Batches.Job<?, Q, R, V> job;
  private final Function<Q, CompletableFuture<R>> call;
  private final Batches.Delays delays;
  private CompletableFuture<R> inFlight;
  private ScheduledFuture<?> timer;

  AsyncBatch(
      Batches.Job<?, Q, R, V> job, Function<Q, CompletableFuture<R>> call, Batches.Delays delays) {
    this.job = job;
    this.call = call;
    this.delays = delays;
    result.whenComplete(
        (v, e) -> {
          if (result.isCancelled()) {
            stop();
          }
        });
  }

  private void stop() {
    CompletableFuture<R> f;
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

  /**
   * Sends the next request, and the ones after it while answers are there at once and need no pause
   * (a loop, so that a long batch of quick answers does not nest call upon call).
   */
  void round() {
    while (!result.isDone()) {
      if (job.done()) {
        result.complete(job.result());
        return;
      }
      CompletableFuture<R> f;
      try {
        f = Objects.requireNonNull(call.apply(job.next()), "call");
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      synchronized (this) {
        inFlight = f;
      }
      if (result.isDone()) {
        f.cancel(false); // cancelled while the request was being sent
        return;
      }
      if (!f.isDone()) {
        f.whenComplete(
            (response, error) -> {
              if (answered(response, error)) {
                round();
              }
            });
        return;
      }
      R response = null;
      Throwable error = null;
      try {
        response = f.join();
      } catch (CancellationException | CompletionException e) {
        error = e;
      }
      if (!answered(response, error)) {
        return;
      }
    }
  }

  /** Takes an answer in; true to send the next request at once. */
  private boolean answered(R response, Throwable error) {
    synchronized (this) {
      inFlight = null;
    }
    if (result.isDone()) {
      return false;
    }
    if (error != null) {
      result.completeExceptionally(Futures.cause(error));
      return false;
    }
    boolean left;
    try {
      left = job.answered(response);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return false;
    }
    if (!left) {
      return true;
    }
    long delay = delays.nanos(job.stalled);
    if (delay < 0) {
      result.completeExceptionally(job.incomplete(false));
      return false;
    }
    if (delay == 0) {
      return true;
    }
    ScheduledFuture<?> t =
        Timers.schedule(
            () -> {
              try {
                Timers.HANDOFF.execute(this::round);
              } catch (RuntimeException e) {
                round(); // an executor that refuses work: here, then, not never
              }
              return null;
            },
            delay);
    synchronized (this) {
      timer = t;
    }
    if (result.isDone()) {
      t.cancel(false); // cancelled while the pause was being set
    }
    return false;
  }
}
