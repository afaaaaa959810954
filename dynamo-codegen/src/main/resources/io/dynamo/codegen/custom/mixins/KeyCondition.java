// Builder mixin of queries.
import io.dynamo.api.expr.Condition;

  /**
   * The key condition as text, such as {@code "#id = :id AND begins_with(#at, :day)"}; its {@code
   * #names} and {@code :values} are yours to declare.
   */
  public Builder keyCondition(String keyConditionExpression) {
    return keyConditionExpression(keyConditionExpression);
  }

  /** The key condition built in Java; names and values get aliases and placeholders. */
  public Builder keyCondition(Condition condition) {
    this.keyConditionExpression = null;
    parts.condition("KeyConditionExpression", condition);
    return this;
  }

  /** The key condition as text ({@code KeyConditionExpression}). */
  public Builder keyConditionExpression(String keyConditionExpression) {
    this.keyConditionExpression = keyConditionExpression;
    parts.condition("KeyConditionExpression", null);
    return this;
  }
