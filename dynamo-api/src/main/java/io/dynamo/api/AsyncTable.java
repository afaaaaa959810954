package io.dynamo.api;

import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.Update;
import io.dynamo.api.internal.Futures;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * {@link Table} without blocking: one table seen through an {@link ItemCodec}, its calls returning
 * {@link CompletableFuture}s, and its queries and scans {@link Flow.Publisher}s of values or pages.
 *
 * <pre>{@code
 * AsyncTable<User> users = db.async().table("users", USER);
 * users.put(new User(1, "Ivan"))
 *     .thenCompose(done -> users.get(Key.of("user/id", 1, "user/name", "Ivan")))
 *     .thenAccept(ivan -> System.out.println(ivan.name()));
 * }</pre>
 *
 * <p>As on {@link DynamoAsyncClient}, a future fails with the exception the synchronous call would
 * throw, as is: bad input (a value the codec cannot write, a bad option) too, rather than being
 * thrown. A publisher requests a page only once its subscriber wants more than the pages before
 * held, and decodes each value just before it delivers it, so a value the codec cannot read ends
 * the stream at its place. Immutable and thread-safe.
 *
 * @param <T> the type items are mapped to
 */
public final class AsyncTable<T> extends AsyncTableReads<T> {
  AsyncTable(DynamoAsyncClient client, String name, ItemCodec<T> codec) {
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
  public AsyncTableIndex<T> index(String indexName) {
    return new AsyncTableIndex<>(client, requests.index(indexName));
  }

  /** The value stored under {@code key}, or {@code null} when there is no such item. */
  public CompletableFuture<T> get(Key key) {
    return Futures.map(find(key), found -> found.orElse(null));
  }

  /** The value stored under {@code key}, empty when there is no such item. */
  public CompletableFuture<Optional<T>> find(Key key) {
    return find(key, b -> {});
  }

  /** The value stored under {@code key}, with options such as {@code consistentRead(true)}. */
  public CompletableFuture<Optional<T>> find(Key key, Consumer<GetItemRequest.Builder> options) {
    return DynamoAsyncClient.later(
        () ->
            Futures.map(
                client.getItem(requests.get(key, options)), r -> r.find().map(requests::value)));
  }

  /**
   * The values stored under {@code keys}, read with as many BatchGetItem requests as it takes; keys
   * without an item are left out, and the order is not the keys' order.
   */
  public CompletableFuture<List<T>> getAll(Collection<Key> keys) {
    return DynamoAsyncClient.later(
        () -> Futures.map(client.batchGetAll(name(), keys), requests::values));
  }

  /**
   * The values stored under {@code keys} as of one moment (TransactGetItems), in the keys' order,
   * {@code null} where there is no item.
   */
  public CompletableFuture<List<T>> transactGet(Collection<Key> keys) {
    return DynamoAsyncClient.later(
        () ->
            Futures.map(
                client.transactGetItems(requests.transactGet(keys)), r -> requests.values(r)));
  }

  /** Stores every value, with as many BatchWriteItem requests as it takes. */
  public CompletableFuture<Void> putAll(Collection<? extends T> values) {
    return writeAll(values, List.of());
  }

  /** Deletes the items with {@code keys}, with as many BatchWriteItem requests as it takes. */
  public CompletableFuture<Void> deleteAll(Collection<? extends Key> keys) {
    return writeAll(List.of(), keys);
  }

  /**
   * Stores {@code puts} and deletes {@code deletes} with as many BatchWriteItem requests as needed.
   */
  public CompletableFuture<Void> writeAll(
      Collection<? extends T> puts, Collection<? extends Key> deletes) {
    return DynamoAsyncClient.later(() -> client.batchWriteAll(requests.writes(puts, deletes)));
  }

  /** Stores {@code value}, replacing any item with the same key. */
  public CompletableFuture<Void> put(T value) {
    return put(value, b -> {});
  }

  /**
   * Stores {@code value} if {@code condition} holds; the future fails with a {@link
   * ConditionalCheckFailedException} if it does not.
   */
  public CompletableFuture<Void> put(T value, Condition condition) {
    return put(value, b -> b.condition(condition));
  }

  /**
   * Stores {@code value} with options, such as a condition; the future fails with a {@link
   * ConditionalCheckFailedException} if the condition is false.
   */
  public CompletableFuture<Void> put(T value, Consumer<PutItemRequest.Builder> options) {
    return DynamoAsyncClient.later(
        () -> Futures.map(client.putItem(requests.put(value, options)), r -> null));
  }

  /** Deletes the item with {@code key}, if there is one. */
  public CompletableFuture<Void> delete(Key key) {
    return delete(key, b -> {});
  }

  /** Deletes the item with {@code key} if {@code condition} holds for it. */
  public CompletableFuture<Void> delete(Key key, Condition condition) {
    return delete(key, b -> b.condition(condition));
  }

  /**
   * Deletes the item with {@code key} with options, such as a condition; the future fails with a
   * {@link ConditionalCheckFailedException} if the condition is false.
   */
  public CompletableFuture<Void> delete(Key key, Consumer<DeleteItemRequest.Builder> options) {
    return DynamoAsyncClient.later(
        () -> Futures.map(client.deleteItem(requests.delete(key, options)), r -> null));
  }

  /** Applies {@code update} to the item with {@code key}; the value as it is afterwards. */
  public CompletableFuture<T> update(Key key, Update update) {
    return update(key, update, b -> {});
  }

  /** Applies {@code update} if {@code condition} holds; the value as it is afterwards. */
  public CompletableFuture<T> update(Key key, Update update, Condition condition) {
    return update(key, update, b -> b.condition(condition));
  }

  /** Applies {@code update} with options; the value the response holds, or {@code null}. */
  public CompletableFuture<T> update(
      Key key, Update update, Consumer<UpdateItemRequest.Builder> options) {
    return DynamoAsyncClient.later(
        () ->
            Futures.map(
                client.updateItem(requests.update(key, update, options)),
                r ->
                    r.attributes() == null || r.attributes().isEmpty()
                        ? null
                        : requests.value(r.attributes())));
  }

  /** Writes the actions {@code actions} adds as one transaction (TransactWriteItems). */
  public CompletableFuture<Void> transactWrite(Consumer<TableTransaction<T>> actions) {
    return DynamoAsyncClient.later(
        () -> Futures.map(client.transactWriteItems(requests.transaction(actions)), r -> null));
  }

  /** This table's actions in a transaction that spans several tables. */
  public TableTransaction<T> in(TransactWriteItemsRequest.Builder transaction) {
    return new TableTransaction<>(transaction, requests);
  }

  @Override
  public String toString() {
    return "AsyncTable[" + name() + "]";
  }
}
