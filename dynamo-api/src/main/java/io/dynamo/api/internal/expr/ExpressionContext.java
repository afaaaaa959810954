package io.dynamo.api.internal.expr;

import io.dynamo.api.expr.Path;
import io.dynamo.codec.AttributeValue;
import java.util.Map;

/**
 * Collects the expression attribute names and values of one request while its expressions are
 * written: starts from the caller's own {@code #names} and {@code :values}, and adds generated
 * aliases ({@code #n0}, {@code #n1}, ...) and placeholders ({@code :v0}, ...) that never clash with
 * the caller's. The same name always gets the same alias within a request. Not thread-safe.
 */
public final class ExpressionContext {

  /** A context seeded with the caller's names ({@code #alias -> name}) and values. */
  public ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Expression text for a path given as text: parsed, with names aliased where needed. */
  public String path(String pathText) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Expression text for a path. */
  public String path(Path path) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** A placeholder for a value, such as {@code :v0}. */
  public String value(AttributeValue value) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** All names, the caller's first, in order; empty if none. */
  public Map<String, String> names() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** All values, the caller's first, in order; empty if none. */
  public Map<String, AttributeValue> values() {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
