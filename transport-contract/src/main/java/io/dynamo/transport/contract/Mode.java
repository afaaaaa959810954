package io.dynamo.transport.contract;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The two ways to call a transport. Tests that run in both modes expect the same outcome from each:
 * the same response, or the same exception type.
 */
enum Mode {
  /** {@link Transport#execute}. */
  SYNC {
    @Override
    HttpResponse send(Transport transport, HttpRequest request, Duration timeout) {
      return transport.execute(request, timeout);
    }
  },

  /** {@link Transport#executeAsync}, then waiting for the future; its failure is rethrown. */
  ASYNC {
    @Override
    HttpResponse send(Transport transport, HttpRequest request, Duration timeout) {
      CompletableFuture<HttpResponse> future = transport.executeAsync(request, timeout);
      try {
        return future.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new AssertionError("executeAsync failed with a checked exception", cause);
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new AssertionError(
            "executeAsync's future was not complete "
                + GRACE.toSeconds()
                + " s after the attempt timeout of "
                + timeout.toMillis()
                + " ms");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for executeAsync", e);
      }
    }
  };

  /** How long after the attempt timeout an asynchronous call may still be incomplete. */
  static final Duration GRACE = Duration.ofSeconds(10);

  /**
   * Sends the request this way and returns the response, or throws what the transport failed with.
   */
  abstract HttpResponse send(Transport transport, HttpRequest request, Duration timeout);
}
