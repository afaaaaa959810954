package io.dynamo.api.model;

/** The state of a global secondary index. */
public enum IndexStatus {
  /** Being created. */
  CREATING,
  /** Being updated. */
  UPDATING,
  /** Being deleted. */
  DELETING,
  /** Ready for use. */
  ACTIVE,
  /** A status this version of the client does not know. */
  UNKNOWN
}
