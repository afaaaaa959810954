package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import java.util.Map;

/**
 * A request to delete an item by its key, optionally only if a condition holds.
 *
 * <pre>{@code
 * db.deleteItem(DeleteItemRequest.builder()
 *     .table("users")
 *     .key(Key.of("user/id", 1, "user/name", "Ivan"))
 *     .condition("#kek in (:foo, :bar, :baz)")
 *     .names(Map.of("#kek", "test/kek"))
 *     .values(Map.of(":foo", 1, ":bar", 2, ":baz", 3))
 *     .build());                        // throws ConditionalCheckFailedException
 * }</pre>
 *
 * <p>Checked when built: the table name, a key, {@code ReturnValues} NONE or ALL_OLD (all DynamoDB
 * allows here), aliases starting with {@code #} and placeholders with {@code :}, each used by the
 * condition. Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param key the item's primary key
 * @param conditionExpression the condition, or {@code null}
 * @param expressionAttributeNames aliases used in the condition, in order
 * @param expressionAttributeValues values used in the condition, in order
 * @param returnValues NONE or ALL_OLD, or {@code null}
 * @param returnConsumedCapacity whether to report consumed capacity, or {@code null}
 * @param returnItemCollectionMetrics whether to report item collection sizes, or {@code null}
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the old item, or
 *     {@code null}
 */
public record DeleteItemRequest(
    String tableName,
    Key key,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValue returnValues,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  /** Checks the request against DynamoDB's rules (see the class comment). */
  public DeleteItemRequest {
    Require.tableNameOrArn("TableName", tableName);
    Require.present("Key", key, "give the item's primary key, such as Key.of(\"id\", 1)");
    Require.expression("ConditionExpression", conditionExpression);
    expressionAttributeNames = Require.map("ExpressionAttributeNames", expressionAttributeNames);
    expressionAttributeValues = Require.map("ExpressionAttributeValues", expressionAttributeValues);
    Expressions.check(
        expressionAttributeNames,
        expressionAttributeValues,
        "ConditionExpression",
        conditionExpression);
    if (returnValues != null
        && returnValues != ReturnValue.NONE
        && returnValues != ReturnValue.ALL_OLD) {
      throw new InvalidRequestException(
          "ReturnValues", returnValues + " is not allowed; DeleteItem returns NONE or ALL_OLD");
    }
  }

  /** A delete of the item with {@code key} from {@code tableName}, without condition. */
  public static DeleteItemRequest of(String tableName, Key key) {
    return builder().table(tableName).key(key).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tableName = tableName;
    b.key = key;
    b.condition = conditionExpression;
    b.parts.seed(null, expressionAttributeNames, expressionAttributeValues);
    b.returnValues = returnValues;
    b.capacity = returnConsumedCapacity;
    b.metrics = returnItemCollectionMetrics;
    b.onFailure = returnValuesOnConditionCheckFailure;
    return b;
  }

  /** Builds a {@link DeleteItemRequest}. Not thread-safe. */
  public static final class Builder extends KeyedBuilder<Builder> {
    private ReturnValue returnValues;
    private ReturnConsumedCapacity capacity;
    private ReturnItemCollectionMetrics metrics;

    private Builder() {}

    /** Which attributes to return: NONE or ALL_OLD. */
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
     * The request.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public DeleteItemRequest build() {
      ExpressionParts.Rendered r = parts.render(null);
      return new DeleteItemRequest(
          tableName,
          builtKey(),
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
