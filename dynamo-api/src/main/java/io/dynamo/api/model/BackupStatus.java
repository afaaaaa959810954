package io.dynamo.api.model;

/** The state of an on-demand backup. */
public enum BackupStatus {
  /** Being created. */
  CREATING,
  /** Deleted. */
  DELETED,
  /** Ready to restore from. */
  AVAILABLE,
  /** A status this version of the client does not know. */
  UNKNOWN
}
