package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import java.util.Map;

/**
 * A request to create or replace an item, optionally only if a condition holds.
 *
 * <pre>{@code
 * db.putItem(PutItemRequest.builder()
 *     .table("users")
 *     .item(Item.of("user/id", 1, "user/name", "Ivan", "user/test", 3))
 *     .condition("#foo in (:one, :two, :three)")
 *     .names(Map.of("#foo", "user/foo"))
 *     .values(Map.of(":one", 1, ":two", 2, ":three", 3))
 *     .returnValues(ReturnValue.ALL_OLD)
 *     .build());
 * }</pre>
 *
 * <p>Checked when built: the table name, a non-empty item, {@code ReturnValues} NONE or ALL_OLD
 * (all DynamoDB allows here), aliases starting with {@code #} and placeholders with {@code :}, each
 * used by the condition. Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param item the item, with its key attributes
 * @param conditionExpression the condition, or {@code null}
 * @param expressionAttributeNames aliases used in the condition, in order
 * @param expressionAttributeValues values used in the condition, in order
 * @param returnValues NONE or ALL_OLD, or {@code null}
 * @param returnConsumedCapacity whether to report consumed capacity, or {@code null}
 * @param returnItemCollectionMetrics whether to report item collection sizes, or {@code null}
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the old item, or
 *     {@code null}
 */
public record PutItemRequest(
    String tableName,
    Item item,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValue returnValues,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {

  /** Checks the request against DynamoDB's rules (see the class comment). */
  public PutItemRequest {
    Require.tableNameOrArn("TableName", tableName);
    Require.present("Item", item, "give the item to put, with its key attributes");
    if (item.isEmpty()) {
      throw new InvalidRequestException(
          "Item", "has no attributes; an item needs at least its key attributes");
    }
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
          "ReturnValues", returnValues + " is not allowed; PutItem returns NONE or ALL_OLD");
    }
  }

  /** A put of {@code item} into {@code tableName}, without condition. */
  public static PutItemRequest of(String tableName, Item item) {
    return builder().table(tableName).item(item).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tableName = tableName;
    b.item = item;
    b.condition = conditionExpression;
    b.parts.seed(null, expressionAttributeNames, expressionAttributeValues);
    b.returnValues = returnValues;
    b.capacity = returnConsumedCapacity;
    b.metrics = returnItemCollectionMetrics;
    b.onFailure = returnValuesOnConditionCheckFailure;
    return b;
  }

  /** Builds a {@link PutItemRequest}. Not thread-safe. */
  public static final class Builder extends ConditionalBuilder<Builder> {
    private Item item;
    private ReturnValue returnValues;
    private ReturnConsumedCapacity capacity;
    private ReturnItemCollectionMetrics metrics;

    private Builder() {}

    /** The item ({@code Item}). */
    public Builder item(Item item) {
      this.item = item;
      return this;
    }

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
    public PutItemRequest build() {
      ExpressionParts.Rendered r = parts.render(null);
      return new PutItemRequest(
          tableName,
          item,
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
