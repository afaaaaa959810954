package io.dynamo.api.spi;

/**
 * Makes {@link Transport}s; found with {@link java.util.ServiceLoader}.
 *
 * <p>A client uses, in order: the transport given to its builder; the provider named by the system
 * property {@code io.dynamo.transport}; the discovered provider with the highest {@link
 * #priority()} (ties broken by name). Declare implementations with {@code provides
 * io.dynamo.api.spi.TransportProvider with ...} in {@code module-info.java} and in {@code
 * META-INF/services/io.dynamo.api.spi.TransportProvider}; they need a public no-argument
 * constructor.
 */
public interface TransportProvider {

  /** The name to select this provider by, such as {@code jdk}, {@code apache} or {@code vertx}. */
  String name();

  /** Higher wins when several providers are present and none is chosen. */
  default int priority() {
    return 0;
  }

  /** A new transport with these options. */
  Transport create(TransportOptions options);
}
