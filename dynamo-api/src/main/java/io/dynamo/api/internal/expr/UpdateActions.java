package io.dynamo.api.internal.expr;

import io.dynamo.api.expr.Path;
import io.dynamo.codec.CodecRegistry;

/**
 * The SET / REMOVE / ADD / DELETE actions of an update, in the order given, rendered into one
 * {@code UpdateExpression}. Paths are {@code String} (parsed with {@link Path#parse}) or {@link
 * Path}; values are plain Java values (encoded with the registry at render time), {@link
 * io.dynamo.codec.AttributeValue}s, or {@link io.dynamo.api.expr.Expr} raw expression text. Not
 * thread-safe; used by request builders.
 */
public final class UpdateActions {

  /** {@code SET path = value}. */
  public UpdateActions set(Object path, Object value) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** {@code REMOVE path}. */
  public UpdateActions remove(Object path) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** {@code ADD path value} (numbers and sets). */
  public UpdateActions add(Object path, Object value) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** {@code DELETE path value} (removing members from a set). */
  public UpdateActions delete(Object path, Object value) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Whether no action was given. */
  public boolean isEmpty() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * The update expression, such as {@code SET #n0 = :v0, Foobar = :v1 ADD #n1 :v2 REMOVE abc,
   * tags[1]}, registering names and values in {@code context}.
   *
   * @throws io.dynamo.api.InvalidRequestException naming the action and the rule (an empty set for
   *     ADD/DELETE, a value that cannot be encoded, an invalid path)
   */
  public String render(ExpressionContext context, CodecRegistry registry) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
