// Builder mixin of writes with a condition.
import io.dynamo.api.expr.Condition;

  /** The condition as text; its {@code #names} and {@code :values} are yours to declare. */
  public Builder condition(String conditionExpression) {
    return conditionExpression(conditionExpression);
  }

  /** The condition built in Java; names and values get aliases and placeholders when built. */
  public Builder condition(Condition condition) {
    this.conditionExpression = null;
    parts.condition("ConditionExpression", condition);
    return this;
  }

  /** The condition as text ({@code ConditionExpression}). */
  public Builder conditionExpression(String conditionExpression) {
    this.conditionExpression = conditionExpression;
    parts.condition("ConditionExpression", null);
    return this;
  }
