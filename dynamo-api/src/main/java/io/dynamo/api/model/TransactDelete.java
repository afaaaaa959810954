package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import java.util.Map;

/**
 * A transaction's {@code Delete}: deletes an item by its key, optionally only if a condition holds.
 * Usually made through {@link TransactWriteItemsRequest.Builder#delete}:
 *
 * <pre>{@code
 * TransactWriteItemsRequest.builder()
 *     .delete("carts", Key.of("user", "u1"))
 *     .delete("carts", Key.of("user", "u2"), Condition.eq("status", "open"))
 *     ...
 * }</pre>
 *
 * <p>Checked when built: the table name, a key, aliases starting with {@code #} and placeholders
 * with {@code :}, each used by the condition. Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param key the item's primary key
 * @param conditionExpression the condition, or {@code null}
 * @param expressionAttributeNames aliases used in the condition, in order
 * @param expressionAttributeValues values used in the condition, in order
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the old item, or
 *     {@code null}
 */
public record TransactDelete(
    String tableName,
    Key key,
    String conditionExpression,
    Map<String, String> expressionAttributeNames,
    Map<String, AttributeValue> expressionAttributeValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
    implements TransactWriteItem {

  /** Checks the action against DynamoDB's rules (see the class comment). */
  public TransactDelete {
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
  }

  /** A delete of the item with {@code key} from {@code tableName}, without condition. */
  public static TransactDelete of(String tableName, Key key) {
    return builder().table(tableName).key(key).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransactDelete}. Not thread-safe. */
  public static final class Builder extends KeyedBuilder<Builder> {

    private Builder() {}

    /**
     * The action.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public TransactDelete build() {
      ExpressionParts.Rendered r = parts.render(null);
      return new TransactDelete(
          tableName, builtKey(), conditionExpression(r), r.names(), r.values(), onFailure);
    }
  }
}
