package io.dynamo.api.model;

/** Which attributes a write returns. */
public enum ReturnValue {
  /** Nothing (the default). */
  NONE,
  /** The whole item as it was before the write. */
  ALL_OLD,
  /** The updated attributes as they were before the write (UpdateItem only). */
  UPDATED_OLD,
  /** The whole item as it is after the write (UpdateItem only). */
  ALL_NEW,
  /** The updated attributes as they are after the write (UpdateItem only). */
  UPDATED_NEW
}
