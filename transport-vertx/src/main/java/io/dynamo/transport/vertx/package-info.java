/**
 * A {@link io.dynamo.api.spi.Transport} on the Vert.x Web Client: {@link
 * io.dynamo.transport.vertx.VertxTransport} and its {@link
 * io.dynamo.transport.vertx.VertxTransportProvider}.
 *
 * <p>Add the {@code io.dynamo:transport-vertx} artifact and a client built without {@code
 * .transport(...)} picks it up through {@link java.util.ServiceLoader} (it outranks the other
 * transports); or pass {@link io.dynamo.transport.vertx.VertxTransport#create(io.vertx.core.Vertx,
 * io.dynamo.api.spi.TransportOptions)} to the builder to share the application's own Vert.x.
 */
package io.dynamo.transport.vertx;
