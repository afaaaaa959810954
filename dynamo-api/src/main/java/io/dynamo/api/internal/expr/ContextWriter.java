package io.dynamo.api.internal.expr;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Expr;
import io.dynamo.api.expr.ExpressionWriter;
import io.dynamo.api.expr.Path;
import io.dynamo.codec.CodecRegistry;

/** Writes one expression field of a request into its {@link ExpressionContext}. */
final class ContextWriter implements ExpressionWriter {
  private final ExpressionContext context;
  private final CodecRegistry registry;
  private final String field;

  ContextWriter(ExpressionContext context, CodecRegistry registry, String field) {
    if (context == null || registry == null || field == null) {
      throw new IllegalArgumentException("context, registry and field must not be null");
    }
    this.context = context;
    this.registry = registry;
    this.field = field;
  }

  @Override
  public String path(Path path) {
    try {
      return context.path(path);
    } catch (InvalidRequestException e) {
      throw new InvalidRequestException(field, e.getMessage(), e);
    }
  }

  @Override
  public String value(Object value) {
    return context.value(Values.encode(registry, value, field, ""));
  }

  @Override
  public String raw(Expr expr) {
    return context.raw(expr.text(), field);
  }
}
