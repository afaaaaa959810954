package io.dynamo.transport.apache;

import io.dynamo.api.spi.HttpProxy;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Routes requests through an {@link HttpProxy}, except to the hosts it bypasses. HttpClient then
 * forwards plain HTTP requests to the proxy (with an absolute URI) and tunnels HTTPS through it
 * with {@code CONNECT}; the target's host name is resolved by the proxy, not here.
 */
final class ProxyRoutePlanner extends DefaultRoutePlanner {
  private final HttpProxy proxy;
  private final HttpHost proxyHost;

  ProxyRoutePlanner(HttpProxy proxy) {
    super(null);
    this.proxy = proxy;
    this.proxyHost = proxyHost(proxy);
  }

  /** The proxy as HttpClient names it: plain HTTP to the proxy itself. */
  static HttpHost proxyHost(HttpProxy proxy) {
    return new HttpHost("http", proxy.host(), proxy.port());
  }

  @Override
  protected HttpHost determineProxy(HttpHost target, HttpContext context) {
    return proxy.bypasses(target.getHostName()) ? null : proxyHost;
  }
}
