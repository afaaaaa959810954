/**
 * The default transport: {@link io.dynamo.transport.jdk.JdkTransport} sends the client's requests
 * with {@code java.net.http.HttpClient} over HTTP/1.1 with keep-alive, and needs nothing beyond the
 * JDK. Found through {@link io.dynamo.transport.jdk.JdkTransportProvider} (name {@code jdk}).
 */
module io.dynamo.transport.jdk {
  requires transitive io.dynamo.api;
  requires java.net.http;

  exports io.dynamo.transport.jdk;

  provides io.dynamo.api.spi.TransportProvider with
      io.dynamo.transport.jdk.JdkTransportProvider;
}
