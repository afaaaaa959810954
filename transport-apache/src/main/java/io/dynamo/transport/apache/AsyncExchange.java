package io.dynamo.transport.apache;

import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportFailures;
import io.dynamo.codec.DynamoException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.async.HttpAsyncClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;

/**
 * One call of {@link ApacheTransport#executeAsync} on the async client: completes {@link #result()}
 * exactly once, with the response or the client's exception.
 *
 * <p>Whatever ends the call first wins: the response, a failure, the attempt deadline ({@link
 * #timeOut()}, from the transport's timer), {@link ApacheTransport#close()}, or the caller
 * cancelling the future. Whenever the result is a failure, HttpClient's exchange is cancelled,
 * which closes its connection rather than returning it to the pool with a response still to come.
 *
 * <p>Results are completed on {@code callbacks}, the transport's own threads, so that the client's
 * callbacks, and whatever a user chains on them, never run on (and never block) HttpClient's I/O
 * reactor threads, nor the timer. A call failed by {@code close()} completes on the closing thread.
 */
final class AsyncExchange implements FutureCallback<HttpResponse>, InFlight {
  private final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
  private final AtomicBoolean decided = new AtomicBoolean();
  private final String what;
  private final Failures.Timeouts timeouts;
  private final Executor callbacks;
  private volatile Future<HttpResponse> exchange;

  AsyncExchange(String what, Failures.Timeouts timeouts, Executor callbacks) {
    this.what = what;
    this.timeouts = timeouts;
    this.callbacks = callbacks;
    result.whenComplete(
        (response, failure) -> {
          Future<HttpResponse> started = exchange;
          if (failure != null && started != null) {
            started.cancel(true);
          }
        });
  }

  /** The response, or the failure. */
  CompletableFuture<HttpResponse> result() {
    return result;
  }

  /** Hands the request to HttpClient, unless the call has ended already. */
  void start(
      HttpAsyncClient client,
      AsyncRequestProducer request,
      ResponseCollector collector,
      HttpClientContext context) {
    if (decided.get() || result.isDone()) {
      return;
    }
    Future<HttpResponse> started;
    try {
      started = client.execute(request, collector, null, context, this);
    } catch (RuntimeException e) {
      fail(e, false);
      return;
    }
    exchange = started;
    if (decided.get() || result.isDone()) {
      started.cancel(true); // ended meanwhile; cancelling a finished exchange does nothing
    }
  }

  /** The attempt deadline passed. */
  void timeOut() {
    if (decide(
        () ->
            result.completeExceptionally(
                TransportFailures.attemptTimeout(what, timeouts.attemptMillis(), null)))) {
      Future<HttpResponse> started = exchange;
      if (started != null) {
        started.cancel(true); // at once, not when a callback thread gets to it
      }
    }
  }

  @Override
  public void abortOnClose() {
    if (decided.compareAndSet(false, true)) {
      result.completeExceptionally(Failures.closedInFlight(what, null));
    }
  }

  @Override
  public void completed(HttpResponse response) {
    if (response.statusCode() == 407) {
      decide(() -> result.completeExceptionally(Failures.proxyAuthenticationRequired(what)));
    } else {
      decide(() -> result.complete(response));
    }
  }

  @Override
  public void failed(Exception failure) {
    fail(failure, true);
  }

  /**
   * Fails the call with {@code failure}, which HttpClient reported for the exchange ({@code
   * duringExchange}) or {@code execute} threw.
   */
  private void fail(Exception failure, boolean duringExchange) {
    if (decided.get() || result.isDone()) {
      return; // timed out, closed or cancelled meanwhile: that outcome stands
    }
    Throwable mapped;
    try {
      mapped = Failures.map(failure, what, timeouts);
      if (duringExchange && !(mapped instanceof DynamoException)) {
        // whatever the I/O reactor caught while it read the response, such as httpcore's
        // IllegalArgumentException for a negative chunk size (found by HttpResponseFuzzTest):
        // the exchange failed, not the caller
        mapped = TransportFailures.failed(what, failure);
      }
    } catch (Error e) {
      mapped = e; // thrown here it would be swallowed, and the call would end as a timeout
    }
    Throwable outcome = mapped;
    decide(() -> result.completeExceptionally(outcome));
  }

  @Override
  public void cancelled() {
    decide(() -> result.completeExceptionally(new TransportException(what + " was cancelled")));
  }

  /**
   * Settles the outcome, if no other has been, and completes the result with it on a callback
   * thread.
   *
   * @return whether this was the outcome
   */
  private boolean decide(Runnable completion) {
    if (result.isDone() || !decided.compareAndSet(false, true)) {
      return false;
    }
    deliver(completion);
    return true;
  }

  private void deliver(Runnable completion) {
    try {
      callbacks.execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run(); // the transport is closing
    }
  }
}
