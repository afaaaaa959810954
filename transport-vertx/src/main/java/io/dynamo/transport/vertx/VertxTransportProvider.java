package io.dynamo.transport.vertx;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.api.spi.TransportProvider;

/**
 * Makes {@link VertxTransport}s; found by {@link java.util.ServiceLoader} under the name {@value
 * VertxTransport#NAME} with priority 20, the highest of the project's transports: an application
 * with Vert.x on its path runs on Vert.x event loops, where the transport that shares them is the
 * right one. A transport made this way runs on a small Vert.x of its own; to share the
 * application's, give the client {@link VertxTransport#create(io.vertx.core.Vertx,
 * TransportOptions)} instead.
 */
public final class VertxTransportProvider implements TransportProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public VertxTransportProvider() {}

  /** {@value VertxTransport#NAME}. */
  @Override
  public String name() {
    return VertxTransport.NAME;
  }

  /** 20: above transport-apache (10) and transport-jdk (0). */
  @Override
  public int priority() {
    return 20;
  }

  /** A new {@link VertxTransport} on a Vert.x of its own, with these options. */
  @Override
  public Transport create(TransportOptions options) {
    return VertxTransport.create(options);
  }
}
