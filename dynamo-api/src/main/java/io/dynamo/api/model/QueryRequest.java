package io.dynamo.api.model;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.ReadRules;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import java.util.Map;

/**
 * A request for one page of the items of a partition (of a table or an index), optionally within a
 * sort key range and filtered.
 *
 * <pre>{@code
 * QueryResponse page = db.query(QueryRequest.builder()
 *     .table("users")
 *     .keyCondition("#id = :one").names(Map.of("#id", "user/id")).values(Map.of(":one", 1))
 *     .limit(1)
 *     .build());
 * }</pre>
 *
 * <p>Checked when built: the table and index names, a key condition, {@code Limit} of at least 1, a
 * projection exactly when {@code Select} is SPECIFIC_ATTRIBUTES (or not given),
 * ALL_PROJECTED_ATTRIBUTES only on an index, aliases and placeholders each used by an expression.
 * Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param indexName the index to query, or {@code null} for the table
 * @param keyConditionExpression the partition key condition, and optionally a sort key condition
 * @param filterExpression a condition on the items read, or {@code null}
 * @param projectionExpression the attributes to return, or {@code null} for all
 * @param expressionAttributeNames aliases used in the expressions, in order
 * @param expressionAttributeValues values used in the expressions, in order
 * @param select which attributes to return, or {@code null}
 * @param limit the most items to read for this page (before filtering), or {@code null}
 * @param consistentRead {@code true} for strongly consistent reads, or {@code null}
 * @param scanIndexForward {@code false} for descending sort key order, or {@code null}
 * @param exclusiveStartKey the previous page's {@code lastEvaluatedKey}, or {@code null}
 * @param returnConsumedCapacity whether to report consumed capacity, or {@code null}
 */
public record QueryRequest(
    String tableName,
    String indexName,
    String keyConditionExpression,
    String filterExpression,
    String projectionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    Select select,
    Integer limit,
    Boolean consistentRead,
    Boolean scanIndexForward,
    Key exclusiveStartKey,
    ReturnConsumedCapacity returnConsumedCapacity) {

  /** Checks the request against DynamoDB's rules (see the class comment). */
  public QueryRequest {
    Require.tableNameOrArn("TableName", tableName);
    if (indexName != null) {
      Require.name("IndexName", indexName, "index names");
    }
    Require.present(
        "KeyConditionExpression",
        keyConditionExpression,
        "give the partition key condition, such as keyCondition(\"#id = :id\")");
    Require.expression("KeyConditionExpression", keyConditionExpression);
    Require.expression("FilterExpression", filterExpression);
    Require.expression("ProjectionExpression", projectionExpression);
    ReadRules.check(indexName, select, projectionExpression, limit);
    expressionAttributeNames = Require.map("ExpressionAttributeNames", expressionAttributeNames);
    expressionAttributeValues = Require.map("ExpressionAttributeValues", expressionAttributeValues);
    Expressions.check(
        expressionAttributeNames,
        expressionAttributeValues,
        "KeyConditionExpression",
        keyConditionExpression,
        "FilterExpression",
        filterExpression,
        "ProjectionExpression",
        projectionExpression);
  }

  /** This request starting after {@code key} (a page's {@code lastEvaluatedKey}; null: start). */
  public QueryRequest withExclusiveStartKey(Key key) {
    return new QueryRequest(
        tableName,
        indexName,
        keyConditionExpression,
        filterExpression,
        projectionExpression,
        expressionAttributeNames,
        expressionAttributeValues,
        select,
        limit,
        consistentRead,
        scanIndexForward,
        key,
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
    b.keyCondition = keyConditionExpression;
    b.filter = filterExpression;
    b.parts.seed(projectionExpression, expressionAttributeNames, expressionAttributeValues);
    b.select = select;
    b.limit = limit;
    b.consistentRead = consistentRead;
    b.forward = scanIndexForward;
    b.startKey = exclusiveStartKey;
    b.capacity = returnConsumedCapacity;
    return b;
  }

  /** Builds a {@link QueryRequest}. Not thread-safe. */
  public static final class Builder extends ReadBuilder<Builder> {
    private String keyCondition;
    private Boolean forward;

    private Builder() {}

    /** The key condition ({@code KeyConditionExpression}), such as {@code #id = :id}. */
    public Builder keyCondition(String keyConditionExpression) {
      this.keyCondition = keyConditionExpression;
      parts.condition("KeyConditionExpression", null);
      return this;
    }

    /**
     * The key condition as a {@link Condition}: attribute names are aliased and values given
     * placeholders automatically, such as {@code Condition.attributeNotExists("user/id")}.
     */
    public Builder keyCondition(Condition condition) {
      this.keyCondition = null;
      parts.condition("KeyConditionExpression", condition);
      return this;
    }

    /** {@code false} to read in descending sort key order ({@code ScanIndexForward}). */
    public Builder scanIndexForward(boolean forward) {
      this.forward = forward;
      return this;
    }

    /**
     * The request.
     *
     * @throws io.dynamo.api.InvalidRequestException naming the field and the rule it breaks
     */
    public QueryRequest build() {
      ExpressionParts.Rendered r = parts.render(null);
      return new QueryRequest(
          tableName,
          indexName,
          r.condition("KeyConditionExpression", keyCondition),
          filterExpression(r),
          r.projection(),
          r.names(),
          r.values(),
          select,
          limit,
          consistentRead,
          forward,
          startKey,
          capacity);
    }
  }
}
