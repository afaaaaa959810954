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
 *
 * <p>The project's transports and their priorities:
 *
 * <table>
 *   <caption>Transport providers</caption>
 *   <tr><th>name</th><th>artifact</th><th>priority</th></tr>
 *   <tr><td>{@code vertx}</td><td>{@code io.dynamo:transport-vertx}</td><td>20</td></tr>
 *   <tr><td>{@code apache}</td><td>{@code io.dynamo:transport-apache}</td><td>10</td></tr>
 *   <tr><td>{@code jdk}</td><td>{@code io.dynamo:transport-jdk}</td><td>0</td></tr>
 * </table>
 *
 * <p>Why in this order: the JDK transport needs nothing, so it is the one that may be on a class
 * path without anyone having chosen it; an application that adds transport-apache or
 * transport-vertx has chosen an HTTP stack, and gets it. Vert.x ranks first because its presence
 * says the application runs on Vert.x event loops, where the non-blocking transport that shares
 * them is the right one. A provider outside the project should pick a priority relative to these.
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
