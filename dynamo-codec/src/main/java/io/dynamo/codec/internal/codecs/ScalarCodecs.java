package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.InvalidAttributeValueException;
import io.dynamo.codec.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Codecs for strings, numbers, booleans, binaries and other single values. */
final class ScalarCodecs {
  private ScalarCodecs() {}

  static Map<Class<?>, AttributeCodec<?>> all() {
    Map<Class<?>, AttributeCodec<?>> m = new LinkedHashMap<>();
    m.put(String.class, AttributeCodec.of(AttributeValue::s, Expect::s));
    m.put(
        Integer.class,
        AttributeCodec.<Integer>of(
            AttributeValue::n,
            v -> (int) Expect.integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int")));
    m.put(
        Long.class,
        AttributeCodec.<Long>of(
            AttributeValue::n, v -> Expect.integral(v, Long.MIN_VALUE, Long.MAX_VALUE, "a long")));
    m.put(
        Short.class,
        AttributeCodec.<Short>of(
            s -> AttributeValue.n(s.longValue()),
            v -> (short) Expect.integral(v, Short.MIN_VALUE, Short.MAX_VALUE, "a short")));
    m.put(
        Byte.class,
        AttributeCodec.<Byte>of(
            b -> AttributeValue.n(b.longValue()),
            v -> (byte) Expect.integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte")));
    m.put(
        Double.class, AttributeCodec.<Double>of(AttributeValue::n, v -> Expect.n(v).doubleValue()));
    m.put(Float.class, AttributeCodec.<Float>of(AttributeValue::n, v -> floatValue(Expect.n(v))));
    m.put(Boolean.class, AttributeCodec.<Boolean>of(AttributeValue::bool, Expect::bool));
    m.put(
        Character.class,
        AttributeCodec.<Character>of(
            c -> AttributeValue.s(String.valueOf(c)), ScalarCodecs::character));
    m.put(BigDecimal.class, AttributeCodec.<BigDecimal>of(AttributeValue::n, Expect::decimal));
    m.put(
        BigInteger.class,
        AttributeCodec.<BigInteger>of(AttributeValue::n, ScalarCodecs::bigInteger));
    m.put(Bytes.class, AttributeCodec.<Bytes>of(AttributeValue::b, Expect::b));
    m.put(
        byte[].class, AttributeCodec.<byte[]>of(AttributeValue::b, v -> Expect.b(v).toByteArray()));
    m.put(
        ByteBuffer.class,
        AttributeCodec.<ByteBuffer>of(
            buf -> AttributeValue.b(Bytes.of(buf)),
            v -> ByteBuffer.wrap(Expect.b(v).toByteArray())));
    m.put(UUID.class, AttributeCodec.ofString(UUID::toString, ScalarCodecs::uuid));
    m.put(URI.class, AttributeCodec.ofString(URI::toString, ScalarCodecs::uri));
    return m;
  }

  /** Rounded once, from the decimal: through a double first, some decimals round the wrong way. */
  private static float floatValue(AttributeValue.N n) {
    float f = Float.parseFloat(n.value());
    if (Float.isInfinite(f)) {
      throw new InvalidAttributeValueException(
          "number " + n.value() + " is beyond the range of a float (about 3.4E+38)");
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
          "number " + n.value() + " has a fraction and cannot be read as a BigInteger", e);
    }
  }

  private static UUID uuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw new InvalidAttributeValueException("'" + s + "' is not a UUID", e);
    }
  }

  private static URI uri(String s) {
    try {
      return new URI(s);
    } catch (java.net.URISyntaxException e) {
      throw new InvalidAttributeValueException("'" + s + "' is not a URI: " + e.getReason(), e);
    }
  }
}
