package io.dynamo.transport.jdk;

import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportFailures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One request on its way: waits for a slot in the {@link ExchangeLimiter}, is sent, and completes
 * {@link #result()} exactly once, with the response or the client's exception.
 *
 * <p>{@code java.net.http}'s own request timeout ends when the response headers arrive, so a body
 * that trickles in could outlast it. A deadline over the whole exchange (the wait for a slot, the
 * send, the headers and the body) fails the result with an {@link
 * io.dynamo.api.error.AttemptTimeoutException}; whenever the result fails, the exchange in {@code
 * java.net.http} is cancelled, which closes its connection rather than returning it to the pool
 * with a response still to come.
 *
 * <p>The body is read by a {@link CappedBody}, no longer than the cap.
 *
 * <p>The result follows the future {@code sendAsync} returns, which the JDK completes once the
 * connection is back in its pool. (Completing it earlier, from the body subscriber, was tried on
 * JDK 17: the next request then often opened a second connection, and under concurrent load some
 * requests failed as if the server had closed the connection without answering.) The JDK completes
 * that future on {@link java.util.concurrent.CompletableFuture}'s default executor: the common
 * fork-join pool, or a new thread per task on machines with one or two cores. A synchronous caller
 * is woken from there; asynchronous results are handed to {@code callbacks}, the transport's own
 * executor, so that the client's callbacks, and whatever a user chains on them, run on the
 * transport's threads rather than in the JVM-wide common pool. The slot in the limiter is freed at
 * the same moment.
 */
final class Exchange implements BooleanSupplier {
  private final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
  private final HttpClient client;
  private final java.net.http.HttpRequest request;
  private final String method;
  private final URI uri;
  private final Failures.Timeouts timeouts;
  private final long cap;
  private final Executor callbacks;
  private final Runnable release;
  private volatile CompletableFuture<?> sent;

  /**
   * @param callbacks where the result completes; {@code null} to complete it on the JDK's thread,
   *     for a caller that only waits for it
   */
  Exchange(
      HttpClient client,
      java.net.http.HttpRequest request,
      String method,
      URI uri,
      Failures.Timeouts timeouts,
      long cap,
      Executor callbacks,
      Runnable release) {
    this.client = client;
    this.request = request;
    this.method = method;
    this.uri = uri;
    this.timeouts = timeouts;
    this.cap = cap;
    this.callbacks = callbacks;
    this.release = release;
    // orTimeout schedules on the JDK's shared delay thread and unschedules once completed.
    CompletableFuture<Void> deadline = new CompletableFuture<>();
    deadline
        .orTimeout(saturatedNanos(timeouts.attempt()), TimeUnit.NANOSECONDS)
        .whenComplete(
            (ignored, timedOut) -> {
              if (timedOut != null) {
                deliver(
                    () ->
                        result.completeExceptionally(
                            TransportFailures.attemptTimeout(
                                what(), timeouts.attemptMillis(), null)));
              }
            });
    result.whenComplete(
        (response, failure) -> {
          deadline.complete(null);
          CompletableFuture<?> inProgress = sent;
          if (failure != null && inProgress != null) {
            inProgress.cancel(true);
          }
        });
  }

  /** The response, or the failure. */
  CompletableFuture<HttpResponse> result() {
    return result;
  }

  /** Sends the request; {@code false} if it has already failed (timed out while waiting). */
  @Override
  public boolean getAsBoolean() {
    if (result.isDone()) {
      return false;
    }
    CompletableFuture<java.net.http.HttpResponse<HttpResponse>> inProgress;
    try {
      inProgress = client.sendAsync(request, handler());
    } catch (RuntimeException e) {
      result.completeExceptionally(Failures.map(e, method, uri, timeouts));
      return false;
    }
    sent = inProgress;
    if (result.isDone()) {
      inProgress.cancel(true); // failed between the check above and the assignment
    }
    inProgress.whenComplete(
        (response, failure) -> {
          release.run();
          if (result.isDone()) {
            return; // timed out, interrupted or closed meanwhile
          }
          if (failure != null) {
            Throwable mapped;
            try {
              mapped = Failures.map(failure, method, uri, timeouts);
            } catch (Error e) {
              // Failures.map rethrows an Error as it is; thrown here it would be swallowed and
              // the result would end, much later, as an attempt timeout (and be retried).
              mapped = e;
            }
            Throwable outcome = mapped;
            deliver(() -> result.completeExceptionally(outcome));
          } else {
            HttpResponse converted;
            try {
              converted = Conversions.response(response);
            } catch (RuntimeException e) {
              // a proxy's 407: thrown here, CompletableFuture would swallow it and the call would
              // end, much later, as an attempt timeout
              deliver(() -> result.completeExceptionally(e));
              return;
            }
            deliver(() -> result.complete(converted));
          }
        });
    return true;
  }

  /** The body, read up to the cap; the deadline above covers it already. */
  private BodyHandler<HttpResponse> handler() {
    return info -> new CappedBody(info, cap, what(), Long.MAX_VALUE);
  }

  private void deliver(Runnable completion) {
    if (callbacks == null) {
      completion.run();
      return;
    }
    try {
      callbacks.execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run(); // the transport is closing
    }
  }

  private String what() {
    return TransportFailures.what(method, uri);
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
