package io.dynamo.api.model;

/**
 * One attribute of a key schema and its role, as DynamoDB describes tables and indexes. Immutable
 * and thread-safe.
 *
 * @param attributeName the key attribute's name
 * @param keyType {@link KeyType#HASH} for the partition key, {@link KeyType#RANGE} for the sort key
 */
public record KeySchemaElement(String attributeName, KeyType keyType) {

  /** The element for {@code name} in the role {@code keyType}. */
  public static KeySchemaElement of(String name, KeyType keyType) {
    return new KeySchemaElement(name, keyType);
  }
}
