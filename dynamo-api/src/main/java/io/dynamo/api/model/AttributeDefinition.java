package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * A key attribute and its type, as a table's or an index's key schema uses it. Immutable and
 * thread-safe.
 *
 * @param attributeName the attribute's name, 1 to 255 characters
 * @param attributeType its type: S, N or B
 */
public record AttributeDefinition(String attributeName, ScalarType attributeType) {

  /** Checks the name's length and that the type is given. */
  public AttributeDefinition {
    Require.present("AttributeName", attributeName, "name the key attribute");
    Require.length(
        "AttributeName", attributeName, 1, 255, "key attribute names are 1 to 255 characters");
    Require.present(
        "AttributeType", attributeType, "key attribute '" + attributeName + "' needs S, N or B");
  }

  /** The attribute {@code name} of type {@code type}. */
  public static AttributeDefinition of(String name, ScalarType type) {
    return new AttributeDefinition(name, type);
  }
}
