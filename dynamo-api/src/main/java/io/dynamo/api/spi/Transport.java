package io.dynamo.api.spi;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Sends HTTP requests: the one thing the client needs from an HTTP library.
 *
 * <p>A transport sends exactly the request it is given (the client has already signed it), reads
 * the whole response body up to {@link TransportOptions#maxResponseBytes()}, and reports failures
 * as {@link io.dynamo.api.error.TransportException}: an I/O error, a refused or reset connection,
 * or a stale pooled connection the server had closed (all of which the client may retry), a timeout
 * ({@link io.dynamo.api.error.AttemptTimeoutException}), a body over the cap ({@link
 * io.dynamo.api.error.ResponseTooLargeException}), a TLS certificate or host name not trusted or a
 * proxy's 407 (neither retryable), or a closed transport ({@link
 * io.dynamo.api.error.TransportClosedException}). HTTP error statuses other than 407 are responses,
 * not failures.
 *
 * <p>Implementations must be thread-safe, verify TLS certificates by default, and not follow
 * redirects. Every transport runs the same contract test suite.
 */
public interface Transport extends AutoCloseable {

  /**
   * Sends a request and waits for the whole response. The client cannot end a synchronous attempt
   * itself: this must return or throw within {@code timeout}.
   *
   * @param timeout the most time the attempt may take, from sending to the last body byte
   * @throws io.dynamo.api.error.TransportException on I/O failure or timeout
   */
  HttpResponse execute(HttpRequest request, Duration timeout);

  /**
   * Sends a request without blocking the caller. The future fails with a {@link
   * io.dynamo.api.error.TransportException} on I/O failure or timeout.
   *
   * <p>A future still pending shortly (50 ms) after {@code timeout}, or at the end of the call's
   * own timeout, is cancelled by the client, which ends the attempt with an {@link
   * io.dynamo.api.error.AttemptTimeoutException}; what the future does afterwards is ignored. A
   * transport should still end the attempt itself in time, which frees its connection and reports
   * the more precise failure, and should stop the exchange when its future is cancelled.
   *
   * @param timeout the most time the attempt may take, from sending to the last body byte
   */
  CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout);

  /** A short name for logs and the User-Agent, such as {@code jdk}. */
  String name();

  /**
   * Releases connections and threads. Calls in flight end promptly with a {@link
   * io.dynamo.api.error.TransportClosedException}, as do calls made afterwards; closing twice does
   * nothing more.
   */
  @Override
  void close();
}
