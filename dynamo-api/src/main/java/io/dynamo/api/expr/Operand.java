package io.dynamo.api.expr;

import io.dynamo.api.error.InvalidRequestException;
import java.util.Objects;

/**
 * One side of a comparison in a {@link Condition}: an attribute (a document path), a value, the
 * {@code size} of an attribute, or raw expression text.
 *
 * <p>Most code never names this type: the {@code Condition} factories take a {@code String} or
 * {@link Path} for an attribute and a plain Java value for a value, and {@link Condition#size}
 * makes the size operand. Use {@link #value(Object)} to compare with a value that would otherwise
 * be read as an attribute (a {@link Path}) and {@link #path(Object)} to compare two attributes.
 * Immutable and thread-safe when its value is.
 */
public final class Operand {
  private enum Kind {
    PATH,
    VALUE,
    SIZE,
    RAW
  }

  private final Kind kind;
  private final Object payload;

  private Operand(Kind kind, Object payload) {
    this.kind = kind;
    this.payload = payload;
  }

  /**
   * An attribute, given as path text (parsed with {@link Path#parse}) or a {@link Path}.
   *
   * @throws InvalidRequestException if it is neither, or the text is not a path
   */
  public static Operand path(Object path) {
    return new Operand(Kind.PATH, toPath(path, "an attribute"));
  }

  /**
   * A value: a plain Java value, encoded with the request's codecs when the condition is written,
   * an {@link io.dynamo.codec.AttributeValue}, or {@code null} for {@code NULL}.
   */
  public static Operand value(Object value) {
    return new Operand(Kind.VALUE, value);
  }

  /**
   * {@code size(path)}: the length of a string or binary, or the number of elements of a set, list
   * or map.
   */
  public static Operand size(Object path) {
    return new Operand(Kind.SIZE, toPath(path, "the argument of size"));
  }

  /** Raw expression text; its {@code #names} and {@code :values} must be declared. */
  public static Operand raw(Expr expr) {
    return new Operand(Kind.RAW, Objects.requireNonNull(expr, "expr"));
  }

  /** The left side of a comparison: an Operand, Expr, or else a path (String or Path). */
  static Operand subject(Object o) {
    if (o instanceof Operand) {
      return (Operand) o;
    }
    if (o instanceof Expr) {
      return raw((Expr) o);
    }
    return new Operand(Kind.PATH, toPath(o, "the left side of a comparison"));
  }

  /** The right side of a comparison: an Operand, an attribute if a Path, Expr, else a value. */
  static Operand argument(Object o) {
    if (o instanceof Operand) {
      return (Operand) o;
    }
    if (o instanceof Path) {
      return new Operand(Kind.PATH, o);
    }
    if (o instanceof Expr) {
      return raw((Expr) o);
    }
    return value(o);
  }

  static Path toPath(Object path, String role) {
    if (path instanceof Path) {
      return (Path) path;
    }
    if (path instanceof String) {
      return Path.parse((String) path);
    }
    throw new InvalidRequestException(
        "condition",
        role
            + " must be a path, a String (such as \"user/id\" or \"bar.baz[1]\") or a Path, not "
            + (path == null ? "null" : "a " + path.getClass().getName() + " (" + path + ")"));
  }

  boolean isPath() {
    return kind == Kind.PATH;
  }

  String render(ExpressionWriter writer) {
    switch (kind) {
      case PATH:
        return writer.path((Path) payload);
      case SIZE:
        return "size(" + writer.path((Path) payload) + ")";
      case RAW:
        return writer.raw((Expr) payload);
      default:
        return writer.value(payload);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Operand
        && ((Operand) o).kind == kind
        && Objects.equals(((Operand) o).payload, payload);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + Objects.hashCode(payload);
  }

  /** A readable form for logs: paths as text, values as given, such as {@code size(tags)}. */
  @Override
  public String toString() {
    return render(Condition.TEXT);
  }
}
