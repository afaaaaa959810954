package io.dynamo.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Adds violations to a validator's context: the rule text escaped so that message interpolation
 * leaves it as it is, a property path relative to the validated object, and the offending value's
 * description as the violation's dynamic payload.
 */
final class Report {
  private final ConstraintValidatorContext context;
  private boolean any;

  Report(ConstraintValidatorContext context) {
    this.context = context;
    context.disableDefaultConstraintViolation();
  }

  /** A violation at {@code path} (empty for the validated object itself). */
  void add(String path, Rule rule, String text, String value) {
    any = true;
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hv.withDynamicPayload(new RulePayload(rule, value));
    var builder = hv.buildConstraintViolationWithTemplate(escape(text));
    if (path.isEmpty()) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(path).addConstraintViolation();
    }
  }

  /** Whether nothing was added. */
  boolean valid() {
    return !any;
  }

  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
