package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.expr.Path;
import io.dynamo.api.internal.expr.UpdateActions;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.AttributeValue;
import java.util.function.Consumer;

/**
 * What the builders of updates share (UpdateItem, and a transaction's Update): the SET, ADD, REMOVE
 * and DELETE actions, or a raw update expression. Not public: its methods appear on each public
 * {@code Builder}.
 *
 * @param <B> the builder itself
 */
abstract class UpdateBuilder<B extends UpdateBuilder<B>> extends KeyedBuilder<B> {
  private UpdateActions actions;
  String updateExpression;

  UpdateBuilder() {}

  /**
   * {@code SET path = value}: {@code path} is path text such as {@code user/email}, {@code m.inner}
   * or {@code #alias}; {@code value} a plain Java value, an {@link AttributeValue} or {@link
   * io.dynamo.api.expr.Expr#raw raw expression text}.
   */
  public B set(String path, Object value) {
    return action(a -> a.set(path, value));
  }

  /** {@code SET path = value} for a {@link Path}. */
  public B set(Path path, Object value) {
    return action(a -> a.set(path, value));
  }

  /** {@code ADD path value}: adds to a number, or members to a set. */
  public B add(String path, Object value) {
    return action(a -> a.add(path, value));
  }

  /** {@code ADD path value} for a {@link Path}. */
  public B add(Path path, Object value) {
    return action(a -> a.add(path, value));
  }

  /** {@code REMOVE path, ...}: removes attributes or list elements such as {@code tags[1]}. */
  public B remove(String... paths) {
    Require.present("UpdateExpression", paths, "paths to remove are null");
    for (String path : paths) {
      action(a -> a.remove(path));
    }
    return self();
  }

  /** {@code REMOVE path, ...} for {@link Path}s. */
  public B remove(Path... paths) {
    Require.present("UpdateExpression", paths, "paths to remove are null");
    for (Path path : paths) {
      action(a -> a.remove(path));
    }
    return self();
  }

  /** {@code DELETE path value}: removes the members of set {@code value} from a set. */
  public B delete(String path, Object value) {
    return action(a -> a.delete(path, value));
  }

  /** {@code DELETE path value} for a {@link Path}. */
  public B delete(Path path, Object value) {
    return action(a -> a.delete(path, value));
  }

  /** A raw {@code UpdateExpression}, instead of set/add/remove/delete actions. */
  public B updateExpression(String updateExpression) {
    this.updateExpression = updateExpression;
    return self();
  }

  /**
   * The built update expression: the actions rendered, or the raw text.
   *
   * @throws InvalidRequestException if both were given
   */
  final ExpressionParts.Rendered render() {
    if (actions != null && updateExpression != null) {
      throw new InvalidRequestException(
          "UpdateExpression",
          "is given as raw text and as set/add/remove/delete actions; use one or the other");
    }
    return parts.render(actions);
  }

  /** The update expression of the built request, from {@link #render()}'s result. */
  final String updateExpression(ExpressionParts.Rendered rendered) {
    return actions != null ? rendered.update() : updateExpression;
  }

  private B action(Consumer<UpdateActions> action) {
    if (actions == null) {
      actions = new UpdateActions();
    }
    try {
      action.accept(actions);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("UpdateExpression", e.getMessage(), e);
    }
    return self();
  }
}
