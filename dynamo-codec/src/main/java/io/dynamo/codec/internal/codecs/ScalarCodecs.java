package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.InvalidAttributeValueException;
import io.dynamo.codec.internal.Numbers;
import io.dynamo.codec.internal.Shown;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.UUID;

/** Codecs for strings, numbers, booleans, binaries and other single values. */
final class ScalarCodecs {
  private ScalarCodecs() {}

  /** The codec for exactly {@code type}, made on first request, or null. */
  static AttributeCodec<?> forClass(Class<?> type) {
    if (type == String.class) {
      return AttributeCodec.of(AttributeValue::s, Expect::s);
    }
    if (type == Integer.class) {
      return AttributeCodec.<Integer>of(
          AttributeValue::n,
          v -> (int) Expect.integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int"));
    }
    if (type == Long.class) {
      return AttributeCodec.<Long>of(
          AttributeValue::n, v -> Expect.integral(v, Long.MIN_VALUE, Long.MAX_VALUE, "a long"));
    }
    if (type == Short.class) {
      return AttributeCodec.<Short>of(
          s -> AttributeValue.n(s.longValue()),
          v -> (short) Expect.integral(v, Short.MIN_VALUE, Short.MAX_VALUE, "a short"));
    }
    if (type == Byte.class) {
      return AttributeCodec.<Byte>of(
          b -> AttributeValue.n(b.longValue()),
          v -> (byte) Expect.integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte"));
    }
    if (type == Double.class) {
      return AttributeCodec.<Double>of(AttributeValue::n, v -> Expect.n(v).doubleValue());
    }
    if (type == Float.class) {
      return AttributeCodec.<Float>of(AttributeValue::n, v -> floatValue(Expect.n(v)));
    }
    if (type == Boolean.class) {
      return AttributeCodec.<Boolean>of(AttributeValue::bool, Expect::bool);
    }
    if (type == Character.class) {
      return AttributeCodec.<Character>of(
          c -> AttributeValue.s(String.valueOf(c)), ScalarCodecs::character);
    }
    if (type == BigDecimal.class) {
      return AttributeCodec.<BigDecimal>of(AttributeValue::n, Expect::decimal);
    }
    if (type == BigInteger.class) {
      return AttributeCodec.<BigInteger>of(AttributeValue::n, ScalarCodecs::bigInteger);
    }
    if (type == Bytes.class) {
      return AttributeCodec.<Bytes>of(AttributeValue::b, Expect::b);
    }
    if (type == byte[].class) {
      return AttributeCodec.<byte[]>of(AttributeValue::b, v -> Expect.b(v).toByteArray());
    }
    if (type == ByteBuffer.class) {
      return AttributeCodec.<ByteBuffer>of(
          buf -> AttributeValue.b(Bytes.of(buf)), v -> ByteBuffer.wrap(Expect.b(v).toByteArray()));
    }
    if (type == UUID.class) {
      return AttributeCodec.ofString(UUID::toString, ScalarCodecs::uuid);
    }
    if (type == URI.class) {
      return AttributeCodec.ofString(URI::toString, ScalarCodecs::uri);
    }
    return null;
  }

  /** Rounded once, from the decimal: through a double first, some decimals round the wrong way. */
  private static float floatValue(AttributeValue.N n) {
    float f = Float.parseFloat(n.value());
    if (Float.isInfinite(f)) {
      throw new InvalidAttributeValueException(
          "number is beyond the range of a float (about 3.4E+38)");
    }
    return f;
  }

  private static Character character(AttributeValue v) {
    String s = Expect.s(v);
    if (s.length() != 1) {
      throw new InvalidAttributeValueException(
          "string of length " + s.length() + " cannot be read as a single character");
    }
    return s.charAt(0);
  }

  private static BigInteger bigInteger(AttributeValue v) {
    AttributeValue.N n = Expect.n(v);
    try {
      return Numbers.canonical(n.value()).toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new InvalidAttributeValueException(
          "number has a fraction and cannot be read as a BigInteger", e);
    }
  }

  private static UUID uuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw new InvalidAttributeValueException(Shown.value("string", s) + " is not a UUID", e);
    }
  }

  private static URI uri(String s) {
    try {
      return new URI(s);
    } catch (java.net.URISyntaxException e) {
      throw new InvalidAttributeValueException(
          Shown.value("string", s) + " is not a URI (" + e.getReason() + ")", e);
    }
  }
}
