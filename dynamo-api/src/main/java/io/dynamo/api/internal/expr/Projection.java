package io.dynamo.api.internal.expr;

import java.util.List;

/** Renders a projection: a list of paths ({@code String} or {@link io.dynamo.api.expr.Path}). */
public final class Projection {
  private Projection() {}

  /**
   * The {@code ProjectionExpression}, such as {@code #n0, bar.baz[1], abc, foo}, registering names
   * in {@code context}.
   */
  public static String render(List<?> paths, ExpressionContext context) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
