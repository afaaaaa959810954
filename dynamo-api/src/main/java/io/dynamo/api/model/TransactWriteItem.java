package io.dynamo.api.model;

import io.dynamo.codec.AttributeValue;
import java.util.Map;

/**
 * One action of a {@link TransactWriteItemsRequest}: a {@link TransactPut}, {@link TransactUpdate},
 * {@link TransactDelete} or {@link TransactConditionCheck}, each with its own condition, {@code
 * #names} and {@code :values} (DynamoDB scopes them per action, so automatic aliases such as {@code
 * #n0} and {@code :v0} start again in every action). Immutable and thread-safe.
 */
public sealed interface TransactWriteItem
    permits TransactPut, TransactUpdate, TransactDelete, TransactConditionCheck {

  /** The table's name or ARN ({@code TableName}). */
  String tableName();

  /** The condition ({@code ConditionExpression}), or {@code null} (never for a check). */
  String conditionExpression();

  /** Aliases used in this action's expressions, in order. */
  Map<String, String> expressionAttributeNames();

  /** Values used in this action's expressions, in order. */
  Map<String, AttributeValue> expressionAttributeValues();

  /**
   * Whether a failed condition returns the item as it was, in the action's {@link
   * io.dynamo.api.CancellationReason#item()}; or {@code null}.
   */
  ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure();
}
