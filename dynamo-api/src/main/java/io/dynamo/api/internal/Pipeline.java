package io.dynamo.api.internal;

import io.dynamo.api.ApiCallTimeoutException;
import io.dynamo.api.ApiRequest;
import io.dynamo.api.ApiResponse;
import io.dynamo.api.AttemptTimeoutException;
import io.dynamo.api.CrcMismatchException;
import io.dynamo.api.DynamoServiceException;
import io.dynamo.api.Interceptor;
import io.dynamo.api.RetryPolicy;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.RequestSigner;
import io.dynamo.sign.SignableRequest;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The path every call takes: call interceptors, then per attempt the headers, a fresh signature,
 * the attempt interceptors and the transport, then the CRC32 check and error mapping, with retries
 * (backoff with full jitter, a shared retry quota) and clock-skew correction around the attempts.
 *
 * <p>Synchronous calls run on the caller's thread (interceptors get completed futures);
 * asynchronous calls never block. Thread-safe.
 */
public final class Pipeline implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("io.dynamo.api");
  private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private final URI endpoint;
  private final Transport transport;
  private final boolean ownsTransport;
  private final RequestSigner signer;
  private final SkewClock clock;
  private final RetryPolicy retryPolicy;
  private final RetryQuota quota;
  private final List<Interceptor> interceptors;
  private final String userAgent;
  private final Duration attemptTimeout;
  private final Duration callTimeout;
  private final CodecRegistry registry;
  private final Telemetry telemetry;

  /** Options given through {@link #withOptions}; only their headers are read per attempt. */
  private final io.dynamo.api.RequestOptions extra;

  public Pipeline(
      URI endpoint,
      Transport transport,
      boolean ownsTransport,
      RequestSigner signer,
      SkewClock clock,
      RetryPolicy retryPolicy,
      List<Interceptor> interceptors,
      String userAgent,
      Duration attemptTimeout,
      Duration callTimeout,
      CodecRegistry registry) {
    this(
        endpoint,
        transport,
        ownsTransport,
        signer,
        clock,
        retryPolicy,
        new RetryQuota(retryPolicy.quotaCapacity()),
        interceptors,
        userAgent,
        attemptTimeout,
        callTimeout,
        registry,
        Telemetry.NONE,
        io.dynamo.api.RequestOptions.none());
  }

  private Pipeline(
      URI endpoint,
      Transport transport,
      boolean ownsTransport,
      RequestSigner signer,
      SkewClock clock,
      RetryPolicy retryPolicy,
      RetryQuota quota,
      List<Interceptor> interceptors,
      String userAgent,
      Duration attemptTimeout,
      Duration callTimeout,
      CodecRegistry registry,
      Telemetry telemetry,
      io.dynamo.api.RequestOptions extra) {
    this.endpoint = endpoint;
    this.transport = transport;
    this.ownsTransport = ownsTransport;
    this.signer = signer;
    this.clock = clock;
    this.retryPolicy = retryPolicy;
    this.quota = quota;
    this.interceptors = List.copyOf(interceptors);
    this.userAgent = userAgent;
    this.attemptTimeout = attemptTimeout;
    this.callTimeout = callTimeout;
    this.registry = registry;
    this.telemetry = telemetry;
    this.extra = extra;
  }

  /** Runs a call on this thread. */
  public ApiResponse execute(ApiRequest request) {
    Observation observation =
        request == null ? null : telemetry.start(request.operation(), null, request.body(), false);
    if (observation == null) {
      return execute(request, null);
    }
    try {
      ApiResponse response = execute(request, observation);
      observation.ended(null, response.body(), null);
      return response;
    } catch (RuntimeException | Error e) {
      observation.ended(null, null, e);
      throw e;
    }
  }

  /** Starts observing a typed call of {@code request}: null if nobody observes. */
  Observation observe(ApiRequest request, Object typed, boolean async) {
    return telemetry.start(request.operation(), typed, request.body(), async);
  }

  /** Runs a call on this thread, its attempts told to {@code observation} (if not null). */
  ApiResponse execute(ApiRequest request, Observation observation) {
    CompletableFuture<ApiResponse> result =
        new CallChainImpl(interceptors, -1, request, r -> runSync(r, observation)).proceed(request);
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw Futures.unwrap(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.dynamo.api.TransportException(
          "interrupted while waiting for " + request.operation(), e);
    }
  }

  /**
   * Runs a call without blocking. The future fails with the call's exception itself (not wrapped);
   * cancelling it stops the call's retries.
   */
  public CompletableFuture<ApiResponse> executeAsync(ApiRequest request) {
    Observation observation =
        request == null ? null : telemetry.start(request.operation(), null, request.body(), true);
    if (observation == null) {
      return executeAsync(request, null, null);
    }
    return executeAsync(
        request,
        observation,
        (response, error) ->
            observation.ended(null, response == null ? null : response.body(), error));
  }

  /**
   * Runs a call without blocking, its attempts told to {@code observation} (if not null); {@code
   * onEnd} (if not null) is told the outcome before the returned future completes.
   */
  CompletableFuture<ApiResponse> executeAsync(
      ApiRequest request,
      Observation observation,
      java.util.function.BiConsumer<ApiResponse, Throwable> onEnd) {
    return Futures.map(
        new CallChainImpl(interceptors, -1, request, r -> runAsync(r, observation))
            .proceed(request),
        r -> r,
        onEnd);
  }

  /**
   * This pipeline with another retry policy: the same transport (which the copy never closes),
   * signer, clock, retry quota and interceptors.
   */
  public Pipeline withRetryPolicy(RetryPolicy policy) {
    return withOptions(io.dynamo.api.RequestOptions.builder().retryPolicy(policy).build());
  }

  /**
   * This pipeline with {@code options} over its own settings: the same transport (which the copy
   * never closes), signer, clock, retry quota, interceptors and observers. Headers add to the ones
   * this pipeline already adds, replacing those of the same name.
   */
  public Pipeline withOptions(io.dynamo.api.RequestOptions options) {
    return new Pipeline(
        endpoint,
        transport,
        false,
        signer,
        clock,
        options.retryPolicy().orElse(retryPolicy),
        quota,
        interceptors,
        userAgent,
        options.attemptTimeout().orElse(attemptTimeout),
        options.callTimeout().orElse(callTimeout),
        registry,
        telemetry,
        extra.merge(options));
  }

  /**
   * This pipeline observed by {@code observers}: its listeners, the per-call DEBUG line and the
   * wire log. Owns the transport as this one does.
   */
  public Pipeline withTelemetry(Telemetry observers) {
    return new Pipeline(
        endpoint,
        transport,
        ownsTransport,
        signer,
        clock,
        retryPolicy,
        quota,
        interceptors,
        userAgent,
        attemptTimeout,
        callTimeout,
        registry,
        java.util.Objects.requireNonNull(observers, "observers"),
        extra);
  }

  /** The retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The call timeout. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The {@link System#nanoTime()} by which a call starting now must end. */
  public long deadlineFromNow() {
    return System.nanoTime() + callTimeout.toNanos();
  }

  /** The registry responses are decoded with. */
  public CodecRegistry registry() {
    return registry;
  }

  /** The endpoint calls go to. */
  public URI endpoint() {
    return endpoint;
  }

  /** The signing clock, with any correction learnt from the server. */
  public SkewClock clock() {
    return clock;
  }

  /** Closes the transport if the client created it; a transport the user gave stays open. */
  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }

  // ---- synchronous retry loop -------------------------------------------------------------

  private CompletableFuture<ApiResponse> runSync(ApiRequest request, Observation observation) {
    CallState state =
        new CallState(request, System.nanoTime() + callTimeout.toNanos(), observation);
    boolean wire = telemetry.wireLogOn();
    while (true) {
      state.attempt++;
      state.attemptStartNanos = observation != null ? System.nanoTime() : 0;
      Duration timeout = attemptTimeout(state);
      RuntimeException failure;
      HttpResponse response = null;
      try {
        HttpRequest http = sign(state, request);
        int number = state.attempt;
        CompletableFuture<HttpResponse> attempt =
            AttemptChainImpl.run(
                interceptors,
                http,
                request,
                number,
                wire
                    ? r -> WireLog.send(request, number, r, x -> sendSync(x, timeout))
                    : r -> sendSync(r, timeout));
        response = attempt.getNow(null);
        if (response == null) {
          response = attempt.join();
        }
        ApiResponse accepted = accept(state, response);
        if (observation != null) {
          observation.attemptEnded(state.attempt, state.attemptStartNanos, response, null, false);
        }
        return CompletableFuture.completedFuture(accepted);
      } catch (CompletionException e) {
        failure = Futures.unwrap(e.getCause());
      } catch (RuntimeException e) {
        failure = e;
      }
      if (Thread.currentThread().isInterrupted()) {
        // The caller wants this thread back: no retry (a zero wait would not notice).
        attemptFailed(state, response, failure, false);
        return CompletableFuture.failedFuture(finalFailure(state, failure));
      }
      Duration delay = nextDelay(state, failure);
      attemptFailed(state, response, failure, delay != null);
      if (delay == null) {
        return CompletableFuture.failedFuture(finalFailure(state, failure));
      }
      if (!sleep(delay)) {
        return CompletableFuture.failedFuture(finalFailure(state, failure));
      }
    }
  }

  private static void attemptFailed(
      CallState state, HttpResponse response, RuntimeException failure, boolean willRetry) {
    if (state.observation != null) {
      state.observation.attemptEnded(
          state.attempt, state.attemptStartNanos, response, failure, willRetry);
    }
  }

  private CompletableFuture<HttpResponse> sendSync(HttpRequest request, Duration timeout) {
    try {
      return CompletableFuture.completedFuture(transport.execute(request, timeout));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static boolean sleep(Duration delay) {
    if (delay.isZero()) {
      return true;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(delay.toNanos());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // ---- asynchronous retry loop ------------------------------------------------------------

  private CompletableFuture<ApiResponse> runAsync(ApiRequest request, Observation observation) {
    CallState state =
        new CallState(request, System.nanoTime() + callTimeout.toNanos(), observation);
    CompletableFuture<ApiResponse> result = new CompletableFuture<>();
    attemptAsync(state, result);
    return result;
  }

  private void attemptAsync(CallState state, CompletableFuture<ApiResponse> result) {
    state.attempt++;
    state.attemptStartNanos = state.observation != null ? System.nanoTime() : 0;
    boolean wire = telemetry.wireLogOn();
    int number = state.attempt;
    CompletableFuture<HttpResponse> attempt;
    try {
      attempt =
          signAsyncWithin(state, state.request)
              .thenCompose(
                  http ->
                      AttemptChainImpl.run(
                          interceptors,
                          http,
                          state.request,
                          number,
                          wire
                              ? r ->
                                  WireLog.send(
                                      state.request,
                                      number,
                                      r,
                                      x -> sendAsync(x, attemptTimeout(state)))
                              : r -> sendAsync(r, attemptTimeout(state))));
    } catch (RuntimeException e) {
      attempt = CompletableFuture.failedFuture(e);
    }
    attempt.whenComplete(
        (response, error) -> {
          // Whatever is thrown here, an Error included, must fail the call: CompletableFuture
          // would swallow it and leave the caller's future pending forever.
          try {
            afterAttempt(state, result, response, error);
          } catch (Throwable t) {
            result.completeExceptionally(t);
          }
        });
  }

  private void afterAttempt(
      CallState state,
      CompletableFuture<ApiResponse> result,
      HttpResponse response,
      Throwable error) {
    if (result.isDone()) {
      // cancelled by the caller: no retry
      if (state.observation != null) {
        attemptFailed(state, response, new java.util.concurrent.CancellationException(), false);
      }
      return;
    }
    RuntimeException failure;
    if (error == null) {
      try {
        ApiResponse accepted = accept(state, response);
        if (state.observation != null) {
          state.observation.attemptEnded(
              state.attempt, state.attemptStartNanos, response, null, false);
        }
        result.complete(accepted);
        return;
      } catch (RuntimeException e) {
        failure = e;
      }
    } else {
      failure = Futures.unwrap(error); // throws an Error as it is
    }
    Duration delay = nextDelay(state, failure);
    attemptFailed(state, response, failure, delay != null);
    if (delay == null) {
      result.completeExceptionally(finalFailure(state, failure));
      return;
    }
    Executor later = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
    later.execute(
        () -> {
          try {
            attemptAsync(state, result);
          } catch (Throwable t) {
            result.completeExceptionally(t); // the delayed executor would swallow it
          }
        });
  }

  private CompletableFuture<HttpResponse> sendAsync(HttpRequest request, Duration timeout) {
    try {
      return transport.executeAsync(request, timeout);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  // ---- shared steps -----------------------------------------------------------------------

  /**
   * Signs an attempt on this thread. Credentials the signer must wait for are waited for no longer
   * than the call has left.
   */
  private HttpRequest sign(CallState state, ApiRequest request) {
    List<HttpHeader> headers = headers(state, request);
    CompletableFuture<List<HttpHeader>> auth = signAsync(headers, request);
    List<HttpHeader> added;
    try {
      added =
          auth.isDone()
              ? auth.join()
              : auth.get(Math.max(state.remainingNanos(), 1), TimeUnit.NANOSECONDS);
    } catch (CompletionException | ExecutionException e) {
      throw Futures.unwrap(e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw waitedTooLongForCredentials(state);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.dynamo.api.TransportException(
          "interrupted while waiting for credentials for " + request.operation(), e);
    }
    headers.addAll(added);
    return HttpRequest.of("POST", endpoint, headers, request.body());
  }

  /**
   * Signs an attempt without blocking: the request once credentials are there, or the call's
   * timeout if they are not there in time.
   */
  private CompletableFuture<HttpRequest> signAsyncWithin(CallState state, ApiRequest request) {
    List<HttpHeader> headers = headers(state, request);
    CompletableFuture<List<HttpHeader>> auth = signAsync(headers, request);
    if (!auth.isDone()) {
      // a copy: the signer's future may be shared by other calls, which a timeout must not fail
      CompletableFuture<List<HttpHeader>> mine = new CompletableFuture<>();
      auth.whenComplete(
          (h, t) -> {
            if (t != null) {
              mine.completeExceptionally(t);
            } else {
              mine.complete(h);
            }
          });
      CompletableFuture.delayedExecutor(Math.max(state.remainingNanos(), 1), TimeUnit.NANOSECONDS)
          .execute(() -> mine.completeExceptionally(waitedTooLongForCredentials(state)));
      auth = mine;
    }
    return auth.thenApply(
        added -> {
          headers.addAll(added);
          return HttpRequest.of("POST", endpoint, headers, request.body());
        });
  }

  private List<HttpHeader> headers(CallState state, ApiRequest request) {
    state.signedWithOffset = clock.offset();
    List<HttpHeader> added = extra.headers();
    List<HttpHeader> headers = new ArrayList<>(8 + added.size());
    headers.add(HttpHeader.of("Content-Type", CONTENT_TYPE));
    headers.add(HttpHeader.of("X-Amz-Target", request.operation().target()));
    headers.add(HttpHeader.of("User-Agent", userAgent));
    headers.addAll(added);
    return headers;
  }

  private CompletableFuture<List<HttpHeader>> signAsync(
      List<HttpHeader> headers, ApiRequest request) {
    try {
      CompletableFuture<List<HttpHeader>> auth =
          signer.signAsync(SignableRequest.of("POST", endpoint, headers, request.body()));
      return auth != null
          ? auth
          : CompletableFuture.failedFuture(
              new io.dynamo.sign.SigningException("the request signer returned no headers"));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private ApiCallTimeoutException waitedTooLongForCredentials(CallState state) {
    return new ApiCallTimeoutException(
        state.request.operation()
            + " did not complete within the call timeout of "
            + callTimeout.toMillis()
            + " ms (waiting for credentials on attempt "
            + state.attempt
            + ")",
        null);
  }

  private Duration attemptTimeout(CallState state) {
    long remaining = state.remainingNanos();
    return remaining < attemptTimeout.toNanos()
        ? Duration.ofNanos(Math.max(remaining, 1))
        : attemptTimeout;
  }

  /** Checks the CRC32 and the status: a success becomes the response, anything else throws. */
  private ApiResponse accept(CallState state, HttpResponse response) {
    String crc = response.header("x-amz-crc32").orElse(null);
    if (crc != null) {
      CRC32 checksum = new CRC32();
      checksum.update(response.body());
      if (!crc.trim().equals(Long.toString(checksum.getValue()))) {
        throw new CrcMismatchException(
            state.request.operation()
                + " response body has CRC32 "
                + checksum.getValue()
                + " but its x-amz-crc32 header says "
                + crc
                + "; the body was damaged in transit");
      }
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      if (state.tokensTaken > 0) {
        quota.release(state.tokensTaken);
      } else {
        quota.release(1);
      }
      return ApiResponse.of(state.request.operation(), response, state.attempt);
    }
    DynamoServiceException error = ErrorMapper.map(state.request.operation(), response, registry);
    // Retried once if this response corrects the clock, or if another call corrected it after
    // this attempt was signed (concurrent calls all fail alike, but only one moves the clock).
    if (isSkewError(error)
        && (clock.adjustFrom(response.header("Date").orElse(null))
            || !clock.offset().equals(state.signedWithOffset))) {
      state.skewCorrected = true;
      LOG.log(
          Level.DEBUG,
          "corrected the signing clock by {0} after {1}",
          clock.offset(),
          error.errorType());
    }
    throw error;
  }

  private static boolean isSkewError(DynamoServiceException e) {
    String type = e.errorType();
    if ("RequestTimeTooSkewed".equals(type) || "RequestExpired".equals(type)) {
      return true;
    }
    String message = e.errorMessage();
    return "InvalidSignatureException".equals(type)
        && (message.contains("Signature expired") || message.contains("not yet current"));
  }

  /** The wait before the next attempt, or null to give up with {@code failure}. */
  private Duration nextDelay(CallState state, RuntimeException failure) {
    state.failures.add(failure);
    if (state.remainingNanos() <= 0) {
      state.outOfTime = retryPolicy.isRetryable(failure);
      return null;
    }
    if (state.skewCorrected && !state.skewRetried) {
      state.skewRetried = true;
      return Duration.ZERO;
    }
    if (!retryPolicy.isRetryable(failure) || state.attempt >= retryPolicy.maxAttempts()) {
      return null;
    }
    Duration delay = retryPolicy.delayBefore(state.attempt, failure);
    if (delay.toNanos() >= state.remainingNanos()) {
      state.outOfTime = true;
      return null;
    }
    int cost = retryPolicy.retryCost() * (failure instanceof AttemptTimeoutException ? 2 : 1);
    if (!quota.tryAcquire(cost)) {
      LOG.log(
          Level.DEBUG,
          "{0}: retry quota exhausted, not retrying {1}",
          state.request.operation(),
          failure.getClass().getSimpleName());
      return null;
    }
    state.tokensTaken += cost;
    LOG.log(
        Level.DEBUG,
        "{0}: attempt {1} failed ({2}), retrying in {3} ms",
        state.request.operation(),
        state.attempt,
        failure.getClass().getSimpleName(),
        delay.toMillis());
    return delay;
  }

  /**
   * The exception to throw: the last failure, earlier ones suppressed; a timeout if time ran out.
   */
  private RuntimeException finalFailure(CallState state, RuntimeException last) {
    RuntimeException result = last;
    if (state.outOfTime) {
      result =
          new ApiCallTimeoutException(
              state.request.operation()
                  + " did not complete within the call timeout of "
                  + callTimeout.toMillis()
                  + " ms ("
                  + state.attempt
                  + " attempts)",
              last);
    }
    for (Throwable earlier : state.failures) {
      if (earlier != result && earlier != last) {
        result.addSuppressed(earlier);
      }
    }
    return result;
  }
}
