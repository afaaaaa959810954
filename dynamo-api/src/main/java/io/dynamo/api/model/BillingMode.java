package io.dynamo.api.model;

/** How a table's reads and writes are paid for. */
public enum BillingMode {
  /** Provisioned read and write capacity units. */
  PROVISIONED,
  /** On demand: pay per request. */
  PAY_PER_REQUEST
}
