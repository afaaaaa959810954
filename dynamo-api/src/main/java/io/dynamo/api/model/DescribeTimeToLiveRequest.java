package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * A request to read a table's time-to-live setting. Checked when made: the table name or ARN must
 * follow DynamoDB's rules. Immutable and thread-safe.
 *
 * @param tableName the table's name (3 to 255 characters of a-z, A-Z, 0-9, '_', '-', '.') or ARN
 */
public record DescribeTimeToLiveRequest(String tableName) {

  /** Checks the table name. */
  public DescribeTimeToLiveRequest {
    Require.tableNameOrArn("TableName", tableName);
  }

  /** The request for table {@code tableName}. */
  public static DescribeTimeToLiveRequest of(String tableName) {
    return new DescribeTimeToLiveRequest(tableName);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    return new Builder().table(tableName);
  }

  /** Builds a {@link DescribeTimeToLiveRequest}. Not thread-safe. */
  public static final class Builder {
    private String tableName;

    private Builder() {}

    /** The table's name or ARN ({@code TableName}). */
    public Builder table(String tableName) {
      this.tableName = tableName;
      return this;
    }

    /**
     * The request.
     *
     * @throws io.dynamo.api.InvalidRequestException if the table name breaks DynamoDB's rules
     */
    public DescribeTimeToLiveRequest build() {
      return new DescribeTimeToLiveRequest(tableName);
    }
  }
}
