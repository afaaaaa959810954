package io.dynamo.api.expr;

import io.dynamo.api.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The actions of an {@code UpdateExpression} as a value, to pass around and combine before a
 * request is built: {@code Update.set("status", "paid").and(Update.add("tags", Set.of("vip")))}.
 *
 * <p>Paths are given as path text or a {@link Path}, and aliased where needed when the request is
 * written, as with {@link Condition}. Values are plain Java values, encoded with the request's
 * codecs, or {@link io.dynamo.codec.AttributeValue}s, which are taken as they are (the typed
 * attribute references of {@code dynamo-mapper} encode with the attribute's own codec and pass
 * attribute values). {@code Table.update(key, update)} applies it; so can any request builder with
 * {@code set}, {@code add}, {@code remove} and {@code delete}, action by action ({@link
 * #actions()}). Immutable and thread-safe when its values are.
 */
public final class Update {
  /** What an action does. */
  public enum Kind {
    /** {@code SET path = value}. */
    SET,
    /** {@code ADD path value}: adds to a number, or elements to a set. */
    ADD,
    /** {@code REMOVE path}. */
    REMOVE,
    /** {@code DELETE path value}: removes elements from a set. */
    DELETE
  }

  /**
   * One action: what it does, where, and with which value ({@code null} for {@code REMOVE}).
   *
   * @param kind what it does
   * @param path the attribute or nested path
   * @param value the value, a plain Java value or an attribute value; null for {@code REMOVE}
   */
  public record Action(Kind kind, Path path, Object value) {
    /** Checks that kind and path are given. */
    public Action {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(path, "path");
    }
  }

  private final List<Action> actions;

  private Update(List<Action> actions) {
    this.actions = actions;
  }

  /** Sets the attribute or nested path to {@code value}. */
  public static Update set(Object path, Object value) {
    return of(Kind.SET, path, value);
  }

  /** Adds {@code value} to a number, or its elements to a set. */
  public static Update add(Object path, Object value) {
    return of(Kind.ADD, path, value);
  }

  /** Removes the attributes or nested paths. */
  public static Update remove(Object... paths) {
    if (paths == null || paths.length == 0) {
      throw new InvalidRequestException("UpdateExpression", "remove needs at least one path");
    }
    List<Action> list = new ArrayList<>(paths.length);
    for (Object p : paths) {
      list.add(new Action(Kind.REMOVE, Operand.toPath(p, "remove"), null));
    }
    return new Update(List.copyOf(list));
  }

  /** Deletes {@code value}'s elements from a set. */
  public static Update delete(Object path, Object value) {
    return of(Kind.DELETE, path, value);
  }

  /** All the updates' actions, in order. */
  public static Update allOf(Update... updates) {
    if (updates == null || updates.length == 0) {
      throw new InvalidRequestException("UpdateExpression", "allOf needs at least one update");
    }
    List<Action> list = new ArrayList<>();
    for (Update u : updates) {
      list.addAll(Objects.requireNonNull(u, "update").actions);
    }
    return new Update(List.copyOf(list));
  }

  /** This update's actions followed by {@code other}'s. */
  public Update and(Update other) {
    return allOf(this, other);
  }

  /** The actions, in the order given. */
  public List<Action> actions() {
    return actions;
  }

  private static Update of(Kind kind, Object path, Object value) {
    return new Update(
        List.of(
            new Action(
                kind,
                Operand.toPath(path, kind.name().toLowerCase(java.util.Locale.ROOT)),
                value)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Update && ((Update) o).actions.equals(actions);
  }

  @Override
  public int hashCode() {
    return actions.hashCode();
  }

  /** A readable form for logs and tests, such as {@code SET status = "paid", ADD hits 1}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Action a : actions) {
      sb.append(sb.length() == 0 ? "" : ", ").append(a.kind()).append(' ').append(a.path());
      if (a.kind() == Kind.SET) {
        sb.append(" = ").append(Condition.TEXT.value(a.value()));
      } else if (a.kind() != Kind.REMOVE) {
        sb.append(' ').append(Condition.TEXT.value(a.value()));
      }
    }
    return sb.toString();
  }
}
