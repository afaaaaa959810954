package io.dynamo.transport.vertx;

import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportFailures;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request on its way, from {@code executeAsync} to the last body byte, and {@link #result()},
 * completed exactly once with the response or the client's exception.
 *
 * <p>Whoever settles the outcome first wins: the Web Client (the response, or an I/O failure), the
 * deadline (an attempt timeout), the capped body (too large), {@link VertxTransport#close()}, an
 * interrupted caller, or a caller that cancels the future. When the transport fails an exchange
 * itself (deadline, cap, close) it resets the Vert.x request, closes its HTTP/1.x connection, and
 * completes the result once that connection is closed: Vert.x may already have read a short answer
 * whole and put the connection back in its pool, where a caller that tried again at once would
 * otherwise get it. So a connection with an answer still to come, or an unread body, is never
 * reused. (On an HTTP/2 connection of a given Web Client only the stream is reset.) A result failed
 * any other way resets the request too.
 *
 * <p>The Web Client does not hand its {@link HttpClientRequest} out; {@link RequestBody} gets it
 * when the Web Client pipes the body into it, which is also the moment the request has a
 * connection. Until then the request cannot be reset, and none is needed: the wait for a connection
 * is bounded by the request's own connect timeout (the attempt's remaining time), and a request
 * that gets its connection after the result failed is reset at once.
 *
 * <p>The deadline is a Vert.x timer over the whole exchange: set when the call starts where the
 * transport knows its {@link Vertx}, else (a given Web Client) when the request gets its
 * connection, on the Vert.x instance of the request's context.
 */
final class Exchange {
  private final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
  private final AtomicBoolean settled = new AtomicBoolean();
  private final String what;
  private final long startNanos = System.nanoTime();
  private final long attemptMillis;
  private final long connectMillis;
  private final long maxResponseBytes;

  private volatile HttpClientRequest request;
  private volatile boolean answering;
  private Vertx timerOwner; // guarded by this
  private long timerId = -1; // guarded by this

  Exchange(String what, long attemptMillis, long connectMillis, long maxResponseBytes) {
    this.what = what;
    this.attemptMillis = attemptMillis;
    this.connectMillis = connectMillis;
    this.maxResponseBytes = maxResponseBytes;
    result.whenComplete((response, failure) -> finished(failure));
  }

  /** The response, or the failure. */
  CompletableFuture<HttpResponse> result() {
    return result;
  }

  /** Whether the outcome is decided (the result may complete a moment later). */
  boolean isSettled() {
    return settled.get() || result.isDone();
  }

  /** The method and printable URI, for messages. */
  String what() {
    return what;
  }

  long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** The attempt time left, at least 1 ms. */
  long remainingMillis() {
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    return Math.max(1, attemptMillis - elapsed);
  }

  /** Starts the deadline on {@code vertx}'s timers, unless it is running or the outcome is in. */
  void startDeadline(Vertx vertx) {
    synchronized (this) {
      if (timerOwner != null || isSettled()) {
        return;
      }
      timerOwner = vertx;
      try {
        timerId = vertx.setTimer(remainingMillis(), id -> expire());
        return;
      } catch (RuntimeException e) { // a Vert.x being closed refuses new timers
        timerOwner = null;
      }
    }
    fail(new TransportException(what + " failed: its Vert.x is closed", null, false));
  }

  /**
   * The request has its connection and is about to be written: from now on failing the exchange
   * resets it. Returns {@code false} if the outcome is settled already (it failed while waiting for
   * the connection): the request is then reset unwritten, which leaves its connection, clean, to
   * the pool.
   */
  boolean attach(HttpClientRequest attached) {
    request = attached;
    if (isSettled()) {
      attached.reset();
      return false;
    }
    return true;
  }

  /**
   * The request is about to be written, on its context's thread: starts the deadline there if the
   * transport had no Vert.x to start it on when the call began.
   */
  void sending() {
    Context context = Vertx.currentContext();
    if (context != null) {
      startDeadline(context.owner());
    }
  }

  /**
   * The length the response head declares, or -1 when it declares none (chunked, or read to the
   * connection's end) or no body follows (a {@code HEAD} request, a 204 or 304). Also marks the
   * exchange as answering, for messages.
   */
  long declaredLength() {
    answering = true;
    HttpClientRequest current = request;
    HttpClientResponse response = current == null ? null : current.response().result();
    if (response == null
        || current.getMethod() == HttpMethod.HEAD
        || response.statusCode() == 204
        || response.statusCode() == 304) {
      return -1; // no body follows, whatever the head says
    }
    String length = response.getHeader("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1; // Vert.x's decoder rejects such a response itself
    }
  }

  /**
   * Gives the response an exception handler of its own, for a response whose body nobody reads
   * (refused on its declared length): Vert.x logs a reset response without one at ERROR level.
   */
  void quietResponse() {
    HttpClientRequest current = request;
    HttpClientResponse response = current == null ? null : current.response().result();
    if (response != null) {
      response.exceptionHandler(ignored -> {});
    }
  }

  /**
   * Fails the exchange, unless its outcome is settled: resets the request, closes its connection
   * and then completes the result (at once if the request has no connection yet).
   */
  void fail(TransportException failure) {
    if (!settled.compareAndSet(false, true)) {
      return;
    }
    stopDeadline();
    HttpClientRequest current = request;
    if (current == null) {
      result.completeExceptionally(failure);
      return;
    }
    discard(current).onComplete(ignored -> result.completeExceptionally(failure));
  }

  /**
   * Takes the Web Client's outcome, unless another came first, in a task of its own on the event
   * loop: the Web Client reports the response from inside the task that read its last byte, before
   * Vert.x has put the connection back in its pool, and a caller woken that early would often find
   * no idle connection for its next request and open another one.
   */
  void complete(AsyncResult<io.vertx.ext.web.client.HttpResponse<byte[]>> outcome) {
    if (isSettled()) {
      return;
    }
    Context context = Vertx.currentContext();
    if (context == null) {
      deliver(outcome);
      return;
    }
    try {
      context.runOnContext(ignored -> deliver(outcome));
    } catch (RuntimeException e) { // the event loop is shutting down
      deliver(outcome);
    }
  }

  private void deliver(AsyncResult<io.vertx.ext.web.client.HttpResponse<byte[]>> outcome) {
    if (!settled.compareAndSet(false, true)) {
      return;
    }
    stopDeadline();
    if (outcome.succeeded()) {
      io.vertx.ext.web.client.HttpResponse<byte[]> response = outcome.result();
      if (response.statusCode() == 407) {
        // only a proxy sends it, never DynamoDB, and the credentials were sent already
        result.completeExceptionally(Failures.proxyRefused(what));
        return;
      }
      byte[] body = response.body();
      result.complete(
          HttpResponse.of(
              response.statusCode(),
              Conversions.headers(response.headers()),
              body == null ? new byte[0] : body));
    } else {
      Throwable mapped;
      try {
        mapped = Failures.map(outcome.cause(), what, connectMillis, attemptMillis, answering);
      } catch (Error e) {
        mapped = e; // thrown here it would be lost in Vert.x, and the call end as a timeout
      }
      result.completeExceptionally(mapped);
    }
  }

  private void expire() {
    synchronized (this) {
      timerId = -1;
    }
    fail(TransportFailures.attemptTimeout(what, attemptMillis, null));
  }

  private void stopDeadline() {
    synchronized (this) {
      if (timerId >= 0) {
        timerOwner.cancelTimer(timerId);
        timerId = -1;
      }
    }
  }

  /** A result failed some other way (a cancelled future, an interrupted caller): reset. */
  private void finished(Throwable failure) {
    stopDeadline();
    HttpClientRequest current = request;
    if (failure != null && current != null) {
      current.reset(); // a no-op on a request already reset or ended
    }
  }

  /**
   * Resets the request, which stops its response, and closes its connection unless that is HTTP/2
   * (where other streams share it). Returns when the connection is closed.
   */
  private static Future<Void> discard(HttpClientRequest current) {
    try {
      current.reset();
      if (current.version() == HttpVersion.HTTP_2) {
        return Future.succeededFuture();
      }
      return current.connection().close().recover(ignored -> Future.succeededFuture());
    } catch (RuntimeException e) {
      return Future.succeededFuture(); // closed already
    }
  }
}
