package io.dynamo.validation.internal;

import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import java.util.Map;

/**
 * Sizes as DynamoDB counts them for its 400 KB item limit: an attribute is its name's UTF-8 bytes
 * plus its value's; a string is its UTF-8 bytes, a binary its bytes, a number one byte per two
 * significant digits plus one, a boolean or null one byte, a set the sum of its members, a list or
 * map three bytes plus one byte and the size (a map's with the names) of each element.
 */
public final class Sizes {
  /** DynamoDB's largest item: 400 KB, counted as 400 * 1024 bytes. */
  public static final long MAX_ITEM_BYTES = 400L * 1024;

  /** The longest partition key value, in bytes. */
  public static final int MAX_PARTITION_KEY_BYTES = 2048;

  /** The longest sort key value, in bytes. */
  public static final int MAX_SORT_KEY_BYTES = 1024;

  /** DynamoDB's deepest nesting of lists and maps. */
  public static final int MAX_DEPTH = 32;

  private Sizes() {}

  /** The size of an item or key: its attributes' names and values. */
  public static long ofAttributes(Map<String, AttributeValue> attributes) {
    long total = 0;
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      total += utf8Length(e.getKey()) + of(e.getValue());
    }
    return total;
  }

  /** The size of one value. */
  public static long of(AttributeValue value) {
    if (value == null) {
      return 0;
    }
    switch (value.type()) {
      case S:
        return utf8Length(((AttributeValue.S) value).value());
      case N:
        return number(((AttributeValue.N) value).value());
      case B:
        return ((AttributeValue.B) value).value().size();
      case SS:
        long ss = 0;
        for (String s : ((AttributeValue.SS) value).values()) {
          ss += utf8Length(s);
        }
        return ss;
      case NS:
        long ns = 0;
        for (String n : ((AttributeValue.NS) value).values()) {
          ns += number(n);
        }
        return ns;
      case BS:
        long bs = 0;
        for (Bytes b : ((AttributeValue.BS) value).values()) {
          bs += b.size();
        }
        return bs;
      case M:
        long m = 3;
        for (Map.Entry<String, AttributeValue> e : ((AttributeValue.M) value).values().entrySet()) {
          m += 1 + utf8Length(e.getKey()) + of(e.getValue());
        }
        return m;
      case L:
        long l = 3;
        for (AttributeValue v : ((AttributeValue.L) value).values()) {
          l += 1 + of(v);
        }
        return l;
      case UNKNOWN:
        return utf8Length(((AttributeValue.Unknown) value).json());
      default: // BOOL, NULL
        return 1;
    }
  }

  /**
   * How deep lists and maps nest in {@code value}: 0 for a scalar or set, 1 for a list or map of
   * scalars, and so on.
   */
  public static int depth(AttributeValue value) {
    if (value instanceof AttributeValue.M) {
      return 1 + deepest(((AttributeValue.M) value).values().values());
    }
    if (value instanceof AttributeValue.L) {
      return 1 + deepest(((AttributeValue.L) value).values());
    }
    return 0;
  }

  /** The deepest nesting among {@code values}. */
  public static int deepest(Iterable<AttributeValue> values) {
    int max = 0;
    for (AttributeValue v : values) {
      max = Math.max(max, depth(v));
    }
    return max;
  }

  /** The bytes of a key attribute's value: a string's UTF-8 bytes, a binary's or number's size. */
  public static long keyBytes(AttributeValue value) {
    return of(value);
  }

  /** The number of bytes {@code s} takes in UTF-8, without encoding it. */
  public static long utf8Length(String s) {
    long n = 0;
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < len
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** A number's size: one byte per two significant digits, plus one. */
  static long number(String text) {
    int digits = 0;
    int firstNonZero = -1;
    int lastNonZero = -1;
    int exponent = text.indexOf('e');
    if (exponent < 0) {
      exponent = text.indexOf('E');
    }
    int end = exponent < 0 ? text.length() : exponent;
    int position = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (c != '0') {
          if (firstNonZero < 0) {
            firstNonZero = position;
          }
          lastNonZero = position;
        }
        position++;
      }
    }
    if (firstNonZero >= 0) {
      digits = lastNonZero - firstNonZero + 1;
    }
    return (digits + 1) / 2 + 1;
  }
}
