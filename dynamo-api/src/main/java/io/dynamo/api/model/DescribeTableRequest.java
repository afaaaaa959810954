package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * A request to describe a table: its status, keys, indexes and sizes. Checked when made: the table
 * name or ARN must follow DynamoDB's rules. Immutable and thread-safe.
 *
 * @param tableName the table's name (3 to 255 characters of a-z, A-Z, 0-9, '_', '-', '.') or ARN
 */
public record DescribeTableRequest(String tableName) {

  /** Checks the table name. */
  public DescribeTableRequest {
    Require.tableNameOrArn("TableName", tableName);
  }

  /** The request for table {@code tableName}. */
  public static DescribeTableRequest of(String tableName) {
    return new DescribeTableRequest(tableName);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    return new Builder().table(tableName);
  }

  /** Builds a {@link DescribeTableRequest}. Not thread-safe. */
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
    public DescribeTableRequest build() {
      return new DescribeTableRequest(tableName);
    }
  }
}
