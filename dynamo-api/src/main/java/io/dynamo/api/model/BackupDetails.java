package io.dynamo.api.model;

import java.time.Instant;

/**
 * An on-demand backup as DynamoDB reports it. Immutable and thread-safe.
 *
 * @param backupArn the backup's ARN
 * @param backupName its name
 * @param backupSizeBytes its size, or {@code null} while not known
 * @param backupStatus its state
 * @param backupType who made it
 * @param backupCreationDateTime when it was requested
 * @param backupExpiryDateTime when a SYSTEM backup expires, or {@code null}
 */
public record BackupDetails(
    String backupArn,
    String backupName,
    Long backupSizeBytes,
    BackupStatus backupStatus,
    BackupType backupType,
    Instant backupCreationDateTime,
    Instant backupExpiryDateTime) {}
