package io.dynamo.api;

import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.internal.Futures;
import io.dynamo.api.internal.ItemPublisher;
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * {@link Table} without blocking: one table seen through an {@link ItemCodec}, its calls returning
 * {@link CompletableFuture}s, and its queries and scans {@link Flow.Publisher}s of values.
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
public final class AsyncTable<T> {
  private final DynamoAsyncClient client;
  private final String name;
  private final ItemCodec<T> codec;

  AsyncTable(DynamoAsyncClient client, String name, ItemCodec<T> codec) {
    this.client = client;
    this.name = Require.tableNameOrArn("TableName", name);
    this.codec = Objects.requireNonNull(codec, "codec").using(client.codecs());
  }

  /** The table's name (or ARN). */
  public String name() {
    return name;
  }

  /** The codec, bound to the client's registry. */
  public ItemCodec<T> codec() {
    return codec;
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
        () -> {
          GetItemRequest.Builder b = GetItemRequest.builder().table(name).key(key);
          options.accept(b);
          return Futures.map(client.getItem(b.build()), r -> r.find().map(codec::fromItem));
        });
  }

  /**
   * The values stored under {@code keys}, read with as many BatchGetItem requests as it takes; keys
   * without an item are left out, and the order is not the keys' order.
   */
  public CompletableFuture<List<T>> getAll(Collection<Key> keys) {
    return DynamoAsyncClient.later(
        () ->
            Futures.map(
                client.batchGetAll(name, keys),
                items -> {
                  List<T> values = new ArrayList<>(items.size());
                  for (Item item : items) {
                    values.add(codec.fromItem(item));
                  }
                  return values;
                }));
  }

  /** Stores every value, with as many BatchWriteItem requests as it takes. */
  public CompletableFuture<Void> putAll(Collection<? extends T> values) {
    return DynamoAsyncClient.later(
        () -> {
          List<Item> items = new ArrayList<>(values.size());
          for (T value : values) {
            items.add(codec.toItem(value));
          }
          return client.batchPutAll(name, items);
        });
  }

  /** Stores {@code value}, replacing any item with the same key. */
  public CompletableFuture<Void> put(T value) {
    return put(value, b -> {});
  }

  /**
   * Stores {@code value} with options, such as a condition; the future fails with a {@link
   * ConditionalCheckFailedException} if the condition is false.
   */
  public CompletableFuture<Void> put(T value, Consumer<PutItemRequest.Builder> options) {
    return DynamoAsyncClient.later(
        () -> {
          PutItemRequest.Builder b =
              PutItemRequest.builder()
                  .table(name)
                  .item(codec.toItem(value))
                  .codecs(client.codecs());
          options.accept(b);
          return Futures.map(client.putItem(b.build()), r -> null);
        });
  }

  /** Deletes the item with {@code key}, if there is one. */
  public CompletableFuture<Void> delete(Key key) {
    return delete(key, b -> {});
  }

  /**
   * Deletes the item with {@code key} with options, such as a condition; the future fails with a
   * {@link ConditionalCheckFailedException} if the condition is false.
   */
  public CompletableFuture<Void> delete(Key key, Consumer<DeleteItemRequest.Builder> options) {
    return DynamoAsyncClient.later(
        () -> {
          DeleteItemRequest.Builder b =
              DeleteItemRequest.builder().table(name).key(key).codecs(client.codecs());
          options.accept(b);
          return Futures.map(client.deleteItem(b.build()), r -> null);
        });
  }

  /**
   * The values a query finds, a page requested as the subscriber's demand reaches it. {@code query}
   * gives at least the key condition; a request it leaves invalid is an error of every
   * subscription.
   */
  public Flow.Publisher<T> query(Consumer<QueryRequest.Builder> query) {
    QueryRequest request;
    try {
      QueryRequest.Builder b = QueryRequest.builder().table(name).codecs(client.codecs());
      query.accept(b);
      request = b.build();
    } catch (RuntimeException e) {
      return ItemPublisher.failed(e);
    }
    return ItemPublisher.items(client.queryPages(request), QueryResponse::items, this::decode);
  }

  /** All values in the table, a page requested as the subscriber's demand reaches it. */
  public Flow.Publisher<T> scan() {
    return scan(b -> {});
  }

  /**
   * The values a scan finds (with a filter, say), a page requested as demand reaches it; a request
   * {@code scan} leaves invalid is an error of every subscription.
   */
  public Flow.Publisher<T> scan(Consumer<ScanRequest.Builder> scan) {
    ScanRequest request;
    try {
      ScanRequest.Builder b = ScanRequest.builder().table(name).codecs(client.codecs());
      scan.accept(b);
      request = b.build();
    } catch (RuntimeException e) {
      return ItemPublisher.failed(e);
    }
    return ItemPublisher.items(client.scanPages(request), ScanResponse::items, this::decode);
  }

  private T decode(Item item) {
    return codec.fromItem(item);
  }

  @Override
  public String toString() {
    return "AsyncTable[" + name + "]";
  }
}
