package io.dynamo.api.model;

/** A table's storage class. */
public enum TableClass {
  /** The default class. */
  STANDARD,
  /** Cheaper storage, dearer reads and writes. */
  STANDARD_INFREQUENT_ACCESS
}
