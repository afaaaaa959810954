package io.dynamo.api.model;

import java.util.List;

/**
 * One page of table names. Immutable and thread-safe.
 *
 * @param tableNames the names, in DynamoDB's order
 * @param lastEvaluatedTableName where the next page starts ({@link
 *     ListTablesRequest.Builder#startTable}), or {@code null} on the last page
 */
public record ListTablesResponse(List<String> tableNames, String lastEvaluatedTableName) {

  /** Copies the names. */
  public ListTablesResponse {
    tableNames = tableNames == null ? List.of() : List.copyOf(tableNames);
  }

  /** Whether there is a next page. */
  public boolean hasMorePages() {
    return lastEvaluatedTableName != null;
  }
}
