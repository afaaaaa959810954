package io.dynamo.api.model;

/**
 * A value of one of DynamoDB's enumerations. Each is a class with a constant per value the model
 * knows; a value DynamoDB sends that this client does not know yet is kept, not lost: {@link
 * #isKnown()} is {@code false} for it and {@link #value()} gives it back.
 */
public interface DynamoEnum {
  /** The value as DynamoDB writes it, such as {@code ACTIVE}. */
  String value();

  /** Whether this is one of the values this client knows. */
  boolean isKnown();
}
