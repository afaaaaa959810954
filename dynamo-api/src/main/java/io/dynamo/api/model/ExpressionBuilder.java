package io.dynamo.api.model;

import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.codec.CodecRegistry;
import java.util.Map;

/**
 * What the builders of requests with expressions share: the caller's {@code #names} and {@code
 * :values}, and the registry plain values are encoded with. Not public: its methods appear on each
 * request's public {@code Builder}. Not thread-safe.
 *
 * @param <B> the builder itself
 */
abstract class ExpressionBuilder<B extends ExpressionBuilder<B>> {
  final ExpressionParts parts = new ExpressionParts();

  ExpressionBuilder() {}

  @SuppressWarnings("unchecked") // B is always the class extending this one
  final B self() {
    return (B) this;
  }

  /** Adds aliases ({@code #alias -> attribute name}) used in this request's expressions. */
  public B names(Map<String, String> names) {
    parts.names(names);
    return self();
  }

  /** Adds one alias. */
  public B name(String alias, String attributeName) {
    parts.name(alias, attributeName);
    return self();
  }

  /** Adds values ({@code :placeholder -> plain Java value}), encoded with {@link #codecs}. */
  public B values(Map<String, ?> values) {
    parts.values(values);
    return self();
  }

  /** Adds one value; {@code null} is DynamoDB's NULL. */
  public B value(String placeholder, Object value) {
    parts.value(placeholder, value);
    return self();
  }

  /**
   * The registry values and key pairs are encoded with (default {@link CodecRegistry#defaults()}).
   */
  public B codecs(CodecRegistry codecs) {
    parts.codecs(codecs);
    return self();
  }
}
