/**
 * A {@link io.dynamo.api.spi.Transport} on {@code java.net.http.HttpClient}: {@link
 * io.dynamo.transport.jdk.JdkTransport} and its {@link
 * io.dynamo.transport.jdk.JdkTransportProvider}.
 *
 * <p>Add the {@code io.dynamo:transport-jdk} artifact and a client built without {@code
 * .transport(...)} picks it up through {@link java.util.ServiceLoader}; or pass {@link
 * io.dynamo.transport.jdk.JdkTransport#create(io.dynamo.api.spi.TransportOptions)} to the builder.
 */
package io.dynamo.transport.jdk;
