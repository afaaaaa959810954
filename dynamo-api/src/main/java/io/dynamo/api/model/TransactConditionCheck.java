package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import java.util.Map;

/**
 * A transaction's {@code ConditionCheck}: a condition on an item the transaction does not change;
 * if it is false, the whole transaction is cancelled. Usually made through {@link
 * TransactWriteItemsRequest.Builder#conditionCheck}:
 *
 * <pre>{@code
 * TransactWriteItemsRequest.builder()
 *     .conditionCheck("users", Key.of("id", "u1"), Condition.eq("status", "active"))
 *     .conditionCheck("users", Key.of("id", "u2"), c -> c.condition("#s = :s")
 *         .name("#s", "status").value(":s", "active"))
 *     ...
 * }</pre>
 *
 * <p>Checked when built: the table name, a key, a condition, aliases starting with {@code #} and
 * placeholders with {@code :}, each used by the condition. Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param key the item's primary key
 * @param conditionExpression the condition
 * @param expressionAttributeNames aliases used in the condition, in order
 * @param expressionAttributeValues values used in the condition, in order
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the old item, or
 *     {@code null}
 */
public record TransactConditionCheck(
    String tableName,
    Key key,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
    implements TransactWriteItem {

  /** Checks the action against DynamoDB's rules (see the class comment). */
  public TransactConditionCheck {
    Require.tableNameOrArn("TableName", tableName);
    Require.present("Key", key, "give the item's primary key, such as Key.of(\"id\", 1)");
    Require.present(
        "ConditionExpression",
        conditionExpression,
        "a ConditionCheck needs a condition, such as Condition.attributeExists(\"id\")");
    Require.expression("ConditionExpression", conditionExpression);
    expressionAttributeNames = Require.map("ExpressionAttributeNames", expressionAttributeNames);
    expressionAttributeValues = Require.map("ExpressionAttributeValues", expressionAttributeValues);
    Expressions.check(
        expressionAttributeNames,
        expressionAttributeValues,
        "ConditionExpression",
        conditionExpression);
  }

  /** A check of {@code condition} on the item with {@code key} in {@code tableName}. */
  public static TransactConditionCheck of(String tableName, Key key, Condition condition) {
    return builder().table(tableName).key(key).condition(condition).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransactConditionCheck}. Not thread-safe. */
  public static final class Builder extends KeyedBuilder<Builder> {

    private Builder() {}

    /**
     * The action.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public TransactConditionCheck build() {
      ExpressionParts.Rendered r = parts.render(null);
      return new TransactConditionCheck(
          tableName, builtKey(), conditionExpression(r), r.names(), r.values(), onFailure);
    }
  }
}
