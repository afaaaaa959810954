package io.dynamo.api.internal;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
  private final AsyncSteps steps = new AsyncSteps(result);

  AsyncBatch(
      Batches.Job<?, Q, R, V> job, Function<Q, CompletableFuture<R>> call, Batches.Delays delays) {
    this.job = job;
    this.call = call;
    this.delays = delays;
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
      if (!steps.sent(f)) {
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
    steps.answered();
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
    steps.pause(this::round, delay);
    return false;
  }
}
