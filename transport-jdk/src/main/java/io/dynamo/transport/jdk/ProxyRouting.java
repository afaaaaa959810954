package io.dynamo.transport.jdk;

import io.dynamo.api.spi.HttpProxy;
import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * An {@link HttpProxy} as {@code java.net.http} takes it: a {@link ProxySelector} that sends every
 * request through the proxy except to the hosts it bypasses, and an {@link Authenticator} that
 * answers the proxy's challenge (never a server's) with its Basic credentials.
 */
final class ProxyRouting extends ProxySelector {
  private final HttpProxy proxy;
  private final List<Proxy> through;

  ProxyRouting(HttpProxy proxy) {
    this.proxy = proxy;
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

  /** The credentials for the proxy's challenges, or {@code null} if it has none. */
  Authenticator authenticator() {
    if (!proxy.hasCredentials()) {
      return null;
    }
    String user = proxy.username();
    String password = proxy.password();
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY) {
          return null; // the credentials are the proxy's; a server's challenge gets nothing
        }
        return new PasswordAuthentication(user, password.toCharArray());
      }
    };
  }

  /** The proxy, password masked. */
  @Override
  public String toString() {
    return proxy.toString();
  }
}
