package io.dynamo.api.model;

/** The types a key attribute can have: string, number or binary. */
public enum ScalarType {
  /** String. */
  S,
  /** Number. */
  N,
  /** Binary. */
  B
}
