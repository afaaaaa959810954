package io.dynamo.transport.apache;

import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportFailures;
import io.dynamo.api.spi.TransportOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.ConnPoolControl;

/**
 * A {@link Transport} on Apache HttpClient 5: {@link #execute} runs on HttpClient's classic
 * (blocking) client in the caller's thread, {@link #executeAsync} on its async client.
 *
 * <pre>{@code
 * DynamoClient client =
 *     DynamoClient.builder().region("eu-west-1").transport(ApacheTransport.create()).build();
 * }</pre>
 *
 * <p><b>Protocol.</b> HTTP/1.1 always, also over TLS (no HTTP/2 is negotiated). Redirects are never
 * followed: a 3xx comes back as a response. HttpClient does not retry (the client above does), does
 * not ask for or decode compressed bodies (the client checks a CRC32 over the body as sent), keeps
 * no cookies, and never sends {@code Expect: 100-continue}.
 *
 * <p><b>Body and headers.</b> The request body is sent from its byte array with a {@code
 * Content-Length}, never chunked. Headers the transport owns ({@code Host}, {@code Content-Length},
 * {@code Connection}, {@code Expect}, {@code Upgrade}, {@code Transfer-Encoding}) are skipped if a
 * request carries them. HttpClient adds its own {@code User-Agent} only to a request without one.
 * Response headers come back in the order received.
 *
 * <p><b>Connections.</b> Each client (classic and async) keeps its own pool of at most {@link
 * TransportOptions#maxConnections()} connections, in all and per endpoint; more requests wait for a
 * free connection, and the wait counts against their attempt timeout. A connection idle for more
 * than a second is checked before it is reused, and one idle for 30 s is closed. A connection whose
 * exchange failed, timed out or was aborted is closed, never reused.
 *
 * <p><b>Timeouts.</b> {@link TransportOptions#connectTimeout()} bounds opening a connection (TCP,
 * and the TLS handshake). The attempt timeout bounds the whole exchange: the wait for a pooled
 * connection, connecting, sending, the response headers and the entire body. HttpClient's own
 * timeouts (the wait for a connection, each read) are set to it, and a timer aborts the exchange
 * when it runs out, however slowly the body trickles in. Both fail with {@link
 * io.dynamo.api.error.AttemptTimeoutException}.
 *
 * <p><b>Response size.</b> A body longer than {@link TransportOptions#maxResponseBytes()} fails
 * with {@link io.dynamo.api.error.ResponseTooLargeException}, which is not retried: at once if its
 * {@code Content-Length} says so, else as soon as the bytes read pass the cap. Reading stops there
 * and the connection is closed, so whatever a server sends costs at most the cap in memory. A body
 * with a {@code Content-Length} is read into one array of that size.
 *
 * <p><b>TLS.</b> Certificates and host names are verified (by the JDK, during the handshake): with
 * {@link TransportOptions#sslContext()} if given, else the JVM's default context and trust store. A
 * certificate or host name the client does not accept fails with a {@link TransportException} that
 * is not retryable.
 *
 * <p><b>Proxy.</b> With {@link TransportOptions#proxy()}, plain HTTP requests are forwarded by the
 * proxy and HTTPS is tunnelled through it with {@code CONNECT} (TLS still runs end to end); hosts
 * it bypasses are reached directly, and target host names are resolved by the proxy. Basic
 * credentials are sent once the proxy asks for them with a 407, and from then on with every request
 * and {@code CONNECT} without waiting to be asked. A 407 that remains (wrong or missing
 * credentials) fails with a {@link TransportException} that is not retryable. Without a proxy in
 * the options, the JVM's default {@link java.net.ProxySelector} decides, at each request (the
 * {@code http.proxyHost} / {@code https.proxyHost} / {@code http.nonProxyHosts} system properties),
 * without credentials. The password never appears in {@link #toString()} or in an exception
 * message. (HttpClient's own debug logging, when enabled through SLF4J, prints request headers,
 * {@code Proxy-Authorization} included.)
 *
 * <p><b>Failures.</b> A timeout is an {@link io.dynamo.api.error.AttemptTimeoutException}; any
 * other I/O failure (refused, reset, closed without a response, a stale pooled connection, a
 * truncated body) is a retryable {@link TransportException} whose message gives the method, the URI
 * and what failed, never a header. A status of 400 or 500 is a response, not a failure. An
 * interrupted {@link #execute} fails at once with a {@link TransportException} and keeps the
 * thread's interrupt flag set: its connections are made from {@link
 * java.nio.channels.SocketChannel}s, whose blocking reads and writes an interrupt ends.
 *
 * <p><b>Threads.</b> Each transport has one timer thread, {@code dynamo-apache-timer-N}, for
 * attempt deadlines and idle connections. The async client, with its I/O reactor threads {@code
 * dynamo-apache-io-N} (one per core, at most two, and one of HttpClient's that starts them and then
 * idles), is created on the first {@link #executeAsync}, so a transport used only synchronously
 * never starts them. Asynchronous results are completed on threads named {@code
 * dynamo-apache-callback-N}, started on demand and ended after 30 s idle: the client's callbacks,
 * and anything chained on them, run there, never on a reactor thread (where a blocking callback
 * would stall every connection). All are daemon threads.
 *
 * <p><b>Logging.</b> The transport logs through {@link System.Logger} ({@code
 * io.dynamo.transport.apache}); HttpClient logs through SLF4J (slf4j-api 1.7, which it brings).
 * Without an SLF4J binding on the path, SLF4J prints three lines to stderr at the first use ({@code
 * SLF4J: Failed to load class "org.slf4j.impl.StaticLoggerBinder"} ...) and logs nothing after. A
 * library cannot silence that without choosing a binding for you: add {@code org.slf4j:slf4j-jdk14}
 * to send HttpClient's logs where {@code System.Logger} goes by default (java.util.logging), {@code
 * org.slf4j:slf4j-nop} to drop them, or your application's own binding.
 *
 * <p><b>Closing.</b> {@link #close()} fails every call in flight, synchronous and asynchronous,
 * with a {@link io.dynamo.api.error.TransportClosedException} (not retried) and closes their
 * connections, shuts both clients down, and waits (up to 5 s) for the transport's threads to end.
 * Calls after it fail with a {@link io.dynamo.api.error.TransportClosedException} too.
 *
 * <p><b>Your own clients.</b> {@link #builder()} takes a {@link CloseableHttpClient} and/or a
 * {@link CloseableHttpAsyncClient} configured as you wish; the transport uses them as they are and
 * never closes them. Its attempt deadline, response cap, 407 handling and close behaviour still
 * apply (closing the transport aborts its own calls on your clients), but the connect timeout, pool
 * size, TLS, proxy and HttpClient's request defaults (redirects, retries, compression, timeouts)
 * are then yours. Build them with {@code disableContentCompression()} (HttpClient asks for
 * compressed bodies by default, and the client checks DynamoDB's {@code x-amz-crc32} over the body
 * as sent, which a body HttpClient has decompressed fails) and {@code disableAutomaticRetries()}
 * (the client retries by itself). For an interrupt to end an {@link #execute} at once, its sockets
 * must be interruptible; with plain sockets the call ends at its deadline.
 *
 * <p>Thread-safe. Create one per client and {@link #close()} it with the client.
 */
public final class ApacheTransport implements Transport {
  /** The name this transport goes by, in the User-Agent and for {@code -Dio.dynamo.transport}. */
  public static final String NAME = "apache";

  /** The most time {@link #close()} waits for the transport's threads to end. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private static final long EVICT_EVERY_SECONDS = 5;

  private final TransportOptions options;
  private final ClientFactory factory;
  private final DaemonThreads threads = new DaemonThreads();
  private final ScheduledThreadPoolExecutor timer;
  private final CloseableHttpClient classic;
  private final ConnPoolControl<HttpRoute> classicPool;
  private final boolean suppliedClassic;
  private final boolean suppliedAsync;
  private final AsyncSide async;
  private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile boolean closed;

  ApacheTransport(
      TransportOptions options,
      CloseableHttpClient userClassic,
      CloseableHttpAsyncClient userAsync) {
    this.options = options;
    this.factory = new ClientFactory(options);
    this.suppliedClassic = userClassic != null;
    this.suppliedAsync = userAsync != null;
    this.async = new AsyncSide(factory, threads, userAsync);
    if (userClassic != null) {
      this.classic = userClassic;
      this.classicPool = null;
    } else {
      ClientFactory.Owned<CloseableHttpClient> own = factory.classic();
      this.classic = own.client();
      this.classicPool = own.pool();
    }
    this.timer = new ScheduledThreadPoolExecutor(1, threads.factory("timer"));
    timer.setRemoveOnCancelPolicy(true);
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    timer.scheduleWithFixedDelay(
        this::evictIdleConnections, EVICT_EVERY_SECONDS, EVICT_EVERY_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * A transport with {@link TransportOptions#defaults()}: 2 s connect timeout, 50 connections, the
   * JVM's TLS context, a 64 MiB response cap, the JVM's proxy selector.
   *
   * @return a new transport, to be closed when done
   */
  public static ApacheTransport create() {
    return create(TransportOptions.defaults());
  }

  /**
   * A transport with these options, on HttpClient instances of its own.
   *
   * @param options the connect timeout, connection limit, TLS context, response cap and proxy
   * @return a new transport, to be closed when done
   */
  public static ApacheTransport create(TransportOptions options) {
    return new ApacheTransport(Objects.requireNonNull(options, "options"), null, null);
  }

  /**
   * A builder, for a transport on HttpClient instances of your own.
   *
   * @return a new builder with {@link TransportOptions#defaults()} and no clients
   */
  public static ApacheTransportBuilder builder() {
    return new ApacheTransportBuilder();
  }

  /**
   * Sends the request on the classic client and waits for the whole response.
   *
   * @throws io.dynamo.api.error.AttemptTimeoutException if the response is not complete within
   *     {@code timeout}
   * @throws io.dynamo.api.error.ResponseTooLargeException if the body is longer than the cap
   * @throws io.dynamo.api.error.TransportClosedException if this transport is closed, before or
   *     during the call
   * @throws TransportException on any other I/O failure, or if the thread is interrupted
   */
  @Override
  public HttpResponse execute(HttpRequest request, Duration timeout) {
    String what = describe(request, timeout);
    if (closed) {
      throw Failures.closed(what);
    }
    SyncExchange exchange =
        new SyncExchange(
            Conversions.toClassic(request),
            what,
            timeouts(timeout, suppliedClassic),
            options.maxResponseBytes());
    inFlight.add(exchange);
    ScheduledFuture<?> deadline = null;
    try {
      if (closed) {
        throw Failures.closed(what);
      }
      deadline = schedule(exchange::timeOut, timeout);
      if (deadline == null) {
        throw Failures.closed(what);
      }
      return exchange.run(classic, context(timeout, suppliedClassic));
    } finally {
      if (deadline != null) {
        deadline.cancel(false);
      }
      inFlight.remove(exchange);
    }
  }

  /**
   * Sends the request on the async client without blocking. The future fails as {@link #execute}
   * throws (a timeout, a body over the cap, a closed transport, an I/O failure), and is completed
   * on one of the transport's callback threads. Cancelling it (or completing it exceptionally)
   * before the response arrives aborts the exchange and closes its connection.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
    String what = describe(request, timeout);
    AsyncSide.Started side = closed ? null : async.get();
    if (side == null) {
      return CompletableFuture.failedFuture(Failures.closed(what));
    }
    AsyncExchange exchange =
        new AsyncExchange(what, timeouts(timeout, suppliedAsync), side.callbacks());
    CompletableFuture<HttpResponse> result = exchange.result();
    inFlight.add(exchange);
    ScheduledFuture<?> deadline = schedule(exchange::timeOut, timeout);
    result.whenComplete(
        (response, failure) -> {
          if (deadline != null) {
            deadline.cancel(false);
          }
          inFlight.remove(exchange);
        });
    if (closed || deadline == null) {
      exchange.abortOnClose(); // closed while this call was getting ready
      return result;
    }
    exchange.start(
        side.client(),
        Conversions.toAsync(request),
        new ResponseCollector(options.maxResponseBytes()),
        context(timeout, suppliedAsync));
    return result;
  }

  /** {@value #NAME}. */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * Fails the calls in flight with a {@link io.dynamo.api.error.TransportClosedException}, closing
   * their connections; closes the HttpClient instances this transport created (never those it was
   * given); stops the timer and callback threads; and waits up to 5 s for the transport's threads
   * to end. Idempotent.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    closed = true;
    for (InFlight call : inFlight) {
      call.abortOnClose();
    }
    timer.shutdownNow();
    if (!suppliedClassic) {
      classic.close(CloseMode.IMMEDIATE);
    }
    async.close();
    threads.awaitTermination(CLOSE_WAIT);
  }

  /** The protocol and options (the proxy's password masked), and which clients are supplied. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ApacheTransport[");
    if (!suppliedClassic || !suppliedAsync) {
      s.append("HTTP/1.1, connectTimeout=")
          .append(options.connectTimeout().toMillis())
          .append(" ms, maxConnections=")
          .append(options.maxConnections())
          .append(", tls=")
          .append(options.sslContext() == null ? "default" : "custom")
          .append(", proxy=")
          .append(options.proxy() == null ? "default" : options.proxy())
          .append(", ");
    }
    if (suppliedClassic) {
      s.append("httpClient=supplied, ");
    }
    if (suppliedAsync) {
      s.append("asyncClient=supplied, ");
    }
    s.append("maxResponseBytes=").append(options.maxResponseBytes());
    return s.append(closed ? ", closed]" : "]").toString();
  }

  /** The threads of this transport still running (for tests). */
  Set<Thread> threads() {
    return threads.running();
  }

  private HttpClientContext context(Duration timeout, boolean supplied) {
    return supplied ? ClientFactory.userContext() : factory.ownContext(timeout);
  }

  private Failures.Timeouts timeouts(Duration timeout, boolean supplied) {
    return new Failures.Timeouts(
        supplied ? -1 : options.connectTimeout().toMillis(), Math.max(1, timeout.toMillis()));
  }

  /** Runs {@code task} at the deadline; {@code null} if the transport is closed. */
  private ScheduledFuture<?> schedule(Runnable task, Duration timeout) {
    long nanos;
    try {
      nanos = timeout.toNanos();
    } catch (ArithmeticException e) {
      nanos = Long.MAX_VALUE;
    }
    try {
      return timer.schedule(task, nanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      return null;
    }
  }

  private void evictIdleConnections() {
    ClientFactory.evictIdle(classicPool);
    async.evictIdleConnections();
  }

  private static String describe(HttpRequest request, Duration timeout) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but is " + timeout);
    }
    return TransportFailures.what(request.method(), request.uri());
  }
}
