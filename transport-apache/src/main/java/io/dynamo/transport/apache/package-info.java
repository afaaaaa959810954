/**
 * A {@link io.dynamo.api.spi.Transport} on Apache HttpClient 5: {@link
 * io.dynamo.transport.apache.ApacheTransport} and its {@link
 * io.dynamo.transport.apache.ApacheTransportProvider}.
 *
 * <p>Add the {@code io.dynamo:transport-apache} artifact and a client built without {@code
 * .transport(...)} picks it up through {@link java.util.ServiceLoader} (it outranks the JDK
 * transport); or pass {@link io.dynamo.transport.apache.ApacheTransport#create(
 * io.dynamo.api.spi.TransportOptions)} or a transport built around your own HttpClient instances
 * with {@link io.dynamo.transport.apache.ApacheTransport#builder()} to the client's builder.
 */
package io.dynamo.transport.apache;
