package io.dynamo.api.expr;

/**
 * Where a {@link Condition} writes the parts of its expression that need a request's {@code
 * ExpressionAttributeNames} and {@code ExpressionAttributeValues}.
 *
 * <p>The client gives each request its own writer, which aliases names and registers values; user
 * code needs one only to render a condition outside a request, for example in a test or a log line.
 * Implementations are not expected to be thread-safe.
 */
public interface ExpressionWriter {

  /**
   * The expression text of a document path, with names aliased where DynamoDB needs it, such as
   * {@code #n0.items[2]} for {@code user/data.items[2]}.
   */
  String path(Path path);

  /**
   * A placeholder, such as {@code :v0}, for a value: a plain Java value (encoded with the request's
   * codecs), an {@link io.dynamo.codec.AttributeValue}, or {@code null} for {@code NULL}.
   */
  String value(Object value);

  /**
   * The text of raw expression {@code expr}, after checking that every {@code #name} and {@code
   * :value} it uses is declared by the request.
   */
  String raw(Expr expr);
}
