package io.dynamo.transport.jdk;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.api.spi.TransportProvider;

/**
 * Makes {@link JdkTransport}s; found by {@link java.util.ServiceLoader} under the name {@value
 * JdkTransport#NAME} with priority 0, so a transport with a higher priority wins when both are
 * present and none is chosen with {@code -Dio.dynamo.transport}.
 */
public final class JdkTransportProvider implements TransportProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public JdkTransportProvider() {}

  /** {@value JdkTransport#NAME}. */
  @Override
  public String name() {
    return JdkTransport.NAME;
  }

  /** 0: the default transport, chosen when no other is present. */
  @Override
  public int priority() {
    return 0;
  }

  /** A new {@link JdkTransport} with these options. */
  @Override
  public Transport create(TransportOptions options) {
    return JdkTransport.create(options);
  }
}
