package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import java.util.Map;

/**
 * A transaction's {@code Put}: creates or replaces an item, optionally only if a condition holds.
 * Usually made through {@link TransactWriteItemsRequest.Builder#put}:
 *
 * <pre>{@code
 * TransactWriteItemsRequest.builder()
 *     .put("orders", Item.of("id", "o1", "total", 12), Condition.attributeNotExists("id"))
 *     .put("orders", Item.of("id", "o2"), p -> p.condition("#s <> :s")
 *         .name("#s", "status").value(":s", "closed"))
 *     ...
 * }</pre>
 *
 * <p>Checked when built: the table name, a non-empty item, aliases starting with {@code #} and
 * placeholders with {@code :}, each used by the condition. Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param item the item, with its key attributes
 * @param conditionExpression the condition, or {@code null}
 * @param expressionAttributeNames aliases used in the condition, in order
 * @param expressionAttributeValues values used in the condition, in order
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the old item, or
 *     {@code null}
 */
public record TransactPut(
    String tableName,
    Item item,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
    implements TransactWriteItem {

  /** Checks the action against DynamoDB's rules (see the class comment). */
  public TransactPut {
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
  }

  /** A put of {@code item} into {@code tableName}, without condition. */
  public static TransactPut of(String tableName, Item item) {
    return builder().table(tableName).item(item).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransactPut}. Not thread-safe. */
  public static final class Builder extends ConditionalBuilder<Builder> {
    private Item item;

    private Builder() {}

    /** The item ({@code Item}). */
    public Builder item(Item item) {
      this.item = item;
      return this;
    }

    /**
     * The action.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public TransactPut build() {
      ExpressionParts.Rendered r = parts.render(null);
      return new TransactPut(
          tableName, item, conditionExpression(r), r.names(), r.values(), onFailure);
    }
  }
}
