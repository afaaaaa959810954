/**
 * A natively asynchronous transport: {@link io.dynamo.transport.vertx.VertxTransport} sends the
 * client's requests with the Vert.x Web Client 5 over HTTP/1.1 with keep-alive, on Vert.x event
 * loops. Found through {@link io.dynamo.transport.vertx.VertxTransportProvider} (name {@code
 * vertx}, priority 20).
 */
module io.dynamo.transport.vertx {
  requires transitive io.dynamo.api;
  // Vertx and WebClient appear in VertxTransport's factories.
  requires transitive io.vertx.web.client;
  requires transitive io.vertx.core;
  requires io.vertx.web.common; // BodyCodec, for the capped response body
  requires io.netty.handler; // JdkSslContext, to use a given javax.net.ssl.SSLContext as it is
  requires io.netty.transport; // ConnectTimeoutException, to tell a connect timeout apart
  requires io.netty.handler.proxy; // ProxyConnectException, to tell a refused tunnel apart
  // Compile time only: the annotations on Vert.x's own types, so javac finds what they refer to.
  requires static io.vertx.codegen.api;
  requires static io.vertx.codegen.json;

  exports io.dynamo.transport.vertx;

  provides io.dynamo.api.spi.TransportProvider with
      io.dynamo.transport.vertx.VertxTransportProvider;
}
