package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * A request for one page of table names. Checked when made: the limit is 1 to 100 and the start
 * table is a table name. Immutable and thread-safe.
 *
 * @param limit the most names in the page (1 to 100), or {@code null} for DynamoDB's default, 100
 * @param exclusiveStartTableName the previous page's {@code lastEvaluatedTableName}, or {@code
 *     null} for the first page
 */
public record ListTablesRequest(Integer limit, String exclusiveStartTableName) {

  /** Checks the limit and the start table name. */
  public ListTablesRequest {
    if (limit != null && (limit < 1 || limit > 100)) {
      throw new io.dynamo.api.InvalidRequestException(
          "Limit", limit + " is out of range; ListTables takes a limit of 1 to 100");
    }
    if (exclusiveStartTableName != null) {
      Require.tableName("ExclusiveStartTableName", exclusiveStartTableName);
    }
  }

  /** A builder with nothing set: the first page of up to 100 names. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    return new Builder().limit(limit).startTable(exclusiveStartTableName);
  }

  /** Builds a {@link ListTablesRequest}. Not thread-safe. */
  public static final class Builder {
    private Integer limit;
    private String startTable;

    private Builder() {}

    /** The most names in the page, 1 to 100 ({@code Limit}). */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** Start after this table: the previous page's {@code lastEvaluatedTableName}. */
    public Builder startTable(String exclusiveStartTableName) {
      this.startTable = exclusiveStartTableName;
      return this;
    }

    /**
     * The request.
     *
     * @throws io.dynamo.api.InvalidRequestException naming the field and the rule it breaks
     */
    public ListTablesRequest build() {
      return new ListTablesRequest(limit, startTable);
    }
  }
}
