package io.dynamo.api.internal.expr;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Expr;
import io.dynamo.api.expr.Path;
import io.dynamo.codec.AttributeType;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The SET / REMOVE / ADD / DELETE actions of an update, in the order given, rendered into one
 * {@code UpdateExpression}. Paths are {@code String} (parsed with {@link Path#parse}) or {@link
 * Path}; values are plain Java values (encoded with the registry at render time), {@link
 * io.dynamo.codec.AttributeValue}s, or {@link io.dynamo.api.expr.Expr} raw expression text. Not
 * thread-safe; used by request builders.
 *
 * <p>Rendering: the clauses come in the fixed order SET, REMOVE, ADD, DELETE (DynamoDB allows each
 * clause once), each listing its actions in call order, separated by {@code ", "}: {@code SET a =
 * :v0, #n0 = :v1 REMOVE abc, tags[1] ADD #n1 :v2 DELETE #n2 :v3}. Names are aliased and values get
 * placeholders in that rendered order. Paths and misplaced {@code Expr}s are checked when an action
 * is added; values, aliases and overlapping paths when it is rendered.
 */
public final class UpdateActions {
  static final String FIELD = "UpdateExpression";

  private enum Kind {
    SET,
    REMOVE,
    ADD,
    DELETE
  }

  private record Action(Kind kind, Path path, Object value) {
    String label() {
      return kind + " " + path;
    }
  }

  private final List<Action> actions = new ArrayList<>();

  /**
   * {@code SET path = value}; an {@link Expr} value is written as it is ({@code SET #counter =
   * #counter + :one}).
   *
   * @throws InvalidRequestException if the path is not a String or Path, or is not a valid path
   */
  public UpdateActions set(Object path, Object value) {
    actions.add(new Action(Kind.SET, toPath(Kind.SET, path), value));
    return this;
  }

  /**
   * {@code REMOVE path}: removes an attribute, a map entry or a list element.
   *
   * @throws InvalidRequestException if the path is not a String or Path, or is not a valid path
   */
  public UpdateActions remove(Object path) {
    actions.add(new Action(Kind.REMOVE, toPath(Kind.REMOVE, path), null));
    return this;
  }

  /** {@code REMOVE path, path, ...}, in order. */
  public UpdateActions remove(Object... paths) {
    if (paths == null) {
      throw new InvalidRequestException(FIELD, "REMOVE: the list of paths is null");
    }
    for (Object path : paths) {
      remove(path);
    }
    return this;
  }

  /**
   * {@code ADD path value}: adds a number to a number, or members to a set (creating either if
   * absent). The value must encode to a number ({@code N}) or a set ({@code SS}, {@code NS}, {@code
   * BS}); an {@link Expr} may only be a single {@code :placeholder} the caller declares.
   *
   * @throws InvalidRequestException if the path is invalid, or the value is known now to be wrong
   */
  public UpdateActions add(Object path, Object value) {
    Action action = new Action(Kind.ADD, toPath(Kind.ADD, path), value);
    checkOperand(action);
    actions.add(action);
    return this;
  }

  /**
   * {@code DELETE path value}: removes the value's members from a set. The value must encode to a
   * set ({@code SS}, {@code NS}, {@code BS}); an {@link Expr} may only be a single {@code
   * :placeholder} the caller declares.
   *
   * @throws InvalidRequestException if the path is invalid, or the value is known now to be wrong
   */
  public UpdateActions delete(Object path, Object value) {
    Action action = new Action(Kind.DELETE, toPath(Kind.DELETE, path), value);
    checkOperand(action);
    actions.add(action);
    return this;
  }

  /** Whether no action was given. */
  public boolean isEmpty() {
    return actions.isEmpty();
  }

  /**
   * The update expression, such as {@code SET Foobar = :v0, #n0 = :v1 REMOVE abc, tags[1] ADD #n1
   * :v2}, registering names and values in {@code context}.
   *
   * @throws io.dynamo.api.error.InvalidRequestException naming the action and the rule (an empty
   *     set for ADD/DELETE, a value that cannot be encoded, an invalid path)
   */
  public String render(ExpressionContext context, CodecRegistry registry) {
    if (actions.isEmpty()) {
      throw new InvalidRequestException(
          FIELD, "there are no actions; give at least one set, remove, add or delete");
    }
    DocumentPaths paths = new DocumentPaths(FIELD);
    for (Action action : actions) {
      List<Object> resolved;
      try {
        resolved = context.resolve(action.path());
      } catch (InvalidRequestException e) {
        throw wrap(action, e);
      }
      paths.add(action.label(), action.path(), resolved);
    }
    StringBuilder sb = new StringBuilder();
    for (Kind kind : Kind.values()) {
      boolean first = true;
      for (Action action : actions) {
        if (action.kind() != kind) {
          continue;
        }
        sb.append(first ? (sb.length() == 0 ? "" : " ") + kind + " " : ", ");
        first = false;
        sb.append(context.path(action.path()));
        if (kind == Kind.SET) {
          sb.append(" = ").append(setValue(action, context, registry));
        } else if (kind != Kind.REMOVE) {
          sb.append(' ').append(operand(action, context, registry));
        }
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("UpdateActions[");
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      sb.append(i == 0 ? "" : ", ").append(a.label());
      if (a.kind() != Kind.REMOVE) {
        sb.append(a.kind() == Kind.SET ? " = " : " ").append(a.value());
      }
    }
    return sb.append(']').toString();
  }

  private static String setValue(Action action, ExpressionContext context, CodecRegistry registry) {
    if (action.value() instanceof Expr) {
      try {
        return context.raw(((Expr) action.value()).text(), FIELD);
      } catch (InvalidRequestException e) {
        throw wrap(action, e);
      }
    }
    return context.value(Values.encode(registry, action.value(), FIELD, action.label() + ": "));
  }

  private static String operand(Action action, ExpressionContext context, CodecRegistry registry) {
    if (action.value() instanceof Expr) {
      String placeholder = ((Expr) action.value()).text().strip();
      AttributeValue declared = context.callerValue(placeholder);
      if (declared == null) {
        throw new InvalidRequestException(
            FIELD,
            action.label()
                + ": "
                + placeholder
                + " is not declared; add it to values(...), or pass the value itself");
      }
      checkType(action, declared);
      return placeholder;
    }
    AttributeValue value = Values.encode(registry, action.value(), FIELD, action.label() + ": ");
    checkType(action, value);
    return context.value(value);
  }

  private static void checkOperand(Action action) {
    Object value = action.value();
    if (value instanceof Expr) {
      String text = ((Expr) value).text().strip();
      if (!ExpressionContext.VALUE_REF.matcher(text).matches()) {
        throw new InvalidRequestException(
            FIELD,
            action.label()
                + ": the raw expression '"
                + ((Expr) value).text()
                + "' is not allowed here; "
                + action.kind()
                + " takes a value, or an Expr that is a single :placeholder declared in values"
                + " (DynamoDB's ADD and DELETE accept only an expression attribute value)");
      }
    } else if (value instanceof AttributeValue) {
      checkType(action, (AttributeValue) value);
    }
  }

  private static void checkType(Action action, AttributeValue value) {
    AttributeType type = value.type();
    if (type.isSet() || (action.kind() == Kind.ADD && type == AttributeType.N)) {
      return;
    }
    String rule =
        action.kind() == Kind.ADD
            ? "ADD takes a number (N), added to a number, or a set (SS, NS, BS), whose members are"
                + " added to a set"
            : "DELETE takes a set (SS, NS, BS) of the members to remove from a set (to remove an"
                + " attribute or a list element, use remove)";
    String hint =
        type == AttributeType.L ? " (a Java List or array encodes to a list; use a Set)" : "";
    throw new InvalidRequestException(
        FIELD, action.label() + ": the value is " + Values.describe(value) + "; " + rule + hint);
  }

  private static Path toPath(Kind kind, Object path) {
    if (path instanceof Path) {
      return (Path) path;
    }
    if (path instanceof String) {
      try {
        return Path.parse((String) path);
      } catch (InvalidRequestException e) {
        throw new InvalidRequestException(FIELD, kind + " " + e.getMessage(), e);
      }
    }
    throw new InvalidRequestException(
        FIELD,
        kind
            + ": the path is "
            + (path == null ? "null" : path instanceof Expr ? path : "a " + path.getClass())
            + "; a path is a String (such as \"bar.baz[1]\" or \"#tags[1]\") or a Path"
            + (path instanceof Expr
                ? " (raw expression text is allowed only as a SET value)"
                : ""));
  }

  private static InvalidRequestException wrap(Action action, InvalidRequestException e) {
    String message = e.getMessage();
    String prefix = FIELD + ": ";
    String problem = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return new InvalidRequestException(FIELD, action.label() + ": " + problem, e);
  }
}
