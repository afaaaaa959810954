package io.dynamo.transport.vertx;

import io.dynamo.api.spi.HttpProxy;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Which proxy, if any, a request goes through: the options' {@link HttpProxy} (unless it bypasses
 * the host), or else what the JVM's default {@link ProxySelector} says for the URI (the {@code
 * http.proxyHost}, {@code https.proxyHost} and {@code http.nonProxyHosts} system properties, or a
 * selector the application installed), of which only HTTP proxies are used.
 *
 * <p>Vert.x's {@link ProxyOptions} of type HTTP forward plain HTTP requests through the proxy and
 * tunnel HTTPS with {@code CONNECT}, with Basic credentials sent up front. Vert.x pools connections
 * per proxy by value, so a new {@code ProxyOptions} per request shares connections.
 */
final class ProxyRoutes {
  private final HttpProxy configured;
  private final ProxyOptions configuredOptions;
  private final ProxySelector selector;
  private final Duration connectTimeout;

  /**
   * @param configured the options' proxy, or {@code null} to ask {@code selector}
   * @param selector the JVM's default selector, read once when the transport was made; may be null
   */
  ProxyRoutes(HttpProxy configured, ProxySelector selector, Duration connectTimeout) {
    this.configured = configured;
    this.selector = configured == null ? selector : null;
    this.connectTimeout = connectTimeout;
    this.configuredOptions = configured == null ? null : toVertx(configured);
  }

  /** The proxy for a request to {@code uri}, or {@code null} to go directly. */
  ProxyOptions forUri(URI uri, String host) {
    if (configured != null) {
      return configured.bypasses(host) ? null : configuredOptions;
    }
    if (selector == null) {
      return null;
    }
    List<Proxy> proxies;
    try {
      proxies = selector.select(uri);
    } catch (RuntimeException e) {
      return null; // a selector that cannot handle the URI: go directly, as java.net does
    }
    for (Proxy proxy : proxies) {
      if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress) {
        InetSocketAddress address = (InetSocketAddress) proxy.address();
        return new ProxyOptions()
            .setType(ProxyType.HTTP)
            .setHost(address.getHostString())
            .setPort(address.getPort())
            .setConnectTimeout(connectTimeout);
      }
      if (proxy.type() == Proxy.Type.DIRECT) {
        return null;
      }
    }
    return null;
  }

  private ProxyOptions toVertx(HttpProxy proxy) {
    ProxyOptions options =
        new ProxyOptions()
            .setType(ProxyType.HTTP)
            .setHost(proxy.host())
            .setPort(proxy.port())
            .setConnectTimeout(connectTimeout);
    if (proxy.hasCredentials()) {
      options.setUsername(proxy.username()).setPassword(proxy.password());
    }
    return options;
  }
}
