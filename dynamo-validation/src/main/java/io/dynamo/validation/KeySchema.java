package io.dynamo.validation;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.model.AttributeDefinition;
import io.dynamo.api.model.KeySchemaElement;
import io.dynamo.api.model.KeyType;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.TableDescription;
import java.util.Objects;

/**
 * A table's primary key: its partition key and, for a composite key, its sort key, each with its
 * type. Keys of requests to the table must have exactly these attributes with these types; items
 * put into it must have them.
 *
 * @param partitionKey the partition (hash) key's attribute name
 * @param partitionType its type
 * @param sortKey the sort (range) key's attribute name, or {@code null} when the key has none
 * @param sortType its type, or {@code null} when the key has no sort key
 */
public record KeySchema(
    String partitionKey, ScalarType partitionType, String sortKey, ScalarType sortType) {

  /** Checks that the partition key is given, and the sort key with its type or neither. */
  public KeySchema {
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(partitionType, "partitionType");
    if ((sortKey == null) != (sortType == null)) {
      throw new IllegalArgumentException("give the sort key with its type, or neither");
    }
  }

  /** A key of a partition key only. */
  public static KeySchema of(String partitionKey, ScalarType partitionType) {
    return new KeySchema(partitionKey, partitionType, null, null);
  }

  /** A composite key: partition key and sort key. */
  public static KeySchema of(
      String partitionKey, ScalarType partitionType, String sortKey, ScalarType sortType) {
    return new KeySchema(partitionKey, partitionType, sortKey, sortType);
  }

  /**
   * The key schema of a table as DescribeTable describes it.
   *
   * @throws InvalidRequestException if the description has no key schema or lacks a key attribute's
   *     type
   */
  public static KeySchema from(TableDescription table) {
    String hash = null;
    String range = null;
    for (KeySchemaElement e : table.keySchema()) {
      if (KeyType.HASH.equals(e.keyType())) {
        hash = e.attributeName();
      } else if (KeyType.RANGE.equals(e.keyType())) {
        range = e.attributeName();
      }
    }
    if (hash == null) {
      throw new InvalidRequestException("KeySchema", "the table description has no partition key");
    }
    return new KeySchema(hash, type(table, hash), range, range == null ? null : type(table, range));
  }

  /** Whether the key has a sort key. */
  public boolean hasSortKey() {
    return sortKey != null;
  }

  private static ScalarType type(TableDescription table, String name) {
    for (AttributeDefinition d : table.attributeDefinitions()) {
      if (name.equals(d.attributeName())) {
        return d.attributeType();
      }
    }
    throw new InvalidRequestException(
        "AttributeDefinitions", "the table description does not give the type of " + name);
  }
}
