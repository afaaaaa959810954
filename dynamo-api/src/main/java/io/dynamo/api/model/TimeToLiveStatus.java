package io.dynamo.api.model;

/** Whether time to live is on for a table. */
public enum TimeToLiveStatus {
  /** Being turned on. */
  ENABLING,
  /** Being turned off. */
  DISABLING,
  /** On. */
  ENABLED,
  /** Off. */
  DISABLED,
  /** A status this version of the client does not know. */
  UNKNOWN
}
