// Builder mixin of reads with a filter.
import io.dynamo.api.expr.Condition;

  /** The filter as text; its {@code #names} and {@code :values} are yours to declare. */
  public Builder filter(String filterExpression) {
    return filterExpression(filterExpression);
  }

  /** The filter built in Java; names and values get aliases and placeholders when built. */
  public Builder filter(Condition condition) {
    this.filterExpression = null;
    parts.condition("FilterExpression", condition);
    return this;
  }

  /** The filter as text ({@code FilterExpression}). */
  public Builder filterExpression(String filterExpression) {
    this.filterExpression = filterExpression;
    parts.condition("FilterExpression", null);
    return this;
  }
