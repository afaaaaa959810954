package io.dynamo.api.model;

/**
 * A backup and the table it was made of. Immutable and thread-safe.
 *
 * @param backupDetails the backup, or {@code null} if not reported
 * @param sourceTableDetails the table as it was, or {@code null} if not reported
 */
public record BackupDescription(
    BackupDetails backupDetails, SourceTableDetails sourceTableDetails) {}
