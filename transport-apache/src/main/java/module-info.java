/**
 * A transport on Apache HttpClient 5: {@link io.dynamo.transport.apache.ApacheTransport} sends
 * synchronous calls with the classic (blocking) client and asynchronous ones with the async client,
 * over pooled HTTP/1.1 connections. Found through {@link
 * io.dynamo.transport.apache.ApacheTransportProvider} (name {@code apache}, priority 10).
 *
 * <p>HttpClient's types appear in the builder, which accepts a user's own clients, hence {@code
 * requires transitive}. HttpClient is an automatic module; it brings httpcore5, httpcore5-h2 and
 * slf4j-api (also automatic modules).
 */
module io.dynamo.transport.apache {
  requires transitive io.dynamo.api;
  requires transitive org.apache.httpcomponents.client5.httpclient5;
  requires transitive org.apache.httpcomponents.core5.httpcore5;
  // HttpVersionPolicy, to keep the async client on HTTP/1.1, lives in httpcore5-h2.
  requires org.apache.httpcomponents.core5.httpcore5.h2;
  // HttpClient and httpcore5 use jdk.net's socket options, and as automatic modules they cannot
  // say so: without this, an application on the module path would not resolve jdk.net, and the
  // first connection would fail with NoClassDefFoundError: jdk/net/Sockets.
  requires jdk.net;

  exports io.dynamo.transport.apache;

  provides io.dynamo.api.spi.TransportProvider with
      io.dynamo.transport.apache.ApacheTransportProvider;
}
