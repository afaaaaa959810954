package io.dynamo.api.model;

/** Which attributes a query or scan returns. */
public enum Select {
  /** All attributes of each item (the default on tables). */
  ALL_ATTRIBUTES,
  /** All attributes projected into the index (indexes only; the default there). */
  ALL_PROJECTED_ATTRIBUTES,
  /** The attributes of the projection expression. */
  SPECIFIC_ATTRIBUTES,
  /** Only the number of matching items, no items. */
  COUNT
}
