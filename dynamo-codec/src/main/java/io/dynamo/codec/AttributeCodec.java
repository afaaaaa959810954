package io.dynamo.codec;

import java.util.function.Function;

/**
 * Converts between a Java type and DynamoDB attribute values.
 *
 * <p>A codec never sees {@code null} or {@link AttributeValue.Null}: the registry maps those to
 * each other itself, unless {@link #handlesNull()} says the codec wants them (as the {@code
 * Optional} codec does). Implementations must be thread-safe. Register one with {@link
 * CodecRegistry.Builder#register(Class, AttributeCodec)}, or from a {@link CodecFactory}.
 *
 * @param <T> the Java type
 */
public interface AttributeCodec<T> {

  /** The attribute value for {@code value}, which is not null. */
  AttributeValue encode(T value);

  /**
   * The Java value for {@code value}, which is not {@code NULL}.
   *
   * @throws AttributeTypeException if the value is not of a DynamoDB type this codec reads
   */
  T decode(AttributeValue value);

  /** Whether this codec encodes {@code null} and decodes {@code NULL} itself. */
  default boolean handlesNull() {
    return false;
  }

  /** A codec from two functions. */
  static <T> AttributeCodec<T> of(
      Function<? super T, ? extends AttributeValue> encoder,
      Function<? super AttributeValue, ? extends T> decoder) {
    return new AttributeCodec<>() {
      @Override
      public AttributeValue encode(T value) {
        return encoder.apply(value);
      }

      @Override
      public T decode(AttributeValue value) {
        return decoder.apply(value);
      }
    };
  }

  /**
   * A codec for a type stored as a string, from its to-string and parse functions, for example
   * {@code AttributeCodec.ofString(Money::toString, Money::parse)}.
   */
  static <T> AttributeCodec<T> ofString(
      Function<? super T, String> toText, Function<String, ? extends T> parse) {
    return of(
        v -> AttributeValue.s(toText.apply(v)),
        v -> {
          if (!(v instanceof AttributeValue.S)) {
            throw new AttributeTypeException("S", v.type());
          }
          return parse.apply(((AttributeValue.S) v).value());
        });
  }
}
