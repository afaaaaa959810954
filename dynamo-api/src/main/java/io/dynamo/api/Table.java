package io.dynamo.api;

import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One table seen through an {@link ItemCodec}: values of {@code T} in and out instead of items.
 *
 * <pre>{@code
 * Table<User> users = db.table("users", USER);
 * users.put(new User(1, "Ivan"));
 * User ivan = users.get(Key.of("user/id", 1, "user/name", "Ivan"));        // null if absent
 * Optional<User> maybe = users.find(Key.of("user/id", 2, "user/name", "Huan"));
 * List<User> ones = users.query(q -> q.keyCondition("#id = :id")
 *     .names(Map.of("#id", "user/id")).values(Map.of(":id", 1))).toList();
 * }</pre>
 *
 * <p>{@link #get(Key)} returns {@code null} for a missing item, like a map; {@link #find(Key)} is
 * the {@code Optional} form. Items are decoded with the codec bound to the client's registry
 * ({@code codec.using(db.codecs())}). The {@code Consumer} forms take a builder already holding the
 * table's name, to add conditions, projections and other options. Immutable and thread-safe.
 *
 * @param <T> the type items are mapped to
 */
public final class Table<T> {
  private final DynamoClient client;
  private final String name;
  private final ItemCodec<T> codec;

  Table(DynamoClient client, String name, ItemCodec<T> codec) {
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
  public T get(Key key) {
    return find(key).orElse(null);
  }

  /** The value stored under {@code key}, empty when there is no such item. */
  public Optional<T> find(Key key) {
    return find(key, b -> {});
  }

  /** The value stored under {@code key}, with options such as {@code consistentRead(true)}. */
  public Optional<T> find(Key key, Consumer<GetItemRequest.Builder> options) {
    GetItemRequest.Builder b = GetItemRequest.builder().table(name).key(key);
    options.accept(b);
    return client.getItem(b.build()).find().map(codec::fromItem);
  }

  /**
   * The values stored under {@code keys}, read with as many BatchGetItem requests as it takes; keys
   * without an item are left out, and the order is not the keys' order.
   */
  public List<T> getAll(Collection<Key> keys) {
    List<Item> items = client.batchGetAll(name, keys);
    List<T> values = new ArrayList<>(items.size());
    for (Item item : items) {
      values.add(codec.fromItem(item));
    }
    return values;
  }

  /** Stores every value, with as many BatchWriteItem requests as it takes. */
  public void putAll(Collection<? extends T> values) {
    List<Item> items = new ArrayList<>(values.size());
    for (T value : values) {
      items.add(codec.toItem(value));
    }
    client.batchPutAll(name, items);
  }

  /** Stores {@code value}, replacing any item with the same key. */
  public void put(T value) {
    put(value, b -> {});
  }

  /**
   * Stores {@code value} with options, such as a condition.
   *
   * @throws ConditionalCheckFailedException if the condition is false
   */
  public void put(T value, Consumer<PutItemRequest.Builder> options) {
    PutItemRequest.Builder b =
        PutItemRequest.builder().table(name).item(codec.toItem(value)).codecs(client.codecs());
    options.accept(b);
    client.putItem(b.build());
  }

  /** Deletes the item with {@code key}, if there is one. */
  public void delete(Key key) {
    delete(key, b -> {});
  }

  /**
   * Deletes the item with {@code key} with options, such as a condition.
   *
   * @throws ConditionalCheckFailedException if the condition is false
   */
  public void delete(Key key, Consumer<DeleteItemRequest.Builder> options) {
    DeleteItemRequest.Builder b =
        DeleteItemRequest.builder().table(name).key(key).codecs(client.codecs());
    options.accept(b);
    client.deleteItem(b.build());
  }

  /**
   * The values a query finds, fetched a page at a time as the stream is consumed. {@code query}
   * gives at least the key condition.
   */
  public Stream<T> query(Consumer<QueryRequest.Builder> query) {
    QueryRequest.Builder b = QueryRequest.builder().table(name).codecs(client.codecs());
    query.accept(b);
    return client.queryAll(b.build()).map(this::decode);
  }

  /** All values in the table, fetched a page at a time as the stream is consumed. */
  public Stream<T> scan() {
    return scan(b -> {});
  }

  /** The values a scan finds (with a filter, say), fetched a page at a time. */
  public Stream<T> scan(Consumer<ScanRequest.Builder> scan) {
    ScanRequest.Builder b = ScanRequest.builder().table(name).codecs(client.codecs());
    scan.accept(b);
    return client.scanAll(b.build()).map(this::decode);
  }

  private T decode(Item item) {
    return codec.fromItem(item);
  }

  @Override
  public String toString() {
    return "Table[" + name + "]";
  }
}
