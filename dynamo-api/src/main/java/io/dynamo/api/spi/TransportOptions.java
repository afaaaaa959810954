package io.dynamo.api.spi;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What a client asks of the transport it creates through a {@link TransportProvider}.
 *
 * @param connectTimeout the most time to spend opening a connection
 * @param maxConnections the most connections open at once per endpoint (requests beyond it wait)
 * @param sslContext the TLS context; {@code null} for the JDK's default, which verifies
 *     certificates against the default trust store
 */
public record TransportOptions(Duration connectTimeout, int maxConnections, SSLContext sslContext) {
  /** Default connect timeout: 2 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** Default pool size: 50 connections. */
  public static final int DEFAULT_MAX_CONNECTIONS = 50;

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
  }

  /** The defaults: 2 s connect timeout, 50 connections, the JDK's TLS context. */
  public static TransportOptions defaults() {
    return new TransportOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_CONNECTIONS, null);
  }
}
