package io.dynamo.transport.vertx;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.vertx.core.net.SSLEngineOptions;
import io.vertx.core.spi.tls.SslContextFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * Vert.x TLS engine options that use a given {@link SSLContext} as it is: its trust managers, key
 * managers and provider, through Netty's {@link JdkSslContext}.
 *
 * <p>Vert.x's own options build a context from trust and key stores; an {@code SSLContext} does not
 * show its trust managers, so this engine is the one way to honour {@link
 * io.dynamo.api.spi.TransportOptions#sslContext()} exactly. Vert.x still configures each engine it
 * makes from the context: host-name verification ({@code HTTPS} endpoint identification, as the
 * client options' {@code verifyHost} asks), SNI and the enabled protocols.
 */
final class GivenSslContext extends SSLEngineOptions {
  private final SSLContext context;

  GivenSslContext(SSLContext context) {
    this.context = context;
  }

  @Override
  public GivenSslContext copy() {
    return new GivenSslContext(context);
  }

  @Override
  public SslContextFactory sslContextFactory() {
    return new Factory();
  }

  /** Makes client contexts only: this transport never serves TLS. */
  private final class Factory implements SslContextFactory {
    private boolean forClient = true;

    @Override
    public SslContextFactory forClient(boolean client) {
      this.forClient = client;
      return this;
    }

    @Override
    public SslContext create() throws SSLException {
      if (!forClient) {
        throw new SSLException("a transport's TLS context is for clients only");
      }
      return new JdkSslContext(
          context,
          true,
          null,
          IdentityCipherSuiteFilter.INSTANCE,
          ApplicationProtocolConfig.DISABLED,
          ClientAuth.NONE,
          null,
          false);
    }
  }
}
