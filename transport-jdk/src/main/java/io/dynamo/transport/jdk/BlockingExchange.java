package io.dynamo.transport.jdk;

import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportFailures;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One request sent on the caller's thread with {@link HttpClient#send}: {@link
 * JdkTransport#execute}.
 *
 * <p>{@code send} waits on the caller's thread for the JDK's exchange to finish; {@code
 * sendAsync(...).get()} would cost an extra hand-off to {@code CompletableFuture}'s default
 * executor on every call (on two cores, a new thread each time), about twice the time of an
 * exchange over loopback. The deadline still covers the whole exchange: the wait for a slot in the
 * {@link ExchangeLimiter} comes off the time given to the JDK as its request timeout (which ends at
 * the response headers), and {@link CappedBody} fails the body if it is not complete by the same
 * deadline.
 *
 * <p>{@link JdkTransport#close()} ends a call in flight by {@linkplain #abort() interrupting} its
 * thread, which makes {@code send} cancel the exchange; the call then fails with a {@link
 * TransportClosedException} and the interrupt is cleared, as it was the transport's, not the
 * caller's.
 */
final class BlockingExchange {
  private final Thread thread = Thread.currentThread();
  private final String what;
  private boolean done;
  private boolean aborted;

  BlockingExchange(HttpRequest request) {
    this.what = TransportFailures.what(request.method(), request.uri());
  }

  /** Sends the request and returns the whole response, or throws the client's exception. */
  HttpResponse run(
      HttpClient client,
      ExchangeLimiter limiter,
      HttpRequest request,
      String proxyAuthorization,
      Duration timeout,
      Failures.Timeouts timeouts,
      long cap) {
    long deadline = System.nanoTime() + saturatedNanos(timeout);
    try {
      acquire(limiter, deadline, timeouts);
      try {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw TransportFailures.attemptTimeout(what, timeouts.attemptMillis(), null);
        }
        java.net.http.HttpRequest jdk =
            Conversions.toJdk(request, Duration.ofNanos(left), proxyAuthorization);
        java.net.http.HttpResponse<HttpResponse> response;
        try {
          response = client.send(jdk, info -> new CappedBody(info, cap, what, deadline));
        } catch (IllegalArgumentException e) {
          // how send fails on a response header it cannot parse (Failures.malformedResponse)
          throw Failures.map(e, request.method(), request.uri(), timeouts);
        }
        return Conversions.response(response);
      } finally {
        limiter.release();
      }
    } catch (IOException e) {
      throw closedOr(Failures.map(e, request.method(), request.uri(), timeouts), e);
    } catch (InterruptedException e) {
      if (abortedByClose()) {
        throw TransportFailures.closedInFlight(what, e);
      }
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for " + what, e);
    } catch (RuntimeException e) {
      throw closedOr(e, e);
    } finally {
      finish();
    }
  }

  /**
   * Ends the call from another thread, as the transport closes; does nothing once the call is done.
   */
  synchronized void abort() {
    if (!done) {
      aborted = true;
      thread.interrupt();
    }
  }

  private void acquire(ExchangeLimiter limiter, long deadline, Failures.Timeouts timeouts)
      throws InterruptedException {
    CompletableFuture<Void> slot = new CompletableFuture<>();
    // true: the slot is taken; false: this call gave up waiting, and the limiter frees the slot
    limiter.submit(() -> slot.complete(null));
    if (slot.isDone()) {
      return;
    }
    try {
      slot.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (slot.completeExceptionally(e)) {
        throw TransportFailures.attemptTimeout(what, timeouts.attemptMillis(), null);
      }
      // the slot came just now: go on
    } catch (InterruptedException e) {
      if (!slot.completeExceptionally(e)) {
        limiter.release(); // it came just as the thread was interrupted
      }
      throw e;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a slot is never failed by the limiter", e);
    }
  }

  private RuntimeException closedOr(RuntimeException mapped, Throwable cause) {
    if (abortedByClose()) {
      return TransportFailures.closedInFlight(what, cause);
    }
    return mapped;
  }

  private synchronized boolean abortedByClose() {
    return aborted;
  }

  /** Marks the call done; clears an interrupt that {@link #abort()} made. */
  private void finish() {
    boolean clear;
    synchronized (this) {
      done = true;
      clear = aborted;
    }
    if (clear) {
      Thread.interrupted();
    }
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 2;
    }
  }
}
