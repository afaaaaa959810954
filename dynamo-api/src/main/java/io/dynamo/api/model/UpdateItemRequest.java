package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import java.util.Map;

/**
 * A request to change some attributes of an item (creating it if it does not exist), optionally
 * only if a condition holds.
 *
 * <pre>{@code
 * db.updateItem(UpdateItemRequest.builder()
 *     .table("users")
 *     .key(Key.of("user/id", 1, "user/name", "Ivan"))
 *     .set("Foobar", 123)
 *     .set("user/email", "test@test.com")
 *     .set("#counter", Expr.raw("#counter + :one"))
 *     .names(Map.of("#counter", "test/counter"))
 *     .values(Map.of(":one", 1))
 *     .build());
 * }</pre>
 *
 * <p>{@link Builder#set}, {@link Builder#add}, {@link Builder#remove} and {@link Builder#delete}
 * are rendered, in the order given, into one {@code UpdateExpression} when the request is built:
 * names that need it are aliased, values get placeholders, both added to the caller's own. The
 * record holds the final expression, names and values. Checked when built: the table name, a key,
 * aliases starting with {@code #} and placeholders with {@code :}, each used by an expression.
 * Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param key the item's primary key
 * @param updateExpression the SET / REMOVE / ADD / DELETE clauses, or {@code null}
 * @param conditionExpression the condition, or {@code null}
 * @param expressionAttributeNames aliases used in the expressions, in order
 * @param expressionAttributeValues values used in the expressions, in order
 * @param returnValues which attributes to return, or {@code null}
 * @param returnConsumedCapacity whether to report consumed capacity, or {@code null}
 * @param returnItemCollectionMetrics whether to report item collection sizes, or {@code null}
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the old item, or
 *     {@code null}
 */
public record UpdateItemRequest(
    String tableName,
    Key key,
    String updateExpression,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValue returnValues,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  /** Checks the request against DynamoDB's rules (see the class comment). */
  public UpdateItemRequest {
    Require.tableNameOrArn("TableName", tableName);
    Require.present("Key", key, "give the item's primary key, such as Key.of(\"id\", 1)");
    Require.expression("UpdateExpression", updateExpression);
    Require.expression("ConditionExpression", conditionExpression);
    expressionAttributeNames = Require.map("ExpressionAttributeNames", expressionAttributeNames);
    expressionAttributeValues = Require.map("ExpressionAttributeValues", expressionAttributeValues);
    Expressions.check(
        expressionAttributeNames,
        expressionAttributeValues,
        "UpdateExpression",
        updateExpression,
        "ConditionExpression",
        conditionExpression);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's fields. Its update expression is raw text then, so adding
   * {@code set}/{@code add}/{@code remove}/{@code delete} actions to it fails at build time.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tableName = tableName;
    b.key = key;
    b.updateExpression = updateExpression;
    b.condition = conditionExpression;
    b.parts.seed(null, expressionAttributeNames, expressionAttributeValues);
    b.returnValues = returnValues;
    b.capacity = returnConsumedCapacity;
    b.metrics = returnItemCollectionMetrics;
    b.onFailure = returnValuesOnConditionCheckFailure;
    return b;
  }

  /** Builds an {@link UpdateItemRequest}. Not thread-safe. */
  public static final class Builder extends UpdateBuilder<Builder> {
    private ReturnValue returnValues;
    private ReturnConsumedCapacity capacity;
    private ReturnItemCollectionMetrics metrics;

    private Builder() {}

    /** Which attributes to return. */
    public Builder returnValues(ReturnValue returnValues) {
      this.returnValues = returnValues;
      return this;
    }

    /** Whether to report consumed capacity. */
    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.capacity = returnConsumedCapacity;
      return this;
    }

    /** Whether to report item collection sizes. */
    public Builder returnItemCollectionMetrics(ReturnItemCollectionMetrics metrics) {
      this.metrics = metrics;
      return this;
    }

    /**
     * The request, with the actions rendered into its update expression.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public UpdateItemRequest build() {
      ExpressionParts.Rendered r = render();
      return new UpdateItemRequest(
          tableName,
          builtKey(),
          updateExpression(r),
          conditionExpression(r),
          r.names(),
          r.values(),
          returnValues,
          capacity,
          metrics,
          onFailure);
    }
  }
}
