package io.dynamo.validation.internal;

import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * Checks {@link AttributeLimits} on an {@link Item}, a {@link Key} or an {@link AttributeValue}:
 * the limits DynamoDB documents beyond its model (see {@link Rule}).
 */
public final class AttributeLimitsValidator
    implements ConstraintValidator<AttributeLimits, Object> {
  private static final int MAX_NAME_BYTES = 65535;

  /** Made by {@link RuleValidators}. */
  public AttributeLimitsValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Settings settings = Settings.of(context);
    if (value instanceof Item) {
      Map<String, AttributeValue> attributes = ((Item) value).attributes();
      if (cheapOk(attributes) && Sizes.ofAttributes(attributes) <= Sizes.MAX_ITEM_BYTES) {
        return true;
      }
      Report report = new Report(context);
      item(report, settings, attributes);
      return report.valid();
    }
    if (value instanceof Key) {
      Report report = new Report(context);
      key(report, settings, ((Key) value).attributes());
      return report.valid();
    }
    if (value instanceof AttributeValue) {
      AttributeValue v = (AttributeValue) value;
      if (!(v instanceof AttributeValue.M || v instanceof AttributeValue.L)) {
        return true; // a scalar: nothing to break
      }
      Report report = new Report(context);
      nested(report, settings, "", v, 1);
      return report.valid();
    }
    return true;
  }

  private static void item(
      Report report, Settings settings, Map<String, AttributeValue> attributes) {
    long size = Sizes.ofAttributes(attributes);
    if (size > Sizes.MAX_ITEM_BYTES) {
      report.add(
          "",
          Rule.ITEM_SIZE,
          "is "
              + size
              + " bytes as DynamoDB counts them (names and values); an item is at most 400 KB ("
              + Sizes.MAX_ITEM_BYTES
              + " bytes)",
          Describe.attributes(Item.from(attributes), settings.showValues()));
    }
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      name(report, e.getKey());
      nested(report, settings, e.getKey(), e.getValue(), 1);
    }
  }

  private static void key(
      Report report, Settings settings, Map<String, AttributeValue> attributes) {
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      name(report, e.getKey());
      keyValue(report, e.getKey(), e.getValue(), Sizes.MAX_PARTITION_KEY_BYTES, settings);
    }
  }

  /** Checks one key attribute's value: its type, not empty, at most {@code max} bytes. */
  static void keyValue(
      Report report, String name, AttributeValue value, int max, Settings settings) {
    String description = Describe.attribute(value, settings.showValues());
    if (!value.type().isKeyType()) {
      report.add(
          "",
          Rule.KEY_TYPE,
          "attribute " + quoteName(name) + " is " + value.type() + "; key attributes are S, N or B",
          description);
      return;
    }
    long bytes = Sizes.keyBytes(value);
    if (bytes == 0 && value.type() != io.dynamo.codec.AttributeType.N) {
      report.add(
          "",
          Rule.KEY_TYPE,
          "attribute " + quoteName(name) + " is empty; key attributes must not be empty",
          description);
    } else if (bytes > max) {
      boolean partition = max == Sizes.MAX_PARTITION_KEY_BYTES;
      report.add(
          "",
          partition ? Rule.PARTITION_KEY_SIZE : Rule.SORT_KEY_SIZE,
          "attribute "
              + quoteName(name)
              + " is "
              + bytes
              + " bytes; a "
              + (partition ? "partition" : "sort")
              + " key value is at most "
              + max
              + " bytes",
          description);
    }
  }

  private static void name(Report report, String name) {
    long bytes = Sizes.utf8Length(name);
    if (bytes == 0 || bytes > MAX_NAME_BYTES) {
      report.add(
          "",
          Rule.ATTRIBUTE_NAME,
          "has an attribute name of "
              + bytes
              + " bytes; attribute names are 1 to "
              + MAX_NAME_BYTES
              + " bytes",
          bytes == 0 ? "''" : "a name of " + bytes + " bytes");
    }
  }

  private static void nested(
      Report report, Settings settings, String where, AttributeValue value, int level) {
    if (value instanceof AttributeValue.M) {
      if (level > Sizes.MAX_DEPTH) {
        depth(report, settings, where, value);
        return;
      }
      for (Map.Entry<String, AttributeValue> e : ((AttributeValue.M) value).values().entrySet()) {
        nested(
            report,
            settings,
            where.isEmpty() ? e.getKey() : where + "." + e.getKey(),
            e.getValue(),
            level + 1);
      }
    } else if (value instanceof AttributeValue.L) {
      if (level > Sizes.MAX_DEPTH) {
        depth(report, settings, where, value);
        return;
      }
      int i = 0;
      for (AttributeValue v : ((AttributeValue.L) value).values()) {
        nested(report, settings, where + "[" + i++ + "]", v, level + 1);
      }
    }
  }

  private static void depth(Report report, Settings settings, String where, AttributeValue value) {
    report.add(
        "",
        Rule.NESTING,
        (where.isEmpty() ? "nests" : "attribute " + quoteName(where) + " nests")
            + " lists and maps more than "
            + Sizes.MAX_DEPTH
            + " levels deep",
        Describe.attribute(value, settings.showValues()));
  }

  /** Whether no limit but the size can be broken: no list or map, no odd name. */
  private static boolean cheapOk(Map<String, AttributeValue> attributes) {
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      AttributeValue v = e.getValue();
      if (e.getKey().isEmpty()
          || e.getKey().length() > MAX_NAME_BYTES / 3
          || v instanceof AttributeValue.M
          || v instanceof AttributeValue.L) {
        return false;
      }
    }
    return true;
  }

  static String quoteName(String name) {
    return Describe.quote(name);
  }
}
