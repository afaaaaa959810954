package io.dynamo.api.model;

/**
 * Whether a failed condition returns the item as it was, in {@link
 * io.dynamo.api.ConditionalCheckFailedException#item()}.
 */
public enum ReturnValuesOnConditionCheckFailure {
  /** Return the item as it was. */
  ALL_OLD,
  /** Return nothing (the default). */
  NONE
}
