package io.dynamo.api.model;

/**
 * Whether a write reports the size of the item collections it touched (tables with local secondary
 * indexes).
 */
public enum ReturnItemCollectionMetrics {
  /** Report item collection sizes. */
  SIZE,
  /** Report nothing (the default). */
  NONE
}
