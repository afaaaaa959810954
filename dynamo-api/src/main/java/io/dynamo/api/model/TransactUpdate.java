package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import java.util.Map;

/**
 * A transaction's {@code Update}: changes some attributes of an item (creating it if it does not
 * exist), optionally only if a condition holds. Usually made through {@link
 * TransactWriteItemsRequest.Builder#update}:
 *
 * <pre>{@code
 * TransactWriteItemsRequest.builder()
 *     .update("stock", Key.of("sku", "A"), u -> u
 *         .add("reserved", 1)
 *         .condition(Condition.ge("available", 1)))
 *     ...
 * }</pre>
 *
 * <p>{@link Builder#set}, {@link Builder#add}, {@link Builder#remove} and {@link Builder#delete}
 * are rendered into one {@code UpdateExpression} as in {@link UpdateItemRequest}. Checked when
 * built: the table name, a key, an update expression, aliases starting with {@code #} and
 * placeholders with {@code :}, each used by an expression. Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param key the item's primary key
 * @param updateExpression the SET / REMOVE / ADD / DELETE clauses
 * @param conditionExpression the condition, or {@code null}
 * @param expressionAttributeNames aliases used in the expressions, in order
 * @param expressionAttributeValues values used in the expressions, in order
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the old item, or
 *     {@code null}
 */
public record TransactUpdate(
    String tableName,
    Key key,
    String updateExpression,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
    implements TransactWriteItem {

  /** Checks the action against DynamoDB's rules (see the class comment). */
  public TransactUpdate {
    Require.tableNameOrArn("TableName", tableName);
    Require.present("Key", key, "give the item's primary key, such as Key.of(\"id\", 1)");
    Require.present(
        "UpdateExpression",
        updateExpression,
        "give set/add/remove/delete actions or updateExpression(...)");
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

  /** Builds a {@link TransactUpdate}. Not thread-safe. */
  public static final class Builder extends UpdateBuilder<Builder> {

    private Builder() {}

    /**
     * The action, with the set/add/remove/delete actions rendered into its update expression.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public TransactUpdate build() {
      ExpressionParts.Rendered r = render();
      return new TransactUpdate(
          tableName,
          builtKey(),
          updateExpression(r),
          conditionExpression(r),
          r.names(),
          r.values(),
          onFailure);
    }
  }
}
