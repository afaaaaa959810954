package io.dynamo.transport.apache;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.api.spi.TransportProvider;

/**
 * Makes {@link ApacheTransport}s; found by {@link java.util.ServiceLoader} under the name {@value
 * ApacheTransport#NAME} with priority 10: it wins over the JDK transport (0) when both are present,
 * and yields to the Vert.x transport (20), unless one is chosen with {@code -Dio.dynamo.transport}.
 */
public final class ApacheTransportProvider implements TransportProvider {
  /** This provider's priority. */
  static final int PRIORITY = 10;

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public ApacheTransportProvider() {}

  /** {@value ApacheTransport#NAME}. */
  @Override
  public String name() {
    return ApacheTransport.NAME;
  }

  /** 10: chosen over the JDK transport, an application that adds this artifact wants it. */
  @Override
  public int priority() {
    return PRIORITY;
  }

  /** A new {@link ApacheTransport} with these options, on HttpClient instances of its own. */
  @Override
  public Transport create(TransportOptions options) {
    return ApacheTransport.create(options);
  }
}
