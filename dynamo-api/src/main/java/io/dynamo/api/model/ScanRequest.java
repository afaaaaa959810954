package io.dynamo.api.model;

import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.ReadRules;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import java.util.Map;

/**
 * A request for one page of all items of a table or an index, optionally filtered, optionally one
 * segment of a parallel scan.
 *
 * <pre>{@code
 * ScanResponse page = db.scan(ScanRequest.builder()
 *     .table("users")
 *     .filter("#foo = :two")
 *     .project("test/foo", "#name")
 *     .names(Map.of("#foo", "test/foo", "#name", "user/name"))
 *     .values(Map.of(":two", 2))
 *     .limit(2)
 *     .build());
 * }</pre>
 *
 * <p>Checked when built: the table and index names, {@code Limit} of at least 1, {@code Segment}
 * and {@code TotalSegments} together ({@code 0 <= Segment < TotalSegments <= 1000000}), a
 * projection exactly when {@code Select} is SPECIFIC_ATTRIBUTES (or not given),
 * ALL_PROJECTED_ATTRIBUTES only on an index, aliases and placeholders each used by an expression.
 * Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param indexName the index to scan, or {@code null} for the table
 * @param filterExpression a condition on the items read, or {@code null}
 * @param projectionExpression the attributes to return, or {@code null} for all
 * @param expressionAttributeNames aliases used in the expressions, in order
 * @param expressionAttributeValues values used in the expressions, in order
 * @param select which attributes to return, or {@code null}
 * @param limit the most items to read for this page (before filtering), or {@code null}
 * @param consistentRead {@code true} for strongly consistent reads, or {@code null}
 * @param exclusiveStartKey the previous page's {@code lastEvaluatedKey}, or {@code null}
 * @param segment this worker's segment of a parallel scan, from 0, or {@code null}
 * @param totalSegments the number of segments of a parallel scan, or {@code null}
 * @param returnConsumedCapacity whether to report consumed capacity, or {@code null}
 */
public record ScanRequest(
    String tableName,
    String indexName,
    String filterExpression,
    String projectionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    Select select,
    Integer limit,
    Boolean consistentRead,
    Key exclusiveStartKey,
    Integer segment,
    Integer totalSegments,
    ReturnConsumedCapacity returnConsumedCapacity) {

  /** Checks the request against DynamoDB's rules (see the class comment). */
  public ScanRequest {
    Require.tableNameOrArn("TableName", tableName);
    if (indexName != null) {
      Require.name("IndexName", indexName, "index names");
    }
    Require.expression("FilterExpression", filterExpression);
    Require.expression("ProjectionExpression", projectionExpression);
    ReadRules.check(indexName, select, projectionExpression, limit);
    ReadRules.checkSegments(segment, totalSegments);
    expressionAttributeNames = Require.map("ExpressionAttributeNames", expressionAttributeNames);
    expressionAttributeValues = Require.map("ExpressionAttributeValues", expressionAttributeValues);
    Expressions.check(
        expressionAttributeNames,
        expressionAttributeValues,
        "FilterExpression",
        filterExpression,
        "ProjectionExpression",
        projectionExpression);
  }

  /** This request starting after {@code key} (a page's {@code lastEvaluatedKey}; null: start). */
  public ScanRequest withExclusiveStartKey(Key key) {
    return new ScanRequest(
        tableName,
        indexName,
        filterExpression,
        projectionExpression,
        expressionAttributeNames,
        expressionAttributeValues,
        select,
        limit,
        consistentRead,
        key,
        segment,
        totalSegments,
        returnConsumedCapacity);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields; {@link Builder#project} adds to the projection. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tableName = tableName;
    b.indexName = indexName;
    b.filter = filterExpression;
    b.parts.seed(projectionExpression, expressionAttributeNames, expressionAttributeValues);
    b.select = select;
    b.limit = limit;
    b.consistentRead = consistentRead;
    b.startKey = exclusiveStartKey;
    b.segment = segment;
    b.totalSegments = totalSegments;
    b.capacity = returnConsumedCapacity;
    return b;
  }

  /** Builds a {@link ScanRequest}. Not thread-safe. */
  public static final class Builder extends ReadBuilder<Builder> {
    private Integer segment;
    private Integer totalSegments;

    private Builder() {}

    /** This worker's segment of a parallel scan, from 0 ({@code Segment}). */
    public Builder segment(Integer segment) {
      this.segment = segment;
      return this;
    }

    /** The number of segments of a parallel scan ({@code TotalSegments}). */
    public Builder totalSegments(Integer totalSegments) {
      this.totalSegments = totalSegments;
      return this;
    }

    /**
     * The request.
     *
     * @throws io.dynamo.api.InvalidRequestException naming the field and the rule it breaks
     */
    public ScanRequest build() {
      ExpressionParts.Rendered r = parts.render(null);
      return new ScanRequest(
          tableName,
          indexName,
          filterExpression(r),
          r.projection(),
          r.names(),
          r.values(),
          select,
          limit,
          consistentRead,
          startKey,
          segment,
          totalSegments,
          capacity);
    }
  }
}
