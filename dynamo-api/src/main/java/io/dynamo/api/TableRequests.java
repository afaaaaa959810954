package io.dynamo.api;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.Path;
import io.dynamo.api.expr.Update;
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactGetItemsResponse;
import io.dynamo.api.model.TransactUpdate;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What {@link Table}, {@link AsyncTable} and their indexes share: the requests they send and how
 * their answers become values. Only the sending differs between the blocking and the asynchronous
 * forms. Immutable and thread-safe.
 */
final class TableRequests<T> {
  private final String table;
  private final String index;
  private final ItemCodec<T> codec;
  private final CodecRegistry codecs;

  TableRequests(String table, ItemCodec<T> codec, CodecRegistry codecs) {
    this(Require.tableNameOrArn("TableName", table), null, codec, codecs);
  }

  private TableRequests(String table, String index, ItemCodec<T> codec, CodecRegistry codecs) {
    this.table = table;
    this.index = index;
    this.codecs = codecs;
    this.codec = Objects.requireNonNull(codec, "codec").using(codecs);
  }

  /** The same table's index {@code index}, for queries and scans. */
  TableRequests<T> index(String index) {
    Require.name("IndexName", index, "index names");
    return new TableRequests<>(table, index, codec, codecs);
  }

  String table() {
    return table;
  }

  String indexName() {
    return index;
  }

  ItemCodec<T> codec() {
    return codec;
  }

  CodecRegistry codecs() {
    return codecs;
  }

  Item item(T value) {
    return codec.toItem(value);
  }

  T value(Item item) {
    return item == null ? null : codec.fromItem(item);
  }

  List<T> values(Collection<Item> items) {
    List<T> values = new ArrayList<>(items.size());
    for (Item item : items) {
      values.add(codec.fromItem(item));
    }
    return values;
  }

  List<Item> items(Collection<? extends T> values) {
    Require.present("values", values, "the values are null");
    List<Item> items = new ArrayList<>(values.size());
    for (T value : values) {
      items.add(codec.toItem(value));
    }
    return items;
  }

  GetItemRequest get(Key key, Consumer<GetItemRequest.Builder> options) {
    GetItemRequest.Builder b = GetItemRequest.builder().table(table).key(key);
    options.accept(b);
    return b.build();
  }

  PutItemRequest put(T value, Consumer<PutItemRequest.Builder> options) {
    PutItemRequest.Builder b =
        PutItemRequest.builder().table(table).item(item(value)).codecs(codecs);
    options.accept(b);
    return b.build();
  }

  DeleteItemRequest delete(Key key, Consumer<DeleteItemRequest.Builder> options) {
    DeleteItemRequest.Builder b = DeleteItemRequest.builder().table(table).key(key).codecs(codecs);
    options.accept(b);
    return b.build();
  }

  /**
   * An update that returns the item as it is after it ({@code ALL_NEW}) unless options say else.
   */
  UpdateItemRequest update(Key key, Update update, Consumer<UpdateItemRequest.Builder> options) {
    UpdateItemRequest.Builder b =
        UpdateItemRequest.builder()
            .table(table)
            .key(key)
            .codecs(codecs)
            .returnValues(ReturnValue.ALL_NEW);
    apply(Require.present("UpdateExpression", update, "the update is null"), b);
    options.accept(b);
    return b.build();
  }

  QueryRequest query(Condition keyCondition, Consumer<QueryRequest.Builder> options) {
    QueryRequest.Builder b = QueryRequest.builder().table(table).codecs(codecs);
    if (index != null) {
      b.index(index);
    }
    if (keyCondition != null) {
      b.keyCondition(keyCondition);
    }
    options.accept(b);
    return b.build();
  }

  ScanRequest scan(Consumer<ScanRequest.Builder> options) {
    ScanRequest.Builder b = ScanRequest.builder().table(table).codecs(codecs);
    if (index != null) {
      b.index(index);
    }
    options.accept(b);
    return b.build();
  }

  Page<T> page(QueryResponse r) {
    return new Page<>(values(r.items()), r.lastEvaluatedKey(), count(r.count(), r), scanned(r));
  }

  Page<T> page(ScanResponse r) {
    return new Page<>(
        values(r.items()),
        r.lastEvaluatedKey(),
        r.count() == null ? r.items().size() : r.count(),
        r.scannedCount() == null ? r.items().size() : r.scannedCount());
  }

  Map<String, List<WriteRequest>> writes(
      Collection<? extends T> puts, Collection<? extends Key> deletes) {
    List<WriteRequest> writes = new ArrayList<>();
    for (Item item : items(puts)) {
      writes.add(WriteRequest.put(item));
    }
    for (Key key : Require.present("keys", deletes, "the keys are null")) {
      writes.add(WriteRequest.delete(key));
    }
    return Map.of(table, writes);
  }

  TransactWriteItemsRequest transaction(Consumer<TableTransaction<T>> actions) {
    TransactWriteItemsRequest.Builder b = TransactWriteItemsRequest.builder().codecs(codecs);
    actions.accept(new TableTransaction<>(b, this));
    return b.build();
  }

  TransactGetItemsRequest transactGet(Collection<Key> keys) {
    TransactGetItemsRequest.Builder b = TransactGetItemsRequest.builder();
    for (Key key : Require.present("keys", keys, "the keys are null")) {
      b.get(table, key);
    }
    return b.build();
  }

  List<T> values(TransactGetItemsResponse r) {
    List<T> values = new ArrayList<>(r.responses().size());
    for (int i = 0; i < r.responses().size(); i++) {
      values.add(value(r.item(i)));
    }
    return values;
  }

  static void apply(Update update, UpdateItemRequest.Builder b) {
    apply(update, b::set, b::add, p -> b.remove(p), b::delete);
  }

  static void apply(Update update, TransactUpdate.Builder b) {
    apply(update, b::set, b::add, p -> b.remove(p), b::delete);
  }

  /** Adds {@code update}'s actions through a builder's set, add, remove and delete. */
  private static void apply(
      Update update,
      BiConsumer<Path, Object> set,
      BiConsumer<Path, Object> add,
      Consumer<Path> remove,
      BiConsumer<Path, Object> delete) {
    for (Update.Action a : update.actions()) {
      switch (a.kind()) {
        case SET:
          set.accept(a.path(), a.value());
          break;
        case ADD:
          add.accept(a.path(), a.value());
          break;
        case REMOVE:
          remove.accept(a.path());
          break;
        default:
          delete.accept(a.path(), a.value());
      }
    }
  }

  private static int count(Integer count, QueryResponse r) {
    return count == null ? r.items().size() : count;
  }

  private static int scanned(QueryResponse r) {
    return r.scannedCount() == null ? r.items().size() : r.scannedCount();
  }

  @Override
  public String toString() {
    return table + (index == null ? "" : "/" + index);
  }
}
