package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.api.internal.ops.TransactRules;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A transaction of up to 100 writes that all succeed or all fail: puts, updates, deletes and
 * condition checks, on items of one or more tables.
 *
 * <pre>{@code
 * db.transactWriteItems(TransactWriteItemsRequest.builder()
 *     .put("orders", Item.of("id", "o1", "total", 12), Condition.attributeNotExists("id"))
 *     .update("stock", Key.of("sku", "A"), u -> u.add("reserved", 1)
 *         .condition(Condition.ge("available", 1)))
 *     .delete("carts", Key.of("user", "u1"))
 *     .conditionCheck("users", Key.of("id", "u1"), Condition.eq("status", "active"))
 *     .build());
 * }</pre>
 *
 * <p>Each action has its own condition, {@code #names} and {@code :values}, as in DynamoDB: give
 * raw text with yours in the action's options ({@code c -> c.condition("#s = :s").name("#s",
 * "status").value(":s", "active")}), or a {@link Condition} and let the action alias names and
 * place values. If a condition is false DynamoDB cancels the whole transaction with a {@link
 * io.dynamo.api.TransactionCanceledException} whose {@code reasons()} line up with {@link
 * #transactItems()} by index.
 *
 * <p>{@code ClientRequestToken} makes the call idempotent for 10 minutes. Without one, each call
 * sends a new random UUID, the same on every retry of that call, so a retry after a lost response
 * is not applied twice; give your own to make separate calls idempotent (after a restart, say).
 *
 * <p>Checked when built: 1 to 100 actions, each action as its class says (a bad field is named by
 * its path, such as {@code TransactItems[1].Update.Key}), no two actions on one item of one table
 * (DynamoDB rejects that), and a token of 1 to 36 characters. Two actions are known to target one
 * item when an Update, Delete or ConditionCheck has the same key as another, or a Put's item holds
 * another action's key, on a table named the same way; two Puts of one item, or one table named by
 * name and by ARN, are left for DynamoDB to reject. Immutable and thread-safe.
 *
 * @param transactItems the actions, in order
 * @param returnConsumedCapacity whether to report consumed capacity, or {@code null}
 * @param returnItemCollectionMetrics whether to report item collection sizes, or {@code null}
 * @param clientRequestToken the idempotency token, or {@code null} for a random UUID per call
 */
public record TransactWriteItemsRequest(
    List<TransactWriteItem> transactItems,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics,
    String clientRequestToken) {

  /** Most actions in one transaction. */
  public static final int MAX_ACTIONS = TransactRules.MAX_ACTIONS;

  /** Checks the request against DynamoDB's rules (see the class comment). */
  public TransactWriteItemsRequest {
    transactItems = Require.list("TransactItems", transactItems);
    TransactRules.count(transactItems.size(), "TransactWriteItems");
    TransactRules.oneActionPerItem(transactItems);
    Require.length(
        "ClientRequestToken",
        clientRequestToken,
        1,
        36,
        "idempotency tokens are 1 to 36 characters; leave it out for a random UUID per call");
  }

  /** A transaction of these actions, with no options. */
  public static TransactWriteItemsRequest of(TransactWriteItem... actions) {
    return builder()
        .actions(Arrays.asList(Require.present("TransactItems", actions, "give 1 to 100 actions")))
        .build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields; actions given to it are added. */
  public Builder toBuilder() {
    Builder b = new Builder().actions(transactItems);
    b.capacity = returnConsumedCapacity;
    b.metrics = returnItemCollectionMetrics;
    b.token = clientRequestToken;
    return b;
  }

  /**
   * Builds a {@link TransactWriteItemsRequest}. The options given to {@code put}, {@code update},
   * {@code delete} and {@code conditionCheck} run when {@link #build()} is called, with the
   * builder's {@link #codecs}. Not thread-safe.
   */
  public static final class Builder {
    private final List<Pending> actions = new ArrayList<>();
    private CodecRegistry codecs = CodecRegistry.defaults();
    private ReturnConsumedCapacity capacity;
    private ReturnItemCollectionMetrics metrics;
    private String token;

    private Builder() {}

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
            return b.build();
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
            return b.build();
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
            return b.build();
          });
    }

    /** Cancels the transaction unless {@code condition} holds for the item with {@code key}. */
    public Builder conditionCheck(String table, Key key, Condition condition) {
      return conditionCheck(table, key, k -> k.condition(condition));
    }

    /**
     * Cancels the transaction unless the condition {@code check} sets holds for the item with
     * {@code key}: {@code k -> k.condition("#s = :s").name("#s", "status").value(":s", "active")}.
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
            return b.build();
          });
    }

    /** Adds an action made beforehand. */
    public Builder action(TransactWriteItem action) {
      Require.present("TransactItems", action, "action is null");
      return pending(TransactRules.member(action), c -> action);
    }

    /** Adds actions made beforehand, in order. */
    public Builder actions(Collection<? extends TransactWriteItem> actions) {
      Require.present("TransactItems", actions, "actions are null").forEach(this::action);
      return this;
    }

    /** Whether to report consumed capacity. */
    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.capacity = returnConsumedCapacity;
      return this;
    }

    /** Whether to report item collection sizes. */
    public Builder returnItemCollectionMetrics(ReturnItemCollectionMetrics metrics) {
      this.metrics = metrics;
      return this;
    }

    /**
     * The idempotency token ({@code ClientRequestToken}, 1 to 36 characters); leave it out for a
     * random UUID per call.
     */
    public Builder clientRequestToken(String token) {
      this.token = token;
      return this;
    }

    /** The registry the actions' values are encoded with (default the defaults). */
    public Builder codecs(CodecRegistry codecs) {
      this.codecs = Require.present("codecs", codecs, "registry is null");
      return this;
    }

    /**
     * The request, with every action made.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public TransactWriteItemsRequest build() {
      TransactRules.count(actions.size(), "TransactWriteItems");
      List<TransactWriteItem> made = new ArrayList<>(actions.size());
      for (Pending p : actions) {
        made.add(TransactRules.action(made.size(), p.member(), () -> p.make().apply(codecs)));
      }
      return new TransactWriteItemsRequest(made, capacity, metrics, token);
    }

    private Builder pending(String member, Function<CodecRegistry, TransactWriteItem> make) {
      actions.add(new Pending(member, make));
      return this;
    }
  }
}
