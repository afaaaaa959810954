package io.dynamo.codec;

/**
 * The data types of DynamoDB attribute values, named as on the wire.
 *
 * <p>{@link #UNKNOWN} stands for a type tag this library does not know, sent by a
 * DynamoDB-compatible server (such as ScyllaDB Alternator's {@code FLOAT32VECTOR}).
 */
public enum AttributeType {
  /** String. */
  S,
  /** Number, kept as its decimal string. */
  N,
  /** Binary. */
  B,
  /** String set. */
  SS,
  /** Number set. */
  NS,
  /** Binary set. */
  BS,
  /** Map of attribute names to values. */
  M,
  /** List of values. */
  L,
  /** Boolean. */
  BOOL,
  /** Null. */
  NULL,
  /** A type tag not defined by DynamoDB, kept as raw JSON. */
  UNKNOWN;

  /** Whether this is one of the three set types. */
  public boolean isSet() {
    return this == SS || this == NS || this == BS;
  }

  /** Whether this type can be a key attribute (S, N or B). */
  public boolean isKeyType() {
    return this == S || this == N || this == B;
  }
}
