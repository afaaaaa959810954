package io.dynamo.api.model;

/** The role of an attribute in a key schema. */
public enum KeyType {
  /** The partition key. */
  HASH,
  /** The sort key. */
  RANGE
}
