package io.dynamo.api.model;

/** Which attributes a secondary index copies from the table. */
public enum ProjectionType {
  /** All attributes. */
  ALL,
  /** The table's and the index's key attributes only. */
  KEYS_ONLY,
  /** The keys and the listed non-key attributes. */
  INCLUDE
}
