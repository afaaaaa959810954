package io.dynamo.api.model;

/** The state of a table. */
public enum TableStatus {
  /** Being created. */
  CREATING,
  /** Being updated. */
  UPDATING,
  /** Being deleted. */
  DELETING,
  /** Ready for use. */
  ACTIVE,
  /** Its KMS key cannot be reached. */
  INACCESSIBLE_ENCRYPTION_CREDENTIALS,
  /** Being archived. */
  ARCHIVING,
  /** Archived. */
  ARCHIVED,
  /** A replica lacks the permissions to replicate. */
  REPLICATION_NOT_AUTHORIZED,
  /** A status this version of the client does not know. */
  UNKNOWN
}
