package io.dynamo.api.model;

/** How much of the consumed capacity a response reports. */
public enum ReturnConsumedCapacity {
  /** The total, the table's and each index's share. */
  INDEXES,
  /** The total only. */
  TOTAL,
  /** Nothing (the default). */
  NONE
}
