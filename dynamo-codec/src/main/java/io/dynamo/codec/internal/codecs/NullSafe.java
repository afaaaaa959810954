package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeType;
import io.dynamo.codec.AttributeValue;

/**
 * Applies the registry's rule: codecs see neither {@code null} nor {@code NULL} unless they ask.
 */
public final class NullSafe {
  private NullSafe() {}

  /** Encodes {@code value}; {@code null} is {@code NULL} unless the codec handles nulls. */
  public static <T> AttributeValue encode(AttributeCodec<T> codec, T value) {
    if (value == null && !codec.handlesNull()) {
      return AttributeValue.nul();
    }
    return codec.encode(value);
  }

  /** Decodes {@code value}; {@code NULL} is {@code null} unless the codec handles nulls. */
  public static <T> T decode(AttributeCodec<T> codec, AttributeValue value) {
    if (value.type() == AttributeType.NULL && !codec.handlesNull()) {
      return null;
    }
    return codec.decode(value);
  }
}
