package io.dynamo.transport.apache;

import java.io.IOException;
import java.net.Proxy;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;

/**
 * The classic client's pool, whose plain sockets are those of {@link SocketChannel}s: a thread
 * blocked reading or writing one is woken by {@link Thread#interrupt()}, which closes the channel
 * (a plain {@link Socket} ignores interrupts). That is what lets an interrupted {@link
 * ApacheTransport#execute} fail at once, whatever the exchange is doing (waiting for a pooled
 * connection was interruptible already). TLS is layered over the same socket, so it inherits this.
 *
 * <p>A SOCKS proxy from the JVM's {@link java.net.ProxySelector} needs a plain socket, so those
 * connections are not interruptible.
 */
final class InterruptiblePoolBuilder extends PoolingHttpClientConnectionManagerBuilder {

  InterruptiblePoolBuilder() {}

  // The builder's documented extension point for the connection operator; HttpClient marks it
  // internal, as it may change between minor versions.
  @Override
  protected HttpClientConnectionOperator createConnectionOperator(
      SchemePortResolver schemePortResolver,
      DnsResolver dnsResolver,
      TlsSocketStrategy tlsSocketStrategy) {
    return new DefaultHttpClientConnectionOperator(
        InterruptiblePoolBuilder::socket,
        schemePortResolver,
        dnsResolver,
        RegistryBuilder.<TlsSocketStrategy>create()
            .register(URIScheme.HTTPS.id, tlsSocketStrategy)
            .build());
  }

  private static Socket socket(Proxy socksProxy) throws IOException {
    return socksProxy == null ? SocketChannel.open().socket() : new Socket(socksProxy);
  }
}
