package io.dynamo.validation;

import io.dynamo.api.error.InvalidRequestException;
import java.util.List;

/**
 * A request or an item broke one or more of DynamoDB's rules and was not sent: {@link
 * #violations()} lists every one, each with its property path, its rule and a description of the
 * value (never a secret, and for item values their type and size rather than the value). {@link
 * #field()} is the first violation's path.
 */
public class RequestValidationException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** The violations; not serialised beyond the message. */
  private final transient List<Violation> violations;

  /**
   * Creates the exception for {@code violations} (at least one) of a request or item named by
   * {@code what}, such as {@code PutItemRequest}.
   */
  public RequestValidationException(String what, List<Violation> violations) {
    super(first(violations), summary(what, violations));
    this.violations = List.copyOf(violations);
  }

  /** Every violation, in a stable order (by path, then rule). */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }

  private static String first(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("no violation");
    }
    return violations.get(0).path();
  }

  private static String summary(String what, List<Violation> violations) {
    StringBuilder b = new StringBuilder();
    Violation first = violations.get(0);
    b.append(first.rule()).append(" (").append(first.value()).append(')');
    if (violations.size() > 1) {
      b.append("; ").append(what).append(" has ").append(violations.size()).append(" violations:");
      for (Violation v : violations) {
        b.append("\n  ").append(v);
      }
    }
    return b.toString();
  }
}
