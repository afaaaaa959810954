package io.dynamo.validation.internal;

import io.dynamo.api.model.DynamoEnum;
import io.dynamo.codec.AttributeMap;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import java.util.Collection;
import java.util.Map;

/**
 * Describes an offending value for a message without giving away data: attribute values, items and
 * keys by type and size; a request's own strings (names, expressions) quoted, cut at 64 characters;
 * an annotated item's values by type and size unless values may be shown.
 */
public final class Describe {
  private static final int MAX_QUOTED = 64;

  private Describe() {}

  /** A value of a request's member. */
  public static String member(Object value, boolean showValues) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return quote((String) value);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof DynamoEnum) {
      return quote(((DynamoEnum) value).value());
    }
    if (value instanceof AttributeValue) {
      return attribute((AttributeValue) value, showValues);
    }
    if (value instanceof AttributeMap) {
      return attributes((AttributeMap) value, showValues);
    }
    if (value instanceof Collection) {
      return count("list of ", ((Collection<?>) value).size(), " element");
    }
    if (value instanceof Map) {
      return count("map of ", ((Map<?, ?>) value).size(), " entry");
    }
    return value.getClass().getSimpleName();
  }

  /** A value inside a user's annotated item: its type and size, or the value when allowed. */
  public static String itemValue(Object value, boolean showValues) {
    if (value == null) {
      return "null";
    }
    if (showValues) {
      String text = String.valueOf(value);
      return value instanceof CharSequence ? quote(text) : cut(text);
    }
    if (value instanceof CharSequence) {
      return "String of " + count("", ((CharSequence) value).length(), " character");
    }
    if (value instanceof Collection) {
      return value.getClass().getSimpleName()
          + " of "
          + count("", ((Collection<?>) value).size(), " element");
    }
    if (value instanceof Map) {
      return value.getClass().getSimpleName()
          + " of "
          + count("", ((Map<?, ?>) value).size(), " entry");
    }
    if (value.getClass().isArray()) {
      return value.getClass().getComponentType().getSimpleName() + " array";
    }
    return value.getClass().getSimpleName();
  }

  /** One attribute value: its type and size, or its JSON when allowed. */
  public static String attribute(AttributeValue value, boolean showValues) {
    if (showValues) {
      return cut(value.toString());
    }
    switch (value.type()) {
      case S:
      case N:
      case B:
      case UNKNOWN:
        return value.type() + " of " + count("", Sizes.of(value), " byte");
      case SS:
      case NS:
      case BS:
        return value.type()
            + " of "
            + count("", setSize(value), " member")
            + ", "
            + count("", Sizes.of(value), " byte");
      case M:
        return "M of "
            + count("", ((AttributeValue.M) value).values().size(), " attribute")
            + ", "
            + count("", Sizes.of(value), " byte");
      case L:
        return "L of "
            + count("", ((AttributeValue.L) value).values().size(), " element")
            + ", "
            + count("", Sizes.of(value), " byte");
      default:
        return value.type().toString();
    }
  }

  /** An item or key: how many attributes and bytes. */
  public static String attributes(AttributeMap map, boolean showValues) {
    if (showValues) {
      return cut(map.toString());
    }
    return (map instanceof Item ? "Item of " : "Key of ")
        + count("", map.size(), " attribute")
        + ", "
        + count("", Sizes.ofAttributes(map.attributes()), " byte");
  }

  /** A string quoted, cut at 64 characters. */
  public static String quote(String s) {
    return "'" + cut(s) + "'";
  }

  private static String cut(String s) {
    return s.length() <= MAX_QUOTED
        ? s
        : s.substring(0, MAX_QUOTED) + "... (" + s.length() + " characters)";
  }

  private static int setSize(AttributeValue value) {
    if (value instanceof AttributeValue.SS) {
      return ((AttributeValue.SS) value).values().size();
    }
    if (value instanceof AttributeValue.NS) {
      return ((AttributeValue.NS) value).values().size();
    }
    return ((AttributeValue.BS) value).values().size();
  }

  private static String count(String prefix, long n, String unit) {
    if (n == 1) {
      return prefix + n + unit;
    }
    return prefix
        + n
        + (unit.endsWith("y") ? unit.substring(0, unit.length() - 1) + "ies" : unit + "s");
  }
}
