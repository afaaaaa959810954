package io.dynamo.api.constraint;

/**
 * What a value is on the Java side, which says what {@link ValueConstraints#min()} and {@link
 * ValueConstraints#max()} bound.
 */
public enum ValueKind {
  /**
   * A {@link String}; min and max bound its length (the client's checks count {@link
   * String#length()}).
   */
  STRING,
  /** One of the model's enums: a generated {@code DynamoEnum}; see the allowed values. */
  ENUM,
  /** An {@link Integer}, {@link Long} or {@link Double}; min and max bound its value. */
  NUMBER,
  /** A {@link Boolean}. */
  BOOLEAN,
  /** Bytes ({@code io.dynamo.codec.Bytes}); min and max bound their length. */
  BLOB,
  /** A {@link java.time.Instant}. */
  TIMESTAMP,
  /** A {@link java.util.List}; min and max bound its size, the element is described too. */
  LIST,
  /** A {@link java.util.Map} with string keys; min and max bound its size, key and value too. */
  MAP,
  /** A generated structure, described by its own {@link ShapeConstraints}. */
  STRUCTURE,
  /** One attribute value ({@code io.dynamo.codec.AttributeValue}). */
  ATTRIBUTE_VALUE,
  /**
   * Attribute values by name held by the codec's {@code Item} or {@code Key}: a map in the model,
   * whose key (the attribute name) and value are described too.
   */
  ITEM
}
