package io.dynamo.api.model;

/**
 * The answer to DescribeBackup. Immutable and thread-safe.
 *
 * @param backupDescription the backup and its source table, or {@code null} if the response had
 *     none
 */
public record DescribeBackupResponse(BackupDescription backupDescription) {}
