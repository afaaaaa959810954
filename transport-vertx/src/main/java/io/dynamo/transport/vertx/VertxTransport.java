package io.dynamo.transport.vertx;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportFailures;
import io.dynamo.api.spi.TransportOptions;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClient;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link Transport} on the Vert.x Web Client 5: natively asynchronous, on Vert.x event loops.
 *
 * <pre>{@code
 * // on the application's own Vert.x, sharing its event loops:
 * VertxTransport transport = VertxTransport.create(vertx, TransportOptions.defaults());
 * DynamoAsyncClient client =
 *     DynamoClient.builder().region("eu-west-1").transport(transport).build().async();
 * }</pre>
 *
 * <p><b>Where it runs.</b> Three ways to make one: {@link #create(TransportOptions)} makes its own
 * small Vert.x instance and Web Client and closes both with the transport; {@link #create(Vertx,
 * TransportOptions)} makes a Web Client on the application's Vert.x and closes only that; {@link
 * #wrap(WebClient, TransportOptions)} sends through the application's own Web Client and closes
 * neither. A Vert.x the transport makes has {@code min(cores, 4)} event loops, one worker thread,
 * two internal blocking threads (the last two started only if something needs them; the transport
 * does not), all daemon threads, named as Vert.x names them ({@code vert.x-eventloop-thread-N} and
 * so on: Vert.x 5 lets an application choose daemon threads but not their names), and a daemon
 * {@code vertx-blocked-thread-checker}; all of them end when the transport is closed. Vert.x itself
 * adds one daemon thread per JVM, the first time any Vert.x is made ({@code Cleaner-N}, of a {@code
 * java.lang.ref.Cleaner} its classes hold), which stays.
 *
 * <p><b>Threads of the futures.</b> The futures of {@link #executeAsync} complete on a Vert.x event
 * loop: the one of the caller's Vert.x context when it is called on one, else one Vert.x picks.
 * Everything chained on them runs there too, so <em>nothing chained on these futures may block</em>
 * (no {@code join()}, no synchronous I/O): it would stall every connection on that loop. The client
 * chains only CPU work on them (checking the CRC, mapping errors, parsing JSON), which is what an
 * event loop is for, and a Vert.x application gets its results on its own context without a hop.
 * Code that must block should use {@code thenApplyAsync(..., itsExecutor)}. Timeouts and calls
 * ended by {@link #close()} complete on an event loop too, once their connection is closed; a call
 * that fails before it has a connection (refused after {@link #close()}, say) completes on the
 * thread that failed it. {@link #execute} blocks the caller, and so refuses to run on an event-loop
 * thread with an {@link IllegalStateException}; on a Vert.x worker thread it is fine.
 *
 * <p><b>Protocol.</b> HTTP/1.1 with keep-alive, no pipelining, no redirects (a 3xx comes back as a
 * response), no compression (no {@code Accept-Encoding}), no user agent of Vert.x's own. The
 * request body is sent from its byte array with a {@code Content-Length}; the whole response body
 * is read into one array; response headers come back in the order received. {@code Host} comes from
 * the URI. Headers the transport owns ({@code Host}, {@code Content-Length}, {@code Connection},
 * {@code Expect}, {@code Upgrade}, {@code Transfer-Encoding}) are skipped if a request carries
 * them. Endpoints are {@code http} or {@code https}, with any port and any path.
 *
 * <p><b>Connections.</b> At most {@link TransportOptions#maxConnections()} per endpoint; requests
 * beyond them wait for one, and the wait counts against the attempt timeout. Idle connections stay
 * pooled for Vert.x's keep-alive timeout (60 s) unless the server closes them first; a request that
 * races the server's close fails with a retryable {@link TransportException}.
 *
 * <p><b>Timeouts.</b> {@link TransportOptions#connectTimeout()} bounds opening a connection, TCP
 * and TLS handshake each. The attempt timeout bounds the whole exchange, from the call to the last
 * body byte: the wait for a connection, connecting, sending, the head and the body. A late exchange
 * fails with an {@link AttemptTimeoutException} once its request is reset and its connection
 * closed: a connection with an answer still to come is never reused.
 *
 * <p><b>Response size.</b> A body longer than {@link TransportOptions#maxResponseBytes()} fails
 * with a {@link io.dynamo.api.error.ResponseTooLargeException}: at once when the head declares such
 * a {@code Content-Length}, else when the bytes read reach the cap. Reading stops there and the
 * connection is closed, so whatever the server sends costs at most the cap.
 *
 * <p><b>TLS.</b> Certificates and host names are verified: with {@link
 * TransportOptions#sslContext()} if given (used as it is, trust and key managers included), else
 * the JDK's default trust store. A certificate the client does not trust, or one for another host
 * name, fails with a {@link TransportException} that is not {@linkplain
 * TransportException#isRetryable() retryable}.
 *
 * <p><b>Proxies.</b> With {@link TransportOptions#proxy()}, requests go through that HTTP proxy
 * (plain HTTP forwarded, HTTPS tunnelled with {@code CONNECT}, Basic credentials sent up front),
 * except to the hosts it bypasses. Without one, the JVM's default {@link ProxySelector} (read when
 * the transport is made) decides per request, as it does for the other transports: the {@code
 * http.proxyHost}, {@code https.proxyHost} and {@code http.nonProxyHosts} system properties; only
 * its HTTP proxies are used, without credentials.
 *
 * <p><b>Failures.</b> A timeout is an {@link AttemptTimeoutException}; any other I/O failure
 * (refused, reset, closed without a response, a stale pooled connection, a truncated body) a
 * retryable {@link TransportException}. Messages give the method, the URI and what failed, never a
 * header or a proxy password. A status of 400 or 500 is a response, not a failure. An interrupted
 * {@link #execute} fails with a {@link TransportException}, resets the exchange and keeps the
 * thread's interrupt flag set.
 *
 * <p><b>Closing.</b> {@link #close()} fails the calls in flight with a {@link
 * TransportClosedException} and resets their requests, and later calls fail with one too.
 *
 * <p>Thread-safe. Create one per client and {@link #close()} it with the client.
 */
public final class VertxTransport implements Transport {
  /** The name this transport goes by, in the User-Agent and for {@code -Dio.dynamo.transport}. */
  public static final String NAME = "vertx";

  /** How long {@link #close()} waits for a Vert.x it made to stop its threads. */
  private static final long CLOSE_WAIT_SECONDS = 10;

  /** How long after its attempt timeout {@link #execute} waits, should Vert.x never answer. */
  private static final long SYNC_GRACE_MILLIS = 5_000;

  private final TransportOptions options;
  private final WebClient client;
  private final Vertx vertx; // null for a given Web Client
  private final boolean ownsVertx;
  private final boolean ownsClient;
  private final ProxyRoutes proxies;
  private final Set<Exchange> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private VertxTransport(
      TransportOptions options,
      Vertx vertx,
      boolean ownsVertx,
      WebClient client,
      boolean ownsClient) {
    this.options = options;
    this.vertx = vertx;
    this.ownsVertx = ownsVertx;
    this.client = client;
    this.ownsClient = ownsClient;
    this.proxies =
        new ProxyRoutes(options.proxy(), ProxySelector.getDefault(), options.connectTimeout());
  }

  /**
   * A transport with {@link TransportOptions#defaults()} on a Vert.x of its own.
   *
   * @return a new transport, to be closed when done
   */
  public static VertxTransport create() {
    return create(TransportOptions.defaults());
  }

  /**
   * A transport with these options on a Vert.x of its own (see the class comment for its size),
   * which {@link #close()} closes.
   *
   * @param options the connect timeout, connection limit, TLS context, response cap and proxy
   * @return a new transport, to be closed when done
   */
  public static VertxTransport create(TransportOptions options) {
    Objects.requireNonNull(options, "options");
    Vertx own = ClientSetup.newVertx();
    try {
      return new VertxTransport(options, own, true, ClientSetup.newWebClient(own, options), true);
    } catch (RuntimeException | Error e) {
      own.close();
      throw e;
    }
  }

  /**
   * A transport with these options on the application's Vert.x: it makes a Web Client there, and
   * {@link #close()} closes that client but never {@code vertx}.
   *
   * @param vertx the Vert.x instance to run on; it must outlive the transport
   * @param options the connect timeout, connection limit, TLS context, response cap and proxy
   * @return a new transport, to be closed when done
   */
  public static VertxTransport create(Vertx vertx, TransportOptions options) {
    Objects.requireNonNull(vertx, "vertx");
    Objects.requireNonNull(options, "options");
    return new VertxTransport(
        options, vertx, false, ClientSetup.newWebClient(vertx, options), true);
  }

  /**
   * A transport that sends through the application's own Web Client, configured as the application
   * chose; {@link #close()} never closes it.
   *
   * <p>Of the options, the response cap and the proxy apply per request (without a proxy in the
   * options the client's own proxy settings apply, else the JVM's default selector); the connection
   * limit and the connect timeout are the client's own (its {@code PoolOptions} and {@code
   * WebClientOptions}), though the wait for a connection still counts against each attempt's
   * timeout. Give the client {@code setFollowRedirects(false)}, {@code
   * setDecompressionSupported(false)} and HTTP/1.1 or HTTP/2 as it suits; certificates are checked
   * as its options say. An exchange the transport fails itself (deadline, cap, close) closes its
   * HTTP/1.x connection, with any request the client pipelined on it; on HTTP/2 only its stream is
   * reset.
   *
   * @param webClient the Web Client to send with; it must outlive the transport
   * @param options the response cap and proxy
   * @return a new transport, to be closed when done (which leaves {@code webClient} open)
   * @throws IllegalArgumentException if the options carry an {@code sslContext}: TLS is the
   *     client's own business, configured in its {@code WebClientOptions}
   */
  public static VertxTransport wrap(WebClient webClient, TransportOptions options) {
    Objects.requireNonNull(webClient, "webClient");
    Objects.requireNonNull(options, "options");
    if (options.sslContext() != null) {
      throw new IllegalArgumentException(
          "a given WebClient keeps its own TLS settings: configure them in its WebClientOptions,"
              + " or let VertxTransport.create(vertx, options) make the client with this"
              + " sslContext");
    }
    return new VertxTransport(options, null, false, webClient, false);
  }

  /**
   * Sends the request and waits for the whole response.
   *
   * @throws AttemptTimeoutException if the response is not complete within {@code timeout}
   * @throws io.dynamo.api.error.ResponseTooLargeException if the body is longer than the cap
   * @throws TransportClosedException if this transport is closed, before or during the call
   * @throws TransportException on any other I/O failure, or if the thread is interrupted
   * @throws IllegalStateException if called on a Vert.x event-loop thread, which must not block
   */
  @Override
  public HttpResponse execute(HttpRequest request, Duration timeout) {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException(
          "VertxTransport.execute would block the Vert.x event loop "
              + Thread.currentThread().getName()
              + " and every connection on it: on an event loop use DynamoAsyncClient (whose calls"
              + " end in executeAsync), or call from a worker thread (executeBlocking)");
    }
    if (Thread.currentThread().isInterrupted()) {
      // fails as waiting would, without sending a request nobody is going to wait for
      throw new TransportException(
          "interrupted before sending " + what(Objects.requireNonNull(request, "request")));
    }
    CompletableFuture<HttpResponse> result = send(request, timeout);
    try {
      return result.get(millis(timeout) + SYNC_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw TransportFailures.forCaller(e.getCause());
    } catch (TimeoutException e) {
      AttemptTimeoutException late =
          TransportFailures.attemptTimeout(what(request), Math.max(1, millis(timeout)), e);
      result.completeExceptionally(late);
      throw late;
    } catch (InterruptedException e) {
      TransportException failure =
          new TransportException("interrupted while waiting for " + what(request), e);
      result.completeExceptionally(failure);
      Thread.currentThread().interrupt();
      throw failure;
    }
  }

  /**
   * Sends the request without blocking. The future completes on a Vert.x event loop (see the class
   * comment: nothing chained on it may block) and fails as {@link #execute} throws. Completing or
   * cancelling it before the response arrives resets the exchange.
   *
   * @throws IllegalArgumentException if the URI is not {@code http} or {@code https} with a host,
   *     or the timeout is not positive
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
    return send(request, timeout);
  }

  private CompletableFuture<HttpResponse> send(HttpRequest request, Duration timeout) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but is " + timeout);
    }
    URI uri = request.uri();
    boolean https = Conversions.isHttps(uri);
    String host = Conversions.host(uri);
    HttpMethod method = HttpMethod.valueOf(request.method());
    String what = what(request);
    if (closed) {
      return CompletableFuture.failedFuture(Failures.closed(what));
    }
    Exchange exchange =
        new Exchange(
            what,
            Math.max(1, millis(timeout)),
            options.connectTimeout().toMillis(),
            options.maxResponseBytes());
    inFlight.add(exchange);
    exchange.result().whenComplete((response, failure) -> inFlight.remove(exchange));
    if (closed) {
      exchange.fail(Failures.closed(what)); // closed while this call was getting ready
      return exchange.result();
    }
    if (vertx != null) {
      exchange.startDeadline(vertx);
    }
    try {
      io.vertx.ext.web.client.HttpRequest<Buffer> sent =
          client
              .request(method, Conversions.port(uri, https), host, Conversions.target(uri))
              .ssl(https)
              .followRedirects(false)
              .connectTimeout(exchange.remainingMillis())
              .proxy(proxies.forUri(uri, host));
      Conversions.copyHeaders(request, sent.headers());
      sent.as(new ResponseBody(exchange))
          .sendStream(new RequestBody(exchange, request.body()))
          .onComplete(exchange::complete);
    } catch (RuntimeException e) { // a closed Web Client or Vert.x refuses new requests
      exchange.fail(closed ? Failures.closedInFlight(what) : TransportFailures.failed(what, e));
    }
    return exchange.result();
  }

  /** {@value #NAME}. */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * Fails the calls in flight with a {@link TransportClosedException}, resetting their requests,
   * and closes what the transport made: its Web Client, and its Vert.x, whose threads it waits up
   * to 10 s to end (unless called on one of them). A given Vert.x or Web Client stays open.
   * Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    for (Exchange exchange : inFlight) {
      exchange.fail(Failures.closedInFlight(exchange.what()));
    }
    if (ownsClient) {
      client.close();
    }
    if (ownsVertx) {
      io.vertx.core.Future<Void> stopped = vertx.close();
      Context current = Vertx.currentContext();
      if (current == null || current.owner() != vertx) {
        ClientSetup.awaitStopped(stopped, CLOSE_WAIT_SECONDS);
      }
    }
  }

  /** The protocol and options; the proxy's password is masked. */
  @Override
  public String toString() {
    String state = closed ? ", closed]" : "]";
    String common =
        "maxResponseBytes="
            + options.maxResponseBytes()
            + ", proxy="
            + (options.proxy() == null ? "default" : options.proxy());
    if (vertx == null) {
      return "VertxTransport[given WebClient, " + common + state;
    }
    return "VertxTransport[HTTP/1.1, connectTimeout="
        + options.connectTimeout().toMillis()
        + " ms, maxConnections="
        + options.maxConnections()
        + ", tls="
        + (options.sslContext() == null ? "default" : "custom")
        + ", "
        + common
        + (ownsVertx ? ", own Vert.x" : ", given Vert.x")
        + state;
  }

  private static String what(HttpRequest request) {
    return TransportFailures.what(request.method(), request.uri());
  }

  private static long millis(Duration d) {
    try {
      return Math.min(d.toMillis(), Integer.MAX_VALUE);
    } catch (ArithmeticException e) {
      return Integer.MAX_VALUE;
    }
  }
}
