package io.dynamo.codec;

import java.util.Map;

/**
 * The primary key of an item: its partition key and, for tables that have one, its sort key (a
 * page's {@code LastEvaluatedKey} on an index also holds the index's key attributes).
 *
 * <p>Key attributes must be strings, numbers or binaries, and strings and binaries must not be
 * empty; this is checked when the key is made. Immutable and thread-safe.
 */
public final class Key extends AttributeMap {

  private Key(Map<String, AttributeValue> attributes, CodecRegistry registry) {
    super(attributes, registry);
  }

  /**
   * A key from alternating attribute names and plain Java values, encoded with {@link
   * CodecRegistry#defaults()}: {@code Key.of("user/id", 1, "user/name", "Ivan")}.
   */
  public static Key of(Object... namesAndValues) {
    return create(CodecRegistry.defaults(), namesAndValues);
  }

  static Key create(CodecRegistry registry, Object... namesAndValues) {
    return new Key(check(Pairs.encode("Key.of", registry, namesAndValues)), registry);
  }

  /** A key holding a copy of {@code attributes}. */
  public static Key from(Map<String, ? extends AttributeValue> attributes) {
    return from(attributes, CodecRegistry.defaults());
  }

  /** A key holding a copy of {@code attributes}, whose getters decode with {@code registry}. */
  public static Key from(Map<String, ? extends AttributeValue> attributes, CodecRegistry registry) {
    return new Key(check(io.dynamo.codec.internal.Checks.item(attributes)), registry);
  }

  private static Map<String, AttributeValue> check(Map<String, AttributeValue> attributes) {
    if (attributes.isEmpty()) {
      throw new InvalidAttributeValueException("key has no attributes; name the partition key");
    }
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      AttributeValue v = e.getValue();
      if (!v.type().isKeyType()) {
        throw new InvalidAttributeValueException(
                "key attribute is " + v.type() + "; key attributes must be S, N or B")
            .inside(e.getKey());
      }
      if ((v instanceof AttributeValue.S && ((AttributeValue.S) v).value().isEmpty())
          || (v instanceof AttributeValue.B && ((AttributeValue.B) v).value().isEmpty())) {
        throw new InvalidAttributeValueException(
                "key attribute is empty; DynamoDB key strings and binaries must not be empty")
            .inside(e.getKey());
      }
    }
    return attributes;
  }
}
