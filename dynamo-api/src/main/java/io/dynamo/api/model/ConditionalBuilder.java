package io.dynamo.api.model;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.internal.ops.ExpressionParts;

/**
 * What the builders of writes that may be conditional share (PutItem, UpdateItem, DeleteItem and
 * the actions of a transaction): the condition, as text or as a {@link Condition}, and what a
 * failed condition returns. Not public: its methods appear on each public {@code Builder}.
 *
 * @param <B> the builder itself
 */
abstract class ConditionalBuilder<B extends ConditionalBuilder<B>> extends ExpressionBuilder<B> {
  String tableName;
  String condition;
  ReturnValuesOnConditionCheckFailure onFailure;

  ConditionalBuilder() {}

  /** The table's name or ARN ({@code TableName}). */
  public B table(String tableName) {
    this.tableName = tableName;
    return self();
  }

  /** The condition ({@code ConditionExpression}), in DynamoDB's expression language. */
  public B condition(String conditionExpression) {
    this.condition = conditionExpression;
    parts.condition("ConditionExpression", null);
    return self();
  }

  /**
   * The condition as a {@link Condition}: attribute names are aliased and values given placeholders
   * automatically, such as {@code Condition.attributeNotExists("user/id")}.
   */
  public B condition(Condition condition) {
    this.condition = null;
    parts.condition("ConditionExpression", condition);
    return self();
  }

  /** Whether a failed condition returns the item as it was. */
  public B returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure onFailure) {
    this.onFailure = onFailure;
    return self();
  }

  /** The condition text of the built request: the rendered {@link Condition}, or the text given. */
  final String conditionExpression(ExpressionParts.Rendered rendered) {
    return rendered.condition("ConditionExpression", condition);
  }
}
