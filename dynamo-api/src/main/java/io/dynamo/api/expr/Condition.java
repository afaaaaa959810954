package io.dynamo.api.expr;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.codec.AttributeType;
import io.dynamo.codec.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A condition for {@code ConditionExpression}, {@code FilterExpression} or {@code
 * KeyConditionExpression}, built without writing {@code #names} or {@code :values} by hand:
 *
 * <pre>{@code
 * Condition.attributeExists("user/id").and(Condition.eq("status", "active"))
 * // attribute_exists(#n0) AND #n1 = :v0, with #n0 = user/id, #n1 = status, :v0 = "active"
 * }</pre>
 *
 * <p>Attributes are given as path text ({@code "bar.baz[1]"}, {@code "#alias"}) or a {@link Path};
 * names that need it are aliased when the condition is written. Values are plain Java values,
 * encoded with the request's codecs then, or {@link AttributeValue}s. On the right of a comparison
 * a {@code String} is a value; a {@link Path} or {@link Operand#path} is an attribute. {@link
 * #raw(String)} mixes in hand-written text, whose {@code #names} and {@code :values} the request
 * declares.
 *
 * <p>Written with DynamoDB's precedence (NOT, then AND, then OR) and only the parentheses that are
 * needed, since DynamoDB rejects redundant ones such as {@code ((a = :v0))}: {@code a AND (b OR
 * c)}, {@code NOT (a = :v0)}, {@code NOT attribute_exists(a)}. Raw text is put in parentheses when
 * combined with other conditions, unless it already is. Immutable and thread-safe when its values
 * are.
 */
public final class Condition {
  /** At most this many candidates in {@code IN}, as DynamoDB allows. */
  public static final int MAX_IN_CANDIDATES = 100;

  static final ExpressionWriter TEXT = new TextWriter();

  private final ConditionNode node;

  private Condition(ConditionNode node) {
    this.node = node;
  }

  /** {@code attribute_exists(path)}: the item has the attribute. */
  public static Condition attributeExists(Object path) {
    return function("attribute_exists", path);
  }

  /** {@code attribute_not_exists(path)}: the item lacks the attribute. */
  public static Condition attributeNotExists(Object path) {
    return function("attribute_not_exists", path);
  }

  /** {@code attribute_type(path, :type)}: the attribute has the given type. */
  public static Condition attributeType(Object path, AttributeType type) {
    if (type == null || type == AttributeType.UNKNOWN) {
      throw new InvalidRequestException(
          "condition",
          "attribute_type needs one of S, N, B, SS, NS, BS, M, L, BOOL, NULL, not " + type);
    }
    return function("attribute_type", path, Operand.value(AttributeValue.s(type.name())));
  }

  /**
   * {@code begins_with(path, prefix)}: a string (or binary) attribute starts with {@code prefix}, a
   * value or an {@link Operand}.
   */
  public static Condition beginsWith(Object path, Object prefix) {
    return function("begins_with", path, Operand.argument(prefix));
  }

  /**
   * {@code contains(path, operand)}: a string attribute contains a substring, or a set or list
   * attribute contains a member.
   */
  public static Condition contains(Object path, Object operand) {
    return function("contains", path, Operand.argument(operand));
  }

  /** {@code size(path)}, for comparisons: {@code Condition.gt(Condition.size("tags"), 3)}. */
  public static Operand size(Object path) {
    return Operand.size(path);
  }

  /** {@code left = right}. */
  public static Condition eq(Object left, Object right) {
    return compare(left, "=", right);
  }

  /** {@code left <> right}. */
  public static Condition ne(Object left, Object right) {
    return compare(left, "<>", right);
  }

  /** {@code left < right}. */
  public static Condition lt(Object left, Object right) {
    return compare(left, "<", right);
  }

  /** {@code left <= right}. */
  public static Condition le(Object left, Object right) {
    return compare(left, "<=", right);
  }

  /** {@code left > right}. */
  public static Condition gt(Object left, Object right) {
    return compare(left, ">", right);
  }

  /** {@code left >= right}. */
  public static Condition ge(Object left, Object right) {
    return compare(left, ">=", right);
  }

  /** {@code subject BETWEEN low AND high} (both bounds included). */
  public static Condition between(Object subject, Object low, Object high) {
    return new Condition(
        new ConditionNode.Between(
            Operand.subject(subject), Operand.argument(low), Operand.argument(high)));
  }

  /**
   * {@code subject IN (a, b, ...)}: 1 to 100 candidates. To compare with a single list value, wrap
   * it in {@link Operand#value(Object)}.
   */
  public static Condition in(Object subject, Object... candidates) {
    if (candidates == null) {
      throw new InvalidRequestException("condition", "IN: the candidates are null");
    }
    return in(subject, Arrays.asList(candidates));
  }

  /** {@code subject IN (...)} with the collection's elements as the 1 to 100 candidates. */
  public static Condition in(Object subject, Collection<?> candidates) {
    if (candidates == null || candidates.isEmpty() || candidates.size() > MAX_IN_CANDIDATES) {
      throw new InvalidRequestException(
          "condition",
          "IN has "
              + (candidates == null ? "no" : candidates.size())
              + " candidates; DynamoDB allows 1 to "
              + MAX_IN_CANDIDATES);
    }
    List<Operand> list = new ArrayList<>(candidates.size());
    for (Object c : candidates) {
      list.add(Operand.argument(c));
    }
    return new Condition(new ConditionNode.In(Operand.subject(subject), List.copyOf(list)));
  }

  /**
   * Hand-written condition text, such as {@code #foo in (:one, :two)}; the request declares its
   * {@code #names} and {@code :values}.
   */
  public static Condition raw(String text) {
    return raw(Expr.raw(text));
  }

  /** Hand-written condition text; the request declares its {@code #names} and {@code :values}. */
  public static Condition raw(Expr expr) {
    return new Condition(new ConditionNode.Raw(Objects.requireNonNull(expr, "expr")));
  }

  /** All of the conditions ({@code AND}); one condition is itself. */
  public static Condition allOf(Condition... conditions) {
    return new Condition(junction(true, conditions));
  }

  /** Any of the conditions ({@code OR}); one condition is itself. */
  public static Condition anyOf(Condition... conditions) {
    return new Condition(junction(false, conditions));
  }

  /** {@code NOT condition}. */
  public static Condition not(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return new Condition(new ConditionNode.Not(condition.node));
  }

  /** {@code this AND other}. */
  public Condition and(Condition other) {
    return allOf(this, other);
  }

  /** {@code this OR other}. */
  public Condition or(Condition other) {
    return anyOf(this, other);
  }

  /** {@code NOT this}. */
  public Condition not() {
    return not(this);
  }

  /**
   * The expression text, with paths, values and raw parts written through {@code writer} (which
   * registers names and values for the request).
   */
  public String render(ExpressionWriter writer) {
    return node.render(Objects.requireNonNull(writer, "writer"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Condition && ((Condition) o).node.equals(node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  /**
   * A readable form for logs and tests, with names and values in place, such as {@code
   * attribute_exists(user/id) AND status = "active"}; not an expression DynamoDB accepts.
   */
  @Override
  public String toString() {
    return render(TEXT);
  }

  private static Condition function(String name, Object path, Operand... arguments) {
    return new Condition(
        new ConditionNode.Call(name, Operand.toPath(path, name), List.of(arguments)));
  }

  private static Condition compare(Object left, String comparator, Object right) {
    return new Condition(
        new ConditionNode.Compare(Operand.subject(left), comparator, Operand.argument(right)));
  }

  private static ConditionNode junction(boolean and, Condition... conditions) {
    if (conditions == null || conditions.length == 0) {
      throw new InvalidRequestException(
          "condition", (and ? "allOf" : "anyOf") + " needs at least one condition");
    }
    List<ConditionNode> parts = new ArrayList<>();
    for (Condition c : conditions) {
      Objects.requireNonNull(c, "condition");
      if (and && c.node instanceof ConditionNode.And) {
        parts.addAll(((ConditionNode.And) c.node).parts());
      } else if (!and && c.node instanceof ConditionNode.Or) {
        parts.addAll(((ConditionNode.Or) c.node).parts());
      } else {
        parts.add(c.node);
      }
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return and
        ? new ConditionNode.And(List.copyOf(parts))
        : new ConditionNode.Or(List.copyOf(parts));
  }

  /** Writes names and values in place, for toString. */
  private static final class TextWriter implements ExpressionWriter {
    @Override
    public String path(Path path) {
      return path.toString();
    }

    @Override
    public String value(Object value) {
      return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }

    @Override
    public String raw(Expr expr) {
      return expr.text();
    }
  }
}
