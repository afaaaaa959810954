package io.dynamo.api;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.Update;
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.codec.Key;

/**
 * The actions of one table in a transaction, with values of {@code T} instead of items: what {@link
 * Table#transactWrite} gives its function, and what {@link Table#in} adds to a transaction that
 * spans several tables.
 *
 * <pre>{@code
 * orders.transactWrite(tx -> tx
 *     .put(order, ID.notExists())
 *     .update(CustomerSchema.key("c-1"), ORDERS.add(1))
 *     .delete(OrderSchema.key("o-0", then)));
 * }</pre>
 *
 * <p>Every method adds one action and returns this. Not thread-safe: use it within one transaction
 * being built.
 *
 * @param <T> the type items are mapped to
 */
public final class TableTransaction<T> {
  private final TransactWriteItemsRequest.Builder builder;
  private final TableRequests<T> table;

  TableTransaction(TransactWriteItemsRequest.Builder builder, TableRequests<T> table) {
    this.builder = Require.present("TransactItems", builder, "the transaction's builder is null");
    this.table = table;
  }

  /** Puts (creates or replaces) {@code value}. */
  public TableTransaction<T> put(T value) {
    builder.put(table.table(), table.item(value));
    return this;
  }

  /** Puts {@code value} if {@code condition} holds. */
  public TableTransaction<T> put(T value, Condition condition) {
    builder.put(table.table(), table.item(value), condition);
    return this;
  }

  /** Applies {@code update} to the item with {@code key}. */
  public TableTransaction<T> update(Key key, Update update) {
    Require.present("TransactItems", update, "the update is null");
    builder.update(table.table(), key, u -> TableRequests.apply(update, u));
    return this;
  }

  /** Applies {@code update} to the item with {@code key} if {@code condition} holds. */
  public TableTransaction<T> update(Key key, Update update, Condition condition) {
    Require.present("TransactItems", update, "the update is null");
    builder.update(
        table.table(),
        key,
        u -> {
          TableRequests.apply(update, u);
          u.condition(condition);
        });
    return this;
  }

  /** Deletes the item with {@code key}. */
  public TableTransaction<T> delete(Key key) {
    builder.delete(table.table(), key);
    return this;
  }

  /** Deletes the item with {@code key} if {@code condition} holds. */
  public TableTransaction<T> delete(Key key, Condition condition) {
    builder.delete(table.table(), key, condition);
    return this;
  }

  /** Cancels the transaction unless {@code condition} holds for the item with {@code key}. */
  public TableTransaction<T> check(Key key, Condition condition) {
    builder.conditionCheck(table.table(), key, condition);
    return this;
  }
}
