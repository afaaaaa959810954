/**
 * The transport service-provider interface: how the client sends HTTP requests, implemented by the
 * {@code transport-jdk}, {@code transport-apache} and {@code transport-vertx} modules.
 */
package io.dynamo.api.spi;
