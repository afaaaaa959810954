package io.dynamo.codec.spi;

import io.dynamo.codec.CodecFactory;
import java.util.List;

/**
 * Contributes codec factories to {@link io.dynamo.codec.CodecRegistry#defaults()} and to registries
 * built with discovery on, through {@link java.util.ServiceLoader}.
 *
 * <p>Declare an implementation with {@code provides io.dynamo.codec.spi.CodecProvider with ...} in
 * {@code module-info.java} and, for class-path users, in {@code
 * META-INF/services/io.dynamo.codec.spi.CodecProvider}. Implementations need a public no-argument
 * constructor.
 *
 * <p>Providers with a higher {@link #priority()} are asked first; equal priorities are ordered by
 * class name, so the order never depends on the class path.
 */
public interface CodecProvider {

  /** The factories this provider contributes, asked in this order. */
  List<CodecFactory> factories();

  /** Higher priorities are asked before lower ones; the default is 0. */
  default int priority() {
    return 0;
  }
}
