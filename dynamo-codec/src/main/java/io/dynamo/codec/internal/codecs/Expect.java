package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.AttributeType;
import io.dynamo.codec.AttributeTypeException;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.InvalidAttributeValueException;
import io.dynamo.codec.internal.Numbers;
import java.math.BigDecimal;

/** Takes the content of an attribute value of an expected type, or fails naming both types. */
public final class Expect {
  private Expect() {}

  /** The string of an {@code S}. */
  public static String s(AttributeValue v) {
    if (v instanceof AttributeValue.S) {
      return ((AttributeValue.S) v).value();
    }
    throw new AttributeTypeException("S", v.type());
  }

  /** The number of an {@code N}. */
  public static AttributeValue.N n(AttributeValue v) {
    if (v instanceof AttributeValue.N) {
      return (AttributeValue.N) v;
    }
    throw new AttributeTypeException("N", v.type());
  }

  /** The exact decimal of an {@code N}. */
  public static BigDecimal decimal(AttributeValue v) {
    return n(v).bigDecimalValue();
  }

  /** The bytes of a {@code B}. */
  public static Bytes b(AttributeValue v) {
    if (v instanceof AttributeValue.B) {
      return ((AttributeValue.B) v).value();
    }
    throw new AttributeTypeException("B", v.type());
  }

  /** The boolean of a {@code BOOL}. */
  public static boolean bool(AttributeValue v) {
    if (v instanceof AttributeValue.Bool) {
      return ((AttributeValue.Bool) v).value();
    }
    throw new AttributeTypeException("BOOL", v.type());
  }

  /** The number as a long, exactly; fractions and overflow fail with the target type's name. */
  public static long integral(AttributeValue v, long min, long max, String typeName) {
    AttributeValue.N n = n(v);
    try {
      long value = Numbers.longValueExact(n.value());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (ArithmeticException e) {
      // falls through to the error below
    }
    throw new InvalidAttributeValueException(
        "number does not fit in " + typeName + " (whole numbers " + min + " to " + max + ")");
  }

  /** Fails for a value of the wrong type. */
  public static AttributeTypeException mismatch(String expected, AttributeType actual) {
    return new AttributeTypeException(expected, actual);
  }
}
