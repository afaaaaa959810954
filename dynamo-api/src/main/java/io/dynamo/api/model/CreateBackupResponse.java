package io.dynamo.api.model;

/**
 * The answer to CreateBackup. Immutable and thread-safe.
 *
 * @param backupDetails the new backup, or {@code null} if the response had none
 */
public record CreateBackupResponse(BackupDetails backupDetails) {}
