// Members written by hand, spliced into the generated TransactWriteItemsRequest.Builder: actions
// made from a table and a key or an item, with their options, when the request is built.
import io.dynamo.api.expr.Condition;
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.internal.build.TransactActions;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;

  private final List<Pending> pending = new ArrayList<>();
  private CodecRegistry codecs = CodecRegistry.defaults();

  /** An action not yet made: DynamoDB's member name and how to make it. */
  private record Pending(String member, Function<CodecRegistry, TransactWriteItem> make) {}

  /** Puts (creates or replaces) {@code item} in {@code table}. */
  public Builder put(String table, Item item) {
    return put(table, item, p -> {});
  }

  /** Puts {@code item} in {@code table} if {@code condition} holds. */
  public Builder put(String table, Item item, Condition condition) {
    return put(table, item, p -> p.condition(condition));
  }

  /** Puts {@code item} in {@code table}, with a condition and options set by {@code options}. */
  public Builder put(String table, Item item, Consumer<TransactPut.Builder> options) {
    Require.present("TransactItems", options, "the put's options are null");
    return pending(
        "Put",
        c -> {
          TransactPut.Builder b = TransactPut.builder().codecs(c).table(table).item(item);
          options.accept(b);
          return TransactWriteItem.of(b.build());
        });
  }

  /**
   * Updates the item with {@code key} in {@code table}: {@code update} gives the actions ({@code
   * set}, {@code add}, {@code remove}, {@code delete}), a condition and options.
   */
  public Builder update(String table, Key key, Consumer<TransactUpdate.Builder> update) {
    Require.present("TransactItems", update, "the update's actions are null");
    return pending(
        "Update",
        c -> {
          TransactUpdate.Builder b = TransactUpdate.builder().codecs(c).table(table).key(key);
          update.accept(b);
          return TransactWriteItem.of(b.build());
        });
  }

  /** Deletes the item with {@code key} from {@code table}. */
  public Builder delete(String table, Key key) {
    return delete(table, key, d -> {});
  }

  /** Deletes the item with {@code key} from {@code table} if {@code condition} holds. */
  public Builder delete(String table, Key key, Condition condition) {
    return delete(table, key, d -> d.condition(condition));
  }

  /** Deletes the item with {@code key}, with a condition and options set by {@code options}. */
  public Builder delete(String table, Key key, Consumer<TransactDelete.Builder> options) {
    Require.present("TransactItems", options, "the delete's options are null");
    return pending(
        "Delete",
        c -> {
          TransactDelete.Builder b = TransactDelete.builder().codecs(c).table(table).key(key);
          options.accept(b);
          return TransactWriteItem.of(b.build());
        });
  }

  /** Cancels the transaction unless {@code condition} holds for the item with {@code key}. */
  public Builder conditionCheck(String table, Key key, Condition condition) {
    return conditionCheck(table, key, k -> k.condition(condition));
  }

  /**
   * Cancels the transaction unless the condition {@code check} sets holds for the item with {@code
   * key}: {@code k -> k.condition("#s = :s").name("#s", "status").value(":s", "active")}.
   */
  public Builder conditionCheck(
      String table, Key key, Consumer<TransactConditionCheck.Builder> check) {
    Require.present("TransactItems", check, "the check's condition is null");
    return pending(
        "ConditionCheck",
        c -> {
          TransactConditionCheck.Builder b =
              TransactConditionCheck.builder().codecs(c).table(table).key(key);
          check.accept(b);
          return TransactWriteItem.of(b.build());
        });
  }

  /** Adds an action made beforehand, after those of {@code TransactItems}. */
  public Builder action(TransactWriteItem action) {
    Require.present("TransactItems", action, "action is null");
    return pending(
        TransactActions.member(action.put(), action.update(), action.delete()), c -> action);
  }

  /** Adds actions made beforehand, in order. */
  public Builder actions(Collection<? extends TransactWriteItem> actions) {
    Require.present("TransactItems", actions, "actions are null").forEach(this::action);
    return this;
  }

  /**
   * The registry the values of the actions given as a table and a key or an item are encoded with
   * (default {@link CodecRegistry#defaults()}).
   */
  public Builder codecs(CodecRegistry codecs) {
    this.codecs = Require.present("codecs", codecs, "registry is null");
    return this;
  }

  private Builder pending(String member, Function<CodecRegistry, TransactWriteItem> make) {
    pending.add(new Pending(member, make));
    return this;
  }

  /**
   * A copy with the actions given here made, after those of {@code TransactItems}; a bad field is
   * named by its path, such as {@code TransactItems[2].Update.Key}.
   */
  private Builder beforeBuild() {
    if (pending.isEmpty()) {
      return this;
    }
    Builder b = copy();
    List<TransactWriteItem> made = new ArrayList<>();
    if (transactItems != null) {
      made.addAll(transactItems);
    }
    for (Pending p : pending) {
      made.add(TransactActions.action(made.size(), p.member(), () -> p.make().apply(codecs)));
    }
    b.transactItems = made;
    return b;
  }
