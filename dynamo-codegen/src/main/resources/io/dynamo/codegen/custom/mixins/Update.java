// Builder mixin of updates: SET, ADD, REMOVE and DELETE actions with automatic aliases.
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Path;
import io.dynamo.api.internal.expr.UpdateActions;
import io.dynamo.api.internal.build.Require;
import java.util.function.Consumer;

  private UpdateActions actions;

  /** Sets the attribute or nested path to {@code value} (a plain Java value). */
  public Builder set(String path, Object value) {
    return action(a -> a.set(path, value));
  }

  /** Sets {@code path} to {@code value}. */
  public Builder set(Path path, Object value) {
    return action(a -> a.set(path, value));
  }

  /** Adds {@code value} to a number, or its elements to a set. */
  public Builder add(String path, Object value) {
    return action(a -> a.add(path, value));
  }

  /** Adds {@code value} at {@code path}. */
  public Builder add(Path path, Object value) {
    return action(a -> a.add(path, value));
  }

  /** Removes the attributes or nested paths. */
  public Builder remove(String... paths) {
    Require.present("UpdateExpression", paths, "paths to remove are null");
    for (String path : paths) {
      action(a -> a.remove(path));
    }
    return this;
  }

  /** Removes the paths. */
  public Builder remove(Path... paths) {
    Require.present("UpdateExpression", paths, "paths to remove are null");
    for (Path path : paths) {
      action(a -> a.remove(path));
    }
    return this;
  }

  /** Deletes {@code value}'s elements from a set. */
  public Builder delete(String path, Object value) {
    return action(a -> a.delete(path, value));
  }

  /** Deletes {@code value}'s elements from the set at {@code path}. */
  public Builder delete(Path path, Object value) {
    return action(a -> a.delete(path, value));
  }

  private Builder action(Consumer<UpdateActions> action) {
    if (actions == null) {
      actions = new UpdateActions();
    }
    try {
      action.accept(actions);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("UpdateExpression", e.getMessage(), e);
    }
    return this;
  }
