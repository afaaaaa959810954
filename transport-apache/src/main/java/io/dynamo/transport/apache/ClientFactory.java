package io.dynamo.transport.apache;

import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.TransportOptions;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.auth.AuthCache;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.pool.ConnPoolControl;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.apache.hc.core5.util.VersionInfo;

/**
 * Builds the HttpClient instances an {@link ApacheTransport} owns, from its {@link
 * TransportOptions}, and the per-call context and configuration.
 *
 * <p>Both clients: pools of at most {@code maxConnections} connections (in all and per route,
 * strict, most recently used first), connections checked before reuse after {@value
 * #VALIDATE_AFTER_INACTIVITY_MILLIS} ms idle, HTTP/1.1 only, the connect timeout (TCP and the TLS
 * handshake) from the options, no redirects, no automatic retries (the client above retries), no
 * content compression (the client checks a CRC32 over the body as sent), no cookies, no {@code
 * Expect: 100-continue}, no TLS upgrade offers, no per-user connection state.
 */
final class ClientFactory {
  /** Idle time after which a pooled connection is checked before it is reused. */
  static final long VALIDATE_AFTER_INACTIVITY_MILLIS = 1_000;

  /** Idle time after which the transport's timer closes a pooled connection. */
  static final TimeValue MAX_IDLE = TimeValue.ofSeconds(30);

  /**
   * The async client's I/O reactor threads: one per core, at most 2. HTTP/1.1 exchanges of
   * DynamoDB's size keep a reactor thread busy for microseconds, and the work that follows them
   * (parsing, callbacks) runs on other threads.
   */
  static final int IO_THREADS =
      Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  /**
   * HttpClient's own name, sent by both clients alike to a request without a {@code User-Agent}
   * (the async client would otherwise call itself {@code Apache-HttpAsyncClient}).
   */
  static final String USER_AGENT =
      VersionInfo.getSoftwareInfo("Apache-HttpClient", "org.apache.hc.client5", HttpClients.class);

  private static final RequestConfig DEFAULTS =
      RequestConfig.custom()
          .setRedirectsEnabled(false)
          .setExpectContinueEnabled(false)
          .setContentCompressionEnabled(false)
          .setProtocolUpgradeEnabled(false)
          .setHardCancellationEnabled(true)
          .build();

  private final TransportOptions options;
  private final AuthCache proxyAuthCache;

  ClientFactory(TransportOptions options) {
    this.options = options;
    // Shared by every call: once the proxy has challenged, later calls (and new connections'
    // CONNECT requests) send the credentials without waiting for a challenge.
    this.proxyAuthCache = hasProxyCredentials() ? new BasicAuthCache() : null;
  }

  /** The classic client and its pool. */
  Owned<CloseableHttpClient> classic() {
    PoolingHttpClientConnectionManager pool =
        new InterruptiblePoolBuilder()
            .setTlsSocketStrategy(tlsStrategy())
            .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
            .setDefaultConnectionConfig(connectionConfig())
            .setDefaultTlsConfig(tlsConfig())
            .setMaxConnTotal(options.maxConnections())
            .setMaxConnPerRoute(options.maxConnections())
            .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.STRICT)
            .setConnPoolPolicy(PoolReusePolicy.LIFO)
            .build();
    CloseableHttpClient client =
        HttpClients.custom()
            .setConnectionManager(pool)
            .setRoutePlanner(routePlanner())
            .setDefaultCredentialsProvider(credentials())
            .setDefaultRequestConfig(DEFAULTS)
            .setUserAgent(USER_AGENT)
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableContentCompression()
            .disableCookieManagement()
            .disableConnectionState()
            .build();
    return new Owned<>(client, pool);
  }

  /** The async client, started, with its I/O reactor on {@code threads}, and its pool. */
  Owned<CloseableHttpAsyncClient> async(ThreadFactory threads) {
    PoolingAsyncClientConnectionManager pool =
        PoolingAsyncClientConnectionManagerBuilder.create()
            .setTlsStrategy(tlsStrategy())
            .setDefaultConnectionConfig(connectionConfig())
            .setDefaultTlsConfig(tlsConfig())
            .setMaxConnTotal(options.maxConnections())
            .setMaxConnPerRoute(options.maxConnections())
            .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.STRICT)
            .setConnPoolPolicy(PoolReusePolicy.LIFO)
            .build();
    CloseableHttpAsyncClient client =
        HttpAsyncClients.custom()
            .setConnectionManager(pool)
            .setIOReactorConfig(
                IOReactorConfig.custom().setIoThreadCount(IO_THREADS).setTcpNoDelay(true).build())
            .setThreadFactory(threads)
            .setRoutePlanner(routePlanner())
            .setDefaultCredentialsProvider(credentials())
            .setDefaultRequestConfig(DEFAULTS)
            .setUserAgent(USER_AGENT)
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableContentCompression()
            .disableCookieManagement()
            .disableConnectionState()
            .build();
    client.start();
    return new Owned<>(client, pool);
  }

  /**
   * The context of one call on a client this transport built: the attempt timeout bounds the wait
   * for a pooled connection and every read (the transport's timer bounds the whole exchange).
   */
  HttpClientContext ownContext(Duration timeout) {
    HttpClientContext context = HttpClientContext.create();
    Timeout attempt = Timeout.of(timeout);
    context.setRequestConfig(
        RequestConfig.copy(DEFAULTS)
            .setConnectionRequestTimeout(attempt)
            .setResponseTimeout(attempt)
            .build());
    if (proxyAuthCache != null) {
      context.setAuthCache(proxyAuthCache);
    }
    return context;
  }

  /** The context of one call on a user's client: its own configuration applies. */
  static HttpClientContext userContext() {
    return HttpClientContext.create();
  }

  private ConnectionConfig connectionConfig() {
    return ConnectionConfig.custom()
        .setConnectTimeout(Timeout.of(options.connectTimeout()))
        .setValidateAfterInactivity(TimeValue.ofMilliseconds(VALIDATE_AFTER_INACTIVITY_MILLIS))
        .build();
  }

  private TlsConfig tlsConfig() {
    return TlsConfig.custom()
        .setHandshakeTimeout(Timeout.of(options.connectTimeout()))
        .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
        .build();
  }

  /**
   * Certificates checked against the options' context, or the JVM's default (its trust store and
   * the {@code javax.net.ssl.*} properties); host names checked by the JDK during the handshake, as
   * {@code HttpsURLConnection} does, so a mismatch fails the handshake itself.
   */
  private DefaultClientTlsStrategy tlsStrategy() {
    if (options.sslContext() == null) {
      return DefaultClientTlsStrategy.createSystemDefault();
    }
    return new DefaultClientTlsStrategy(
        options.sslContext(), HostnameVerificationPolicy.BUILTIN, null);
  }

  /** The options' proxy; without one, the JVM's {@link ProxySelector} as it is at each call. */
  private HttpRoutePlanner routePlanner() {
    HttpProxy proxy = options.proxy();
    return proxy == null
        ? new SystemDefaultRoutePlanner((ProxySelector) null)
        : new ProxyRoutePlanner(proxy);
  }

  private CredentialsProvider credentials() {
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    if (hasProxyCredentials()) {
      HttpProxy proxy = options.proxy();
      credentials.setCredentials(
          new AuthScope(ProxyRoutePlanner.proxyHost(proxy)),
          new UsernamePasswordCredentials(proxy.username(), proxy.password().toCharArray()));
    }
    return credentials;
  }

  private boolean hasProxyCredentials() {
    return options.proxy() != null && options.proxy().hasCredentials();
  }

  /** Closes the pool's expired connections and those idle for {@link #MAX_IDLE}. */
  static void evictIdle(ConnPoolControl<HttpRoute> pool) {
    if (pool == null) {
      return;
    }
    try {
      pool.closeExpired();
      pool.closeIdle(MAX_IDLE);
    } catch (RuntimeException e) {
      // Shut down meanwhile: nothing left to evict.
    }
  }

  /** A client this transport built, and the pool it evicts idle connections from. */
  record Owned<C>(C client, ConnPoolControl<HttpRoute> pool) {}
}
