/** Service-provider interface for contributing codecs through {@link java.util.ServiceLoader}. */
package io.dynamo.codec.spi;
