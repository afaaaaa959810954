package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * A request to make an on-demand backup of a table. Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param backupName the backup's name, 3 to 255 characters of a-z, A-Z, 0-9, '_', '-', '.'
 */
public record CreateBackupRequest(String tableName, String backupName) {

  /** Checks the names. */
  public CreateBackupRequest {
    Require.tableNameOrArn("TableName", tableName);
    Require.name("BackupName", backupName, "backup names");
  }

  /** A backup named {@code backupName} of table {@code tableName}. */
  public static CreateBackupRequest of(String tableName, String backupName) {
    return new CreateBackupRequest(tableName, backupName);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    return new Builder().table(tableName).backupName(backupName);
  }

  /** Builds a {@link CreateBackupRequest}. Not thread-safe. */
  public static final class Builder {
    private String tableName;
    private String backupName;

    private Builder() {}

    /** The table's name or ARN. */
    public Builder table(String tableName) {
      this.tableName = tableName;
      return this;
    }

    /** The backup's name. */
    public Builder backupName(String backupName) {
      this.backupName = backupName;
      return this;
    }

    /**
     * The request.
     *
     * @throws io.dynamo.api.InvalidRequestException naming the field and the rule it breaks
     */
    public CreateBackupRequest build() {
      return new CreateBackupRequest(tableName, backupName);
    }
  }
}
