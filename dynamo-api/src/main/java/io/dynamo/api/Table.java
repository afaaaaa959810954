package io.dynamo.api;

import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.TransactionCanceledException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.Update;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One table seen through an {@link ItemCodec}: values of {@code T} in and out instead of items.
 *
 * <pre>{@code
 * Table<User> users = db.table("users", USER);
 * users.put(new User(1, "Ivan"));
 * User ivan = users.get(Key.of("user/id", 1, "user/name", "Ivan"));        // null if absent
 * Optional<User> maybe = users.find(Key.of("user/id", 2, "user/name", "Huan"));
 * List<User> ones = users.query(Condition.eq("user/id", 1)).toList();
 * Page<User> page = users.queryPage(q -> q.keyCondition(Condition.eq("user/id", 1)).limit(10));
 * User renamed = users.update(key, Update.set("user/email", "i@example.com"),
 *     Condition.attributeExists("user/id"));
 * }</pre>
 *
 * <p>{@link #get(Key)} returns {@code null} for a missing item, like a map; {@link #find(Key)} is
 * the {@code Optional} form. Items are decoded with the codec bound to the client's registry
 * ({@code codec.using(db.codecs())}). Conditions and updates are {@link Condition}s and {@link
 * Update}s (the typed attribute references of {@code dynamo-mapper} make both); the {@code
 * Consumer} forms take a builder already holding the table's name, to add other options. Queries
 * and scans come as lazy streams of values, as pages with a cursor ({@link Page}), and as streams
 * of pages; {@link #index(String)} does the same on an index. Immutable and thread-safe.
 *
 * @param <T> the type items are mapped to
 */
public final class Table<T> extends TableReads<T> {
  Table(DynamoClient client, String name, ItemCodec<T> codec) {
    super(client, new TableRequests<>(name, codec, client.codecs()));
  }

  /** The table's name (or ARN). */
  public String name() {
    return requests.table();
  }

  /** The codec, bound to the client's registry. */
  public ItemCodec<T> codec() {
    return requests.codec();
  }

  /** The item {@code value} is stored as, for requests of your own. */
  public Item item(T value) {
    return requests.item(value);
  }

  /** The table's index {@code indexName}, to query and scan. */
  public TableIndex<T> index(String indexName) {
    return new TableIndex<>(client, requests.index(indexName));
  }

  /** The value stored under {@code key}, or {@code null} when there is no such item. */
  public T get(Key key) {
    return find(key).orElse(null);
  }

  /** The value stored under {@code key}, empty when there is no such item. */
  public Optional<T> find(Key key) {
    return find(key, b -> {});
  }

  /** The value stored under {@code key}, with options such as {@code consistentRead(true)}. */
  public Optional<T> find(Key key, Consumer<GetItemRequest.Builder> options) {
    return client.getItem(requests.get(key, options)).find().map(requests::value);
  }

  /**
   * The values stored under {@code keys}, read with as many BatchGetItem requests as it takes; keys
   * without an item are left out, and the order is not the keys' order.
   */
  public List<T> getAll(Collection<Key> keys) {
    return requests.values(client.batchGetAll(name(), keys));
  }

  /**
   * The values stored under {@code keys} as of one moment (TransactGetItems, at most 100 keys), in
   * the keys' order, {@code null} where there is no item.
   */
  public List<T> transactGet(Collection<Key> keys) {
    return requests.values(client.transactGetItems(requests.transactGet(keys)));
  }

  /** Stores every value, with as many BatchWriteItem requests as it takes. */
  public void putAll(Collection<? extends T> values) {
    client.batchWriteAll(requests.writes(values, List.of()));
  }

  /** Deletes the items with {@code keys}, with as many BatchWriteItem requests as it takes. */
  public void deleteAll(Collection<? extends Key> keys) {
    client.batchWriteAll(requests.writes(List.of(), keys));
  }

  /**
   * Stores {@code puts} and deletes {@code deletes} with as many BatchWriteItem requests as needed.
   */
  public void writeAll(Collection<? extends T> puts, Collection<? extends Key> deletes) {
    client.batchWriteAll(requests.writes(puts, deletes));
  }

  /** Stores {@code value}, replacing any item with the same key. */
  public void put(T value) {
    put(value, b -> {});
  }

  /**
   * Stores {@code value} if {@code condition} holds for the item it replaces (or for no item).
   *
   * @throws ConditionalCheckFailedException if the condition is false
   */
  public void put(T value, Condition condition) {
    put(value, b -> b.condition(condition));
  }

  /**
   * Stores {@code value} with options, such as a condition.
   *
   * @throws ConditionalCheckFailedException if the condition is false
   */
  public void put(T value, Consumer<PutItemRequest.Builder> options) {
    client.putItem(requests.put(value, options));
  }

  /** Deletes the item with {@code key}, if there is one. */
  public void delete(Key key) {
    delete(key, b -> {});
  }

  /**
   * Deletes the item with {@code key} if {@code condition} holds for it.
   *
   * @throws ConditionalCheckFailedException if the condition is false
   */
  public void delete(Key key, Condition condition) {
    delete(key, b -> b.condition(condition));
  }

  /**
   * Deletes the item with {@code key} with options, such as a condition.
   *
   * @throws ConditionalCheckFailedException if the condition is false
   */
  public void delete(Key key, Consumer<DeleteItemRequest.Builder> options) {
    client.deleteItem(requests.delete(key, options));
  }

  /**
   * Applies {@code update} to the item with {@code key} (creating it if there is none) and returns
   * the value as it is afterwards.
   */
  public T update(Key key, Update update) {
    return update(key, update, b -> {});
  }

  /**
   * Applies {@code update} to the item with {@code key} if {@code condition} holds, and returns the
   * value as it is afterwards.
   *
   * @throws ConditionalCheckFailedException if the condition is false
   */
  public T update(Key key, Update update, Condition condition) {
    return update(key, update, b -> b.condition(condition));
  }

  /**
   * Applies {@code update} with options; returns the value the response holds ({@code ALL_NEW}
   * unless the options ask for other return values), or {@code null} when it holds none.
   *
   * @throws ConditionalCheckFailedException if a condition of the options is false
   */
  public T update(Key key, Update update, Consumer<UpdateItemRequest.Builder> options) {
    Item after = client.updateItem(requests.update(key, update, options)).attributes();
    return after == null || after.isEmpty() ? null : requests.value(after);
  }

  /**
   * Writes the actions {@code actions} adds as one transaction (TransactWriteItems).
   *
   * @throws TransactionCanceledException if DynamoDB cancels it, with a reason per action
   */
  public void transactWrite(Consumer<TableTransaction<T>> actions) {
    client.transactWriteItems(requests.transaction(actions));
  }

  /**
   * This table's actions in a transaction that spans several tables: {@code
   * orders.in(tx).put(order); stock.in(tx).update(key, update); db.transactWriteItems(tx.build())}.
   */
  public TableTransaction<T> in(TransactWriteItemsRequest.Builder transaction) {
    return new TableTransaction<>(transaction, requests);
  }

  @Override
  public String toString() {
    return "Table[" + name() + "]";
  }
}
