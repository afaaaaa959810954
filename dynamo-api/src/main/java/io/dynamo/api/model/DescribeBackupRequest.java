package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * A request to describe a backup, by its ARN. Immutable and thread-safe.
 *
 * @param backupArn the backup's ARN ({@link BackupDetails#backupArn()}), 37 to 1024 characters
 */
public record DescribeBackupRequest(String backupArn) {

  /** Checks the ARN's length. */
  public DescribeBackupRequest {
    Require.present("BackupArn", backupArn, "give the backup's ARN (BackupDetails.backupArn())");
    Require.length("BackupArn", backupArn, 37, 1024, "backup ARNs are 37 to 1024 characters");
  }

  /** The request for the backup {@code backupArn}. */
  public static DescribeBackupRequest of(String backupArn) {
    return new DescribeBackupRequest(backupArn);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    return new Builder().backupArn(backupArn);
  }

  /** Builds a {@link DescribeBackupRequest}. Not thread-safe. */
  public static final class Builder {
    private String backupArn;

    private Builder() {}

    /** The backup's ARN. */
    public Builder backupArn(String backupArn) {
      this.backupArn = backupArn;
      return this;
    }

    /**
     * The request.
     *
     * @throws io.dynamo.api.InvalidRequestException if the ARN breaks DynamoDB's rules
     */
    public DescribeBackupRequest build() {
      return new DescribeBackupRequest(backupArn);
    }
  }
}
