package io.dynamo.api.internal;

import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ApiCallTimeoutException;
import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.CrcMismatchException;
import io.dynamo.api.error.DynamoServiceException;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The path every call takes: call interceptors, then per attempt the headers, a fresh signature,
 * the attempt interceptors and the transport, then the CRC32 check and error mapping, with retries
 * (backoff with full jitter, a shared retry quota) and clock-skew correction around the attempts.
 *
 * <p>Synchronous calls run on the caller's thread (interceptors get completed futures), and rely on
 * the transport to end each attempt within the timeout it is given: nothing interrupts the caller's
 * thread. Asynchronous calls never block, and keep their deadlines themselves: an attempt the
 * transport has not ended shortly after its timeout is ended and its future cancelled, and the call
 * fails at its deadline whatever its attempt is doing (see {@link AsyncCall}); the timers are those
 * of the shared {@link Timers}. Thread-safe.
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

  /** The opt-in validation of typed requests and table items; null (the usual) when not set. */
  private final io.dynamo.api.call.RequestValidator validator;

  /** Options given through {@link #withOptions}; only their headers are read per attempt. */
  private final io.dynamo.api.call.RequestOptions extra;

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
        null,
        io.dynamo.api.call.RequestOptions.none());
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
      io.dynamo.api.call.RequestValidator validator,
      io.dynamo.api.call.RequestOptions extra) {
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
    this.validator = validator;
    this.extra = extra;
  }

  /** A copy of {@code p} with the settings a derived pipeline may change. */
  private Pipeline(
      Pipeline p,
      boolean ownsTransport,
      RetryPolicy retryPolicy,
      Duration attemptTimeout,
      Duration callTimeout,
      Telemetry telemetry,
      io.dynamo.api.call.RequestValidator validator,
      io.dynamo.api.call.RequestOptions extra) {
    this(
        p.endpoint,
        p.transport,
        ownsTransport,
        p.signer,
        p.clock,
        retryPolicy,
        p.quota,
        p.interceptors,
        p.userAgent,
        attemptTimeout,
        callTimeout,
        p.registry,
        telemetry,
        validator,
        extra);
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
      throw new io.dynamo.api.error.TransportException(
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
    return withOptions(io.dynamo.api.call.RequestOptions.builder().retryPolicy(policy).build());
  }

  /**
   * This pipeline with {@code options} over its own settings: the same transport (which the copy
   * never closes), signer, clock, retry quota, interceptors and observers. Headers add to the ones
   * this pipeline already adds, replacing those of the same name.
   */
  public Pipeline withOptions(io.dynamo.api.call.RequestOptions options) {
    return new Pipeline(
        this,
        false,
        options.retryPolicy().orElse(retryPolicy),
        options.attemptTimeout().orElse(attemptTimeout),
        options.callTimeout().orElse(callTimeout),
        telemetry,
        validator,
        extra.merge(options));
  }

  /**
   * This pipeline observed by {@code observers}: its listeners, the per-call DEBUG line and the
   * wire log. Owns the transport as this one does.
   */
  public Pipeline withTelemetry(Telemetry observers) {
    return new Pipeline(
        this,
        ownsTransport,
        retryPolicy,
        attemptTimeout,
        callTimeout,
        java.util.Objects.requireNonNull(observers, "observers"),
        validator,
        extra);
  }

  /**
   * This pipeline with typed requests and table items checked by {@code validator} (null for none).
   * Owns the transport as this one does.
   */
  public Pipeline withValidator(io.dynamo.api.call.RequestValidator validator) {
    return new Pipeline(
        this, ownsTransport, retryPolicy, attemptTimeout, callTimeout, telemetry, validator, extra);
  }

  /** The validation of typed requests and table items, or null when there is none. */
  public io.dynamo.api.call.RequestValidator validator() {
    return validator;
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

  /**
   * How long after an attempt's timeout an asynchronous call ends an attempt its transport has not
   * ended: long enough that a transport honouring the timeout it is given fails the attempt first,
   * with its own more precise exception; short enough that a transport ignoring it costs little
   * more.
   */
  private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  /**
   * A deadline further than this is never armed: it could not come (timeouts stop at a century).
   */
  private static final long NEVER_NANOS = TimeUnit.DAYS.toNanos(36_000);

  // what the open attempt of an asynchronous call is doing
  private static final int SIGNING = 1; // waiting for credentials
  private static final int PREPARING = 2; // signed, in the attempt interceptors
  private static final int SENDING = 3; // given to the transport
  private static final int WAITING = 4; // no attempt open: waiting to retry

  private CompletableFuture<ApiResponse> runAsync(ApiRequest request, Observation observation) {
    AsyncCall call =
        new AsyncCall(
            new CallState(request, System.nanoTime() + callTimeout.toNanos(), observation));
    call.attempt();
    return call;
  }

  private CompletableFuture<HttpResponse> sendAsync(HttpRequest request, Duration timeout) {
    try {
      CompletableFuture<HttpResponse> sent = transport.executeAsync(request, timeout);
      return sent != null
          ? sent
          : CompletableFuture.failedFuture(
              new io.dynamo.api.error.TransportException(
                  "the " + transport.name() + " transport returned no future (a bug of it)",
                  null,
                  false));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static <T> CompletableFuture<T> notSent() {
    return CompletableFuture.failedFuture(new CancellationException("the call has ended"));
  }

  /**
   * One asynchronous call, which is its own future. Whatever ends an attempt first ends it (the
   * transport's answer, the attempt's timer, the call's timer, the caller's cancel); the others
   * find it ended and do nothing: a late answer is dropped. The call's end is told to the listeners
   * once, by whoever completes this future.
   *
   * <p>At most one timer is armed at a time, on the shared {@link Timers}: while the transport has
   * the attempt, at its timeout plus {@link #GRACE_NANOS} or the call's deadline if that comes
   * first; while credentials or attempt interceptors are awaited, at the call's deadline; between
   * attempts, at the end of the backoff. It is cancelled as soon as what it waits for happens, and
   * none is armed for an attempt that ended before the transport returned its future. When it
   * fires, the attempt ends with an {@link AttemptTimeoutException} (retried as any other) and the
   * transport's future is cancelled; at the call's deadline the call then fails at once, as when
   * the transport reports the timeout itself: with an {@link ApiCallTimeoutException} if the
   * timeout would have been retried, else with the attempt's exception.
   *
   * <p>The timer thread only hands the call over ({@link #call}); what a timer means is decided on
   * {@link Timers#HANDOFF} ({@link #run}). The fields below change under this object's lock; the
   * transport, interceptors and listeners are never called holding it.
   */
  private final class AsyncCall extends CompletableFuture<ApiResponse>
      implements Callable<Void>, Runnable {
    private final CallState state;

    private boolean ended;

    /** The attempt whose end is awaited, 0 if none. */
    private int open;

    /** What the open attempt is doing, or {@link #WAITING}. */
    private int phase;

    /**
     * The transport's future of the open attempt, once it has one, and the timeout it was given.
     */
    private CompletableFuture<HttpResponse> sent;

    private long sentTimeoutNanos;

    /** The armed timer, or null, and when it is due, in {@link System#nanoTime()}. */
    private ScheduledFuture<?> timer;

    private long due;

    AsyncCall(CallState state) {
      this.state = state;
    }

    /** Starts the next attempt. */
    void attempt() {
      long start = state.observation != null ? System.nanoTime() : 0;
      boolean wire = telemetry.wireLogOn();
      CompletableFuture<HttpRequest> signing = signWithoutBlocking(state, state.request);
      boolean waiting = !signing.isDone();
      int number;
      synchronized (this) {
        if (ended || isDone()) {
          return;
        }
        number = ++state.attempt;
        state.attemptStartNanos = start;
        open = number;
        phase = waiting ? SIGNING : PREPARING;
      }
      CompletableFuture<HttpResponse> attempt;
      try {
        attempt =
            signing.thenCompose(
                http -> waiting && !signed(number) ? notSent() : chain(http, number, wire));
      } catch (RuntimeException e) {
        attempt = CompletableFuture.failedFuture(e);
      }
      attempt.whenComplete(
          (response, error) -> {
            // Whatever is thrown here, an Error included, must fail the call: CompletableFuture
            // would swallow it and leave the caller's future pending forever.
            try {
              attemptEnded(number, response, error);
            } catch (Throwable t) {
              end(null, t);
            }
          });
      if (!attempt.isDone()) {
        synchronized (this) {
          if (open == number && timer == null && !ended) {
            arm(state.deadlineNanos); // credentials or an interceptor awaited
          }
        }
      }
    }

    private CompletableFuture<HttpResponse> chain(HttpRequest http, int number, boolean wire) {
      return AttemptChainImpl.run(
          interceptors,
          http,
          state.request,
          number,
          wire
              ? r -> WireLog.send(state.request, number, r, x -> send(number, x))
              : r -> send(number, r));
    }

    /** The credentials came for attempt {@code number}: whether it is still awaited. */
    private synchronized boolean signed(int number) {
      if (ended || open != number || isDone()) {
        return false;
      }
      phase = PREPARING;
      return true;
    }

    /** Gives attempt {@code number} to the transport, unless the call has ended. */
    private CompletableFuture<HttpResponse> send(int number, HttpRequest http) {
      Duration timeout = attemptTimeout(state);
      synchronized (this) {
        if (ended || open != number || isDone()) {
          return notSent();
        }
        phase = SENDING;
      }
      long attemptDue = System.nanoTime() + timeout.toNanos() + GRACE_NANOS;
      CompletableFuture<HttpResponse> f = sendAsync(http, timeout);
      boolean late;
      synchronized (this) {
        late = ended || open != number;
        if (!late) {
          sent = f;
          sentTimeoutNanos = timeout.toNanos();
          if (!f.isDone()) {
            arm(attemptDue - state.deadlineNanos < 0 ? attemptDue : state.deadlineNanos);
          }
        }
      }
      if (late) {
        f.cancel(false); // the call ended while the transport was being called
      }
      return f;
    }

    /** Attempt {@code number}'s future completed. */
    private void attemptEnded(int number, HttpResponse response, Throwable error) {
      boolean completedElsewhere;
      synchronized (this) {
        if (open != number) {
          if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(
                Level.DEBUG,
                "{0}: attempt {1} ended after it had been ended; its {2} is dropped",
                state.request.operation(),
                number,
                response != null ? "response" : String.valueOf(Futures.cause(error)));
          }
          return;
        }
        open = 0;
        sent = null;
        disarm();
        completedElsewhere = ended || isDone();
      }
      if (completedElsewhere) {
        // completed by a call interceptor holding this future: no retry
        if (state.observation != null) {
          attemptFailed(state, response, new CancellationException(), false);
        }
        return;
      }
      afterAttempt(response, error);
    }

    private void afterAttempt(HttpResponse response, Throwable error) {
      RuntimeException failure;
      if (error == null) {
        try {
          ApiResponse accepted = accept(state, response);
          if (state.observation != null) {
            state.observation.attemptEnded(
                state.attempt, state.attemptStartNanos, response, null, false);
          }
          end(accepted, null);
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
        end(null, finalFailure(state, failure));
        return;
      }
      synchronized (this) {
        if (!ended && !isDone()) {
          phase = WAITING;
          long at = System.nanoTime() + delay.toNanos();
          arm(at - state.deadlineNanos < 0 ? at : state.deadlineNanos);
        }
      }
    }

    /**
     * The timer fired, on the timer thread: hands the call over, as ending it runs others' code.
     */
    @Override
    public Void call() {
      try {
        Timers.HANDOFF.execute(this);
      } catch (Throwable t) {
        run(); // an executor that refuses work, or no thread for it: here, then, not never
      }
      return null;
    }

    /** The timer fired: ends the open attempt or the call, or starts the next attempt. */
    @Override
    public void run() {
      try {
        fired();
      } catch (Throwable t) {
        end(null, t);
      }
    }

    private void fired() {
      int number;
      int was;
      CompletableFuture<HttpResponse> f;
      long timeoutNanos;
      boolean callOver;
      synchronized (this) {
        if (timer == null || ended || isDone() || System.nanoTime() - due < 0) {
          return; // cancelled too late to stop it, or replaced by a later one
        }
        disarm(); // this one, or one that came due while this one was handed over
        callOver = state.remainingNanos() <= 0;
        was = phase;
        number = open;
        f = sent;
        timeoutNanos = sentTimeoutNanos;
        open = 0;
        sent = null;
      }
      if (was == WAITING) {
        if (!callOver) {
          attempt();
          return;
        }
        // the backoff is shorter than the time left, but the hand-over came too late
        state.outOfTime = true;
        end(
            null,
            finalFailure(state, (RuntimeException) state.failures.get(state.failures.size() - 1)));
        return;
      }
      boolean answered = f != null && f.isDone();
      if (f != null) {
        f.cancel(false);
      }
      afterAttempt(null, timedOut(number, was, answered, timeoutNanos, callOver));
    }

    /** Why the open attempt ended when the timer fired. */
    private RuntimeException timedOut(
        int number, int was, boolean answered, long timeoutNanos, boolean callOver) {
      if (was == SIGNING) {
        return waitedTooLongForCredentials(state);
      }
      if (was == PREPARING) {
        return new ApiCallTimeoutException(
            state.request.operation()
                + " did not complete within the call timeout of "
                + callTimeout.toMillis()
                + " ms (attempt "
                + number
                + " was not sent: an attempt interceptor had not proceeded)",
            null);
      }
      String when =
          callOver
              ? "by the call's deadline"
              : TimeUnit.NANOSECONDS.toMillis(GRACE_NANOS) + " ms after it";
      if (answered) {
        return new AttemptTimeoutException(
            state.request.operation()
                + " attempt "
                + number
                + ": the transport answered, but an attempt interceptor had not completed "
                + when);
      }
      return new AttemptTimeoutException(
          state.request.operation()
              + " attempt "
              + number
              + ": no complete response within the attempt timeout of "
              + TimeUnit.NANOSECONDS.toMillis(timeoutNanos)
              + " ms; the "
              + transport.name()
              + " transport had not ended the attempt "
              + when
              + ", so the client cancelled it");
    }

    /** Completes the call, unless it has ended; cancels its timer and any transport's future. */
    private void end(ApiResponse value, Throwable failure) {
      CompletableFuture<HttpResponse> f;
      synchronized (this) {
        if (ended) {
          return;
        }
        ended = true;
        disarm();
        f = sent;
        sent = null;
        open = 0;
      }
      if (f != null) {
        f.cancel(false);
      }
      if (failure == null) {
        complete(value);
      } else {
        completeExceptionally(failure);
      }
    }

    /** Cancels the call: no retry; its timer and the transport's future are cancelled. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      CompletableFuture<HttpResponse> f;
      int number;
      synchronized (this) {
        if (ended || isDone()) {
          return isCancelled();
        }
        ended = true;
        disarm();
        f = sent;
        sent = null;
        number = open;
        open = 0;
      }
      if (number != 0 && state.observation != null) {
        attemptFailed(state, null, new CancellationException(), false);
      }
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (f != null) {
        f.cancel(false);
      }
      return cancelled;
    }

    /** Arms the timer for {@code at}, in place of any other. */
    private void arm(long at) {
      if (timer != null && due == at) {
        return;
      }
      disarm();
      long delay = at - System.nanoTime();
      if (delay > NEVER_NANOS) {
        return;
      }
      due = at;
      timer = Timers.schedule(this, Math.max(delay, 0));
    }

    private void disarm() {
      if (timer != null) {
        timer.cancel(false);
        timer = null;
      }
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
      throw new io.dynamo.api.error.TransportException(
          "interrupted while waiting for credentials for " + request.operation(), e);
    }
    headers.addAll(added);
    return HttpRequest.of("POST", endpoint, headers, request.body());
  }

  /**
   * Signs an attempt without blocking: the request once credentials are there. The call's own timer
   * bounds the wait; the signer's future, which other calls may share, is never completed here.
   */
  private CompletableFuture<HttpRequest> signWithoutBlocking(CallState state, ApiRequest request) {
    List<HttpHeader> headers = headers(state, request);
    return signAsync(headers, request)
        .thenApply(
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
