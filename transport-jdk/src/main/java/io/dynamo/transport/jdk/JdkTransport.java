package io.dynamo.transport.jdk;

import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportFailures;
import io.dynamo.api.spi.TransportOptions;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * A {@link Transport} on {@link java.net.http.HttpClient}, the JDK's own HTTP client: no dependency
 * beyond the JDK.
 *
 * <pre>{@code
 * DynamoClient client =
 *     DynamoClient.builder().region("eu-west-1").transport(JdkTransport.create()).build();
 * }</pre>
 *
 * <p><b>Protocol.</b> HTTP/1.1 always (DynamoDB and its look-alikes speak it; it also keeps the JDK
 * from offering an {@code h2c} upgrade on plain HTTP). Redirects are never followed: a 3xx comes
 * back as a response.
 *
 * <p><b>Proxy.</b> With {@link TransportOptions#proxy()}, requests go through that HTTP proxy
 * (plain HTTP forwarded, HTTPS tunnelled with {@code CONNECT}) except to the hosts it bypasses, and
 * its Basic credentials answer its challenges. {@code java.net.http} refuses Basic for {@code
 * CONNECT} tunnels unless the JVM runs with {@code -Djdk.http.auth.tunneling.disabledSchemes=}:
 * without that option, HTTPS through a proxy that asks for credentials gets the proxy's 407 (the
 * transport logs a warning once when it is given credentials in such a JVM). Without a proxy in the
 * options, the JVM's default {@link java.net.ProxySelector} applies (the {@code http.proxyHost} /
 * {@code https.proxyHost} and {@code http.nonProxyHosts} system properties).
 *
 * <p><b>Body and headers.</b> The request body is sent from its byte array with a {@code
 * Content-Length}; the whole response body is read into one byte array (sized from its {@code
 * Content-Length}), at most {@link TransportOptions#maxResponseBytes()}: a longer one, declared or
 * not, fails with a {@link io.dynamo.api.error.ResponseTooLargeException} as soon as it is known to
 * be longer, and its connection is closed. {@code Host} comes from the URI (with the port when it
 * is not the scheme's default). Headers the transport owns ({@code Host}, {@code Content-Length},
 * {@code Connection}, {@code Expect}, {@code Upgrade}, {@code Transfer-Encoding}) are skipped if a
 * request carries them. Response headers come back in the JDK's order (sorted by name), not the
 * order received.
 *
 * <p><b>Connections.</b> The JDK keeps idle HTTP/1.1 connections in a pool per client and reuses
 * them. At most {@link TransportOptions#maxConnections()} requests are in flight at once; more wait
 * their turn, and the wait counts against the attempt timeout. As the JDK opens a connection only
 * when no idle one is free, that also bounds the connections this transport opens. Two JVM-wide
 * system properties tune the JDK's pool; this transport sets neither, as they would change every
 * {@code HttpClient} in the JVM:
 *
 * <ul>
 *   <li>{@code jdk.httpclient.keepalive.timeout}: seconds an idle connection stays in the pool (JDK
 *       17: 1200). Servers close idle connections much sooner (dynalite after 5 s); the JDK drops a
 *       pooled connection when it sees the server close it, and a request that races the server's
 *       close fails with a {@link TransportException}, which the client retries. Setting it below
 *       the server's idle timeout avoids most such races.
 *   <li>{@code jdk.httpclient.connectionPoolSize}: the most idle connections kept (default 0, no
 *       limit).
 * </ul>
 *
 * <p><b>Timeouts.</b> {@link TransportOptions#connectTimeout()} bounds opening a connection (TCP
 * and TLS). The attempt timeout given to {@link #execute} bounds the whole exchange: the wait for a
 * connection comes off it, the rest is set as {@link java.net.http.HttpRequest#timeout()}, which
 * the JDK applies until the response headers, and the body must be complete by the same deadline.
 * All fail with {@link io.dynamo.api.error.AttemptTimeoutException}, and the exchange's connection
 * is closed.
 *
 * <p><b>TLS.</b> Certificates and host names are verified: with {@link
 * TransportOptions#sslContext()} if given, else the JDK's default context and trust store.
 *
 * <p><b>Failures.</b> A timeout is an {@link io.dynamo.api.error.AttemptTimeoutException}, a body
 * over the cap a {@link io.dynamo.api.error.ResponseTooLargeException}, a call on or during {@link
 * #close()} a {@link TransportClosedException}; a certificate or host name the client does not
 * trust is a {@link TransportException} that {@linkplain TransportException#isRetryable() is not
 * retried}; any other I/O failure (refused, reset, closed without a response, a stale pooled
 * connection, a truncated body) is a {@link TransportException} the client retries. Messages give
 * the method, the URI and what failed, never a header. A status of 400 or 500 is a response, not a
 * failure. An interrupted {@link #execute} fails with a {@link TransportException}, cancels the
 * exchange and keeps the thread's interrupt flag set.
 *
 * <p><b>Threads.</b> {@link #execute} sends with {@link HttpClient#send} and waits on the caller's
 * thread. Each transport gives its {@code HttpClient} its own executor: threads named {@code
 * dynamo-jdk-http-N}, daemon (they never keep the JVM alive), started on demand and ended after 30
 * s idle. The JDK runs its internal tasks there, and the futures of {@link #executeAsync} complete
 * there, so the client's callbacks and anything chained on them run there too. It is unbounded on
 * purpose, like the JDK's default: a small fixed pool would deadlock as soon as a callback blocks,
 * and the connection limit above already bounds the work in flight. Unlike the JDK's default
 * executor it has a recognisable name and is shut down by {@link #close()}. The JDK adds one
 * selector thread per client ({@code HttpClient-N-SelectorManager}), and completes the future of
 * every {@code sendAsync} on {@code CompletableFuture}'s default executor (the common fork-join
 * pool, or a new thread per task on machines with one or two cores) before this transport hands the
 * result on.
 *
 * <p>Thread-safe. Create one per client and {@link #close()} it with the client.
 */
public final class JdkTransport implements Transport {
  /** The name this transport goes by, in the User-Agent and for {@code -Dio.dynamo.transport}. */
  public static final String NAME = "jdk";

  private final TransportOptions options;
  private final ThreadPoolExecutor executor;
  private final ExchangeLimiter limiter;
  private final ProxyRouting routing; // null without a proxy in the options

  /** The calls in flight, with their method and URI for the message should close() fail them. */
  private final Map<CompletableFuture<HttpResponse>, String> inFlight = new ConcurrentHashMap<>();

  /** The threads blocked in {@link #execute}, for close() to end their wait. */
  private final Set<BlockingExchange> blocked = ConcurrentHashMap.newKeySet();

  private volatile HttpClient client;

  private JdkTransport(TransportOptions options) {
    this.options = options;
    this.executor = DaemonThreads.newPool();
    this.limiter = new ExchangeLimiter(options.maxConnections(), executor);
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(options.connectTimeout())
            .executor(executor);
    if (options.sslContext() != null) {
      builder.sslContext(options.sslContext());
    }
    this.routing = options.proxy() == null ? null : new ProxyRouting(options.proxy());
    if (routing != null) {
      builder.proxy(routing);
      if (options.proxy().hasCredentials()) {
        TunnelAuth.warnIfBasicIsDisabled();
      }
    }
    this.client = builder.build();
  }

  /**
   * A transport with {@link TransportOptions#defaults()}: 2 s connect timeout, 50 connections, the
   * JDK's TLS context.
   *
   * @return a new transport, to be closed when done
   */
  public static JdkTransport create() {
    return create(TransportOptions.defaults());
  }

  /**
   * A transport with these options.
   *
   * @param options the connect timeout, connection limit and TLS context
   * @return a new transport, to be closed when done
   */
  public static JdkTransport create(TransportOptions options) {
    return new JdkTransport(Objects.requireNonNull(options, "options"));
  }

  /**
   * Sends the request and waits for the whole response, on this thread ({@link HttpClient#send}).
   *
   * @throws io.dynamo.api.error.AttemptTimeoutException if the response is not complete within
   *     {@code timeout}
   * @throws io.dynamo.api.error.ResponseTooLargeException if the body is longer than {@link
   *     TransportOptions#maxResponseBytes()}
   * @throws TransportClosedException if this transport is closed, before or during the call
   * @throws TransportException on any other I/O failure, or if the thread is interrupted
   */
  @Override
  public HttpResponse execute(HttpRequest request, Duration timeout) {
    check(request, timeout);
    HttpClient current = client;
    if (current == null) {
      throw closed(request);
    }
    BlockingExchange exchange = new BlockingExchange(request);
    blocked.add(exchange);
    try {
      if (client == null) {
        throw closed(request); // closed while this call was getting ready
      }
      return exchange.run(
          current,
          limiter,
          request,
          proxyAuthorization(request),
          timeout,
          new Failures.Timeouts(options.connectTimeout(), timeout),
          options.maxResponseBytes());
    } finally {
      blocked.remove(exchange);
    }
  }

  /**
   * Sends the request without blocking. The future fails with an {@link
   * io.dynamo.api.error.AttemptTimeoutException}, a {@link
   * io.dynamo.api.error.ResponseTooLargeException}, a {@link TransportClosedException} or a {@link
   * TransportException} as {@link #execute} throws them. Completing the future (or cancelling it)
   * before the response arrives cancels the exchange.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
    check(request, timeout);
    HttpClient current = client;
    if (current == null) {
      return CompletableFuture.failedFuture(closed(request));
    }
    Exchange exchange =
        new Exchange(
            current,
            Conversions.toJdk(request, timeout, proxyAuthorization(request)),
            request.method(),
            request.uri(),
            new Failures.Timeouts(options.connectTimeout(), timeout),
            options.maxResponseBytes(),
            executor,
            limiter::release);
    CompletableFuture<HttpResponse> result = exchange.result();
    inFlight.put(result, TransportFailures.what(request.method(), request.uri()));
    result.whenComplete((response, failure) -> inFlight.remove(result));
    if (client == null) {
      result.completeExceptionally(closed(request)); // closed while this call was getting ready
      return result;
    }
    limiter.submit(exchange);
    return result;
  }

  private String proxyAuthorization(HttpRequest request) {
    return routing == null ? null : routing.authorizationFor(request.uri());
  }

  private static void check(HttpRequest request, Duration timeout) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but is " + timeout);
    }
  }

  /** {@value #NAME}. */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * Fails the requests in flight with a {@link TransportClosedException}, cancelling their
   * exchanges (a thread blocked in {@link #execute} is interrupted to end its wait, and the
   * interrupt cleared before it returns), and shuts the executor down. {@code java.net.http} in
   * Java 17 has no way to close a client: its idle connections and selector thread go once this
   * transport is unreachable (the JDK tracks that). Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (client == null) {
        return;
      }
      client = null;
    }
    inFlight.forEach(
        (result, what) ->
            result.completeExceptionally(TransportFailures.closedInFlight(what, null)));
    for (BlockingExchange exchange : blocked) {
      exchange.abort();
    }
    executor.shutdown();
  }

  /** The protocol and options; a proxy's password is masked. */
  @Override
  public String toString() {
    return "JdkTransport[HTTP/1.1, connectTimeout="
        + options.connectTimeout().toMillis()
        + " ms, maxConnections="
        + options.maxConnections()
        + ", maxResponseBytes="
        + options.maxResponseBytes()
        + ", tls="
        + (options.sslContext() == null ? "default" : "custom")
        + ", proxy="
        + (options.proxy() == null ? "default" : options.proxy())
        + (client == null ? ", closed" : "")
        + "]";
  }

  private static TransportClosedException closed(HttpRequest request) {
    return TransportFailures.closed(
        TransportFailures.what(request.method(), request.uri()), "JdkTransport");
  }
}
