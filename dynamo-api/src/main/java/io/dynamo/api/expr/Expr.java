package io.dynamo.api.expr;

import java.util.Objects;

/**
 * A piece of DynamoDB expression text used as it is, where a plain value would otherwise be
 * expected: {@code set("#counter", Expr.raw("#counter + :one"))} writes {@code SET #counter =
 * #counter + :one} instead of storing the string. The {@code #names} and {@code :values} it uses
 * must be given to the request's {@code names(...)} and {@code values(...)}.
 */
public final class Expr {
  private final String text;

  private Expr(String text) {
    this.text = text;
  }

  /** Expression text, such as {@code if_not_exists(#n, :zero)} or {@code list_append(tags, :t)}. */
  public static Expr raw(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("expression text is blank");
    }
    return new Expr(text);
  }

  /** The expression text. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expr && ((Expr) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "Expr[" + text + "]";
  }
}
