package io.dynamo.api.spi;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What a client asks of the transport it creates through a {@link TransportProvider}. Every
 * transport honours every option.
 *
 * <pre>{@code
 * TransportOptions options =
 *     TransportOptions.defaults()
 *         .withMaxConnections(200)
 *         .withProxy(HttpProxy.of("proxy.corp.example", 3128));
 * }</pre>
 *
 * @param connectTimeout the most time to spend opening a connection (TCP, and TLS where the
 *     transport can bound it)
 * @param maxConnections the most connections open at once per endpoint (requests beyond it wait,
 *     and the wait counts against their attempt timeout)
 * @param sslContext the TLS context; {@code null} for the JDK's default, which verifies
 *     certificates against the default trust store. Host names are verified either way.
 * @param maxResponseBytes the largest response body accepted; a longer one fails its attempt with a
 *     {@link io.dynamo.api.error.ResponseTooLargeException} and its connection is closed
 * @param proxy the HTTP proxy to send requests through, or {@code null} for the transport's default
 *     (the JVM's {@link java.net.ProxySelector} where its HTTP library consults one, else none)
 */
public record TransportOptions(
    Duration connectTimeout,
    int maxConnections,
    SSLContext sslContext,
    long maxResponseBytes,
    HttpProxy proxy) {
  /** Default connect timeout: 2 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** Default pool size: 50 connections. */
  public static final int DEFAULT_MAX_CONNECTIONS = 50;

  /**
   * Default cap on a response body: 64 MiB. DynamoDB's largest answers are BatchGetItem's, at most
   * 16 MB of items (Query and Scan pages stop at 1 MB), so this leaves room for JSON's overhead on
   * binary and escaped data while keeping a broken or hostile server from filling the heap.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  /**
   * The largest cap a transport can honour: a body is read into one Java array, whose length is at
   * most this.
   */
  public static final long MAX_RESPONSE_BYTES_LIMIT = Integer.MAX_VALUE - 8;

  /** Validates the options. */
  public TransportOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException(
          "connectTimeout must be positive but is " + connectTimeout);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException(
          "maxConnections must be at least 1 but is " + maxConnections);
    }
    if (maxResponseBytes < 1 || maxResponseBytes > MAX_RESPONSE_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be 1 to "
              + MAX_RESPONSE_BYTES_LIMIT
              + " (a body is read into one array) but is "
              + maxResponseBytes);
    }
  }

  /** Options with the default response cap and no proxy. */
  public TransportOptions(Duration connectTimeout, int maxConnections, SSLContext sslContext) {
    this(connectTimeout, maxConnections, sslContext, DEFAULT_MAX_RESPONSE_BYTES, null);
  }

  /**
   * The defaults: 2 s connect timeout, 50 connections, the JDK's TLS context, 64 MiB response cap,
   * the transport's default proxy handling.
   */
  public static TransportOptions defaults() {
    return new TransportOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_CONNECTIONS, null);
  }

  /** These options with another connect timeout. */
  public TransportOptions withConnectTimeout(Duration timeout) {
    return new TransportOptions(timeout, maxConnections, sslContext, maxResponseBytes, proxy);
  }

  /** These options with another connection limit. */
  public TransportOptions withMaxConnections(int max) {
    return new TransportOptions(connectTimeout, max, sslContext, maxResponseBytes, proxy);
  }

  /** These options with another TLS context ({@code null} for the JDK's default). */
  public TransportOptions withSslContext(SSLContext context) {
    return new TransportOptions(connectTimeout, maxConnections, context, maxResponseBytes, proxy);
  }

  /** These options with another response cap. */
  public TransportOptions withMaxResponseBytes(long max) {
    return new TransportOptions(connectTimeout, maxConnections, sslContext, max, proxy);
  }

  /** These options with a proxy ({@code null} for the transport's default). */
  public TransportOptions withProxy(HttpProxy httpProxy) {
    return new TransportOptions(
        connectTimeout, maxConnections, sslContext, maxResponseBytes, httpProxy);
  }

  /** The options, with the proxy's password masked. */
  @Override
  public String toString() {
    return "TransportOptions[connectTimeout="
        + connectTimeout.toMillis()
        + " ms, maxConnections="
        + maxConnections
        + ", tls="
        + (sslContext == null ? "default" : "custom")
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", proxy="
        + (proxy == null ? "default" : proxy)
        + "]";
  }
}
