package io.dynamo.api.model;

/** Who made a backup. */
public enum BackupType {
  /** Made on request (CreateBackup). */
  USER,
  /** Made by DynamoDB when a table was deleted. */
  SYSTEM,
  /** Made through AWS Backup. */
  AWS_BACKUP,
  /** A type this version of the client does not know. */
  UNKNOWN
}
