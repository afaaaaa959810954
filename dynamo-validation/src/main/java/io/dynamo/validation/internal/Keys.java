package io.dynamo.validation.internal;

import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.validation.KeySchema;
import java.util.Map;

/** Keys and items against a table's known key schema. */
final class Keys {
  private Keys() {}

  /** A key has exactly the schema's attributes, with their types and sizes. */
  static void key(Report report, String path, Key key, KeySchema schema, Settings settings) {
    if (key == null || schema == null) {
      return;
    }
    Map<String, AttributeValue> attributes = key.attributes();
    String description = Describe.attributes(key, settings.showValues());
    attribute(
        report,
        path,
        attributes,
        schema.partitionKey(),
        schema.partitionType(),
        "partition",
        description,
        Rule.KEY_SCHEMA);
    if (schema.hasSortKey()) {
      attribute(
          report,
          path,
          attributes,
          schema.sortKey(),
          schema.sortType(),
          "sort",
          description,
          Rule.KEY_SCHEMA);
    }
    for (String name : attributes.keySet()) {
      if (!name.equals(schema.partitionKey()) && !name.equals(schema.sortKey())) {
        report.add(
            path,
            Rule.KEY_SCHEMA,
            "has attribute "
                + Describe.quote(name)
                + ", which is not part of the table's key ("
                + names(schema)
                + ")",
            description);
      }
    }
    sortKeySize(report, path, attributes, schema, settings);
  }

  /** An item has the schema's attributes, with their types and sizes. */
  static void item(Report report, String path, Item item, KeySchema schema, Settings settings) {
    if (item == null || schema == null) {
      return;
    }
    Map<String, AttributeValue> attributes = item.attributes();
    String description = Describe.attributes(item, settings.showValues());
    attribute(
        report,
        path,
        attributes,
        schema.partitionKey(),
        schema.partitionType(),
        "partition",
        description,
        Rule.ITEM_KEY);
    if (schema.hasSortKey()) {
      attribute(
          report,
          path,
          attributes,
          schema.sortKey(),
          schema.sortType(),
          "sort",
          description,
          Rule.ITEM_KEY);
    }
    AttributeValue partition = attributes.get(schema.partitionKey());
    if (partition != null && partition.type().isKeyType()) {
      size(report, path, schema.partitionKey(), partition, Sizes.MAX_PARTITION_KEY_BYTES, settings);
    }
    sortKeySize(report, path, attributes, schema, settings);
  }

  /** The key attributes of {@code attributes} under {@code schema}, to compare items by key. */
  static Map<String, AttributeValue> keyOf(
      Map<String, AttributeValue> attributes, KeySchema schema) {
    if (schema == null) {
      return attributes;
    }
    AttributeValue p = attributes.get(schema.partitionKey());
    AttributeValue s = schema.hasSortKey() ? attributes.get(schema.sortKey()) : null;
    if (p == null) {
      return Map.of();
    }
    return s == null
        ? Map.of(schema.partitionKey(), p)
        : Map.of(schema.partitionKey(), p, schema.sortKey(), s);
  }

  private static void sortKeySize(
      Report report,
      String path,
      Map<String, AttributeValue> attributes,
      KeySchema schema,
      Settings settings) {
    if (schema.hasSortKey()) {
      AttributeValue sort = attributes.get(schema.sortKey());
      if (sort != null && sort.type().isKeyType()) {
        size(report, path, schema.sortKey(), sort, Sizes.MAX_SORT_KEY_BYTES, settings);
      }
    }
  }

  private static void size(
      Report report, String path, String name, AttributeValue value, int max, Settings settings) {
    long bytes = Sizes.keyBytes(value);
    if (bytes == 0 && value.type() != io.dynamo.codec.AttributeType.N) {
      report.add(
          path,
          Rule.KEY_TYPE,
          "attribute " + Describe.quote(name) + " is empty; key attributes must not be empty",
          Describe.attribute(value, settings.showValues()));
    } else if (bytes > max) {
      boolean partition = max == Sizes.MAX_PARTITION_KEY_BYTES;
      report.add(
          path,
          partition ? Rule.PARTITION_KEY_SIZE : Rule.SORT_KEY_SIZE,
          "attribute "
              + Describe.quote(name)
              + " is "
              + bytes
              + " bytes; a "
              + (partition ? "partition" : "sort")
              + " key value is at most "
              + max
              + " bytes",
          Describe.attribute(value, settings.showValues()));
    }
  }

  private static void attribute(
      Report report,
      String path,
      Map<String, AttributeValue> attributes,
      String name,
      ScalarType type,
      String which,
      String description,
      Rule rule) {
    AttributeValue value = attributes.get(name);
    if (value == null) {
      report.add(
          path,
          rule,
          "has no attribute "
              + Describe.quote(name)
              + ", the table's "
              + which
              + " key ("
              + type.value()
              + ")",
          description);
    } else if (!value.type().name().equals(type.value())) {
      report.add(
          path,
          rule,
          "has attribute "
              + Describe.quote(name)
              + " of type "
              + value.type()
              + ", but the table's "
              + which
              + " key is "
              + type.value(),
          description);
    }
  }

  private static String names(KeySchema schema) {
    return schema.hasSortKey()
        ? schema.partitionKey() + ", " + schema.sortKey()
        : schema.partitionKey();
  }
}
