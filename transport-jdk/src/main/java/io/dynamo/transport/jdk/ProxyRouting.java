package io.dynamo.transport.jdk;

import io.dynamo.api.spi.HttpProxy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * An {@link HttpProxy} as {@code java.net.http} takes it: a {@link ProxySelector} that sends every
 * request through the proxy except to the hosts it bypasses, and the Basic {@code
 * Proxy-Authorization} each proxied request carries from the start.
 *
 * <p>Not an {@link java.net.Authenticator}: with one, {@code java.net.http} drops every {@code
 * Authorization} header a request sets, the SigV4 signature included. A {@code Proxy-Authorization}
 * header is sent to the proxy for plain HTTP, and copied by the JDK onto the {@code CONNECT} of an
 * HTTPS tunnel (where the JVM allows Basic for tunnels, see {@link TunnelAuth}), never into the
 * tunnel.
 */
final class ProxyRouting extends ProxySelector {
  private final HttpProxy proxy;
  private final List<Proxy> through;
  private final String authorization;

  ProxyRouting(HttpProxy proxy) {
    this.proxy = proxy;
    this.authorization = proxy.hasCredentials() ? proxy.basicAuthorization() : null;
    this.through =
        List.of(
            new Proxy(
                Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
  }

  @Override
  public List<Proxy> select(URI uri) {
    return proxy.bypasses(uri.getHost()) ? List.of(Proxy.NO_PROXY) : through;
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // The call fails with its own TransportException; there is no other proxy to try.
  }

  /**
   * The {@code Proxy-Authorization} to send with a request to {@code uri}, or {@code null}: none
   * without credentials, and none to a host the proxy bypasses (the credentials are the proxy's,
   * never a server's).
   */
  String authorizationFor(URI uri) {
    return authorization != null && !proxy.bypasses(uri.getHost()) ? authorization : null;
  }

  /** The proxy, password masked. */
  @Override
  public String toString() {
    return proxy.toString();
  }
}
