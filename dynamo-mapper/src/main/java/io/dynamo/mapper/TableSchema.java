package io.dynamo.mapper;

import io.dynamo.api.AsyncTable;
import io.dynamo.api.DynamoAsyncClient;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.Table;
import io.dynamo.api.model.AttributeDefinition;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a mapped record's table is: its name, its item codec, its keys and indexes with their
 * DynamoDB types. The generated {@code XSchema} class holds one as {@code SCHEMA}.
 *
 * <pre>{@code
 * db.createTable(OrderSchema.SCHEMA.createTable().build());   // keys, indexes, on demand
 * Table<Order> orders = OrderSchema.SCHEMA.table(db);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the mapped record
 */
public final class TableSchema<T> {
  private final String tableName;
  private final ItemCodec<T> codec;
  private final AttributeDefinition partitionKey;
  private final AttributeDefinition sortKey;
  private final Map<String, IndexSchema> indexes;
  private final Function<? super T, Key> keyOf;

  private TableSchema(Builder<T> b) {
    this.tableName = b.tableName;
    this.codec = b.codec;
    this.partitionKey = Objects.requireNonNull(b.partitionKey, "partition key");
    this.sortKey = b.sortKey;
    this.indexes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.indexes));
    this.keyOf = Objects.requireNonNull(b.keyOf, "keyOf");
  }

  private TableSchema(TableSchema<T> other, String tableName) {
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.codec = other.codec;
    this.partitionKey = other.partitionKey;
    this.sortKey = other.sortKey;
    this.indexes = other.indexes;
    this.keyOf = other.keyOf;
  }

  /**
   * This schema for another table of the same items, such as {@code "orders-test"} or a name with
   * an environment's prefix.
   */
  public TableSchema<T> withTableName(String tableName) {
    return new TableSchema<>(this, tableName);
  }

  /** A builder, for generated code (and schemas written by hand). */
  public static <T> Builder<T> builder(String tableName, ItemCodec<T> codec) {
    return new Builder<>(tableName, codec);
  }

  /** The table's name. */
  public String tableName() {
    return tableName;
  }

  /** The record's item codec. */
  public ItemCodec<T> codec() {
    return codec;
  }

  /** The partition key's name and type. */
  public AttributeDefinition partitionKey() {
    return partitionKey;
  }

  /** The sort key's name and type, if the table has one. */
  public Optional<AttributeDefinition> sortKey() {
    return Optional.ofNullable(sortKey);
  }

  /** The secondary indexes, in the order of their first key component. */
  public List<IndexSchema> indexes() {
    return List.copyOf(indexes.values());
  }

  /** The index {@code name}. */
  public Optional<IndexSchema> index(String name) {
    return Optional.ofNullable(indexes.get(name));
  }

  /** The key of the item {@code value} is stored as. */
  public Key keyOf(T value) {
    return keyOf.apply(Objects.requireNonNull(value, "value"));
  }

  /**
   * A CreateTable request for this table: its name, key schema, attribute definitions and indexes
   * (every attribute projected), billed on demand; the builder takes other settings on top.
   */
  public CreateTableRequest.Builder createTable() {
    CreateTableRequest.Builder b =
        CreateTableRequest.builder()
            .table(tableName)
            .hashKey(partitionKey.attributeName(), partitionKey.attributeType())
            .billingMode(BillingMode.PAY_PER_REQUEST);
    if (sortKey != null) {
      b.rangeKey(sortKey.attributeName(), sortKey.attributeType());
    }
    for (IndexSchema index : indexes.values()) {
      if (index.isGlobal()) {
        b.globalSecondaryIndex(index.toGlobal());
      } else {
        b.localSecondaryIndex(index.toLocal());
      }
    }
    return b;
  }

  /** The table seen through this schema's codec on {@code client}. */
  public Table<T> table(DynamoClient client) {
    return client.table(tableName, codec);
  }

  /** The table seen through this schema's codec on {@code client}, without blocking. */
  public AsyncTable<T> table(DynamoAsyncClient client) {
    return client.table(tableName, codec);
  }

  @Override
  public String toString() {
    return "TableSchema[" + tableName + "]";
  }

  /** Collects a schema's parts. Not thread-safe. */
  public static final class Builder<T> {
    private final String tableName;
    private final ItemCodec<T> codec;
    private AttributeDefinition partitionKey;
    private AttributeDefinition sortKey;
    private final Map<String, IndexSchema> indexes = new LinkedHashMap<>();
    private Function<? super T, Key> keyOf;

    private Builder(String tableName, ItemCodec<T> codec) {
      this.tableName = Objects.requireNonNull(tableName, "tableName");
      this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** The partition key. */
    public Builder<T> partitionKey(Attr<?> key, ScalarType type) {
      this.partitionKey = AttributeDefinition.of(key.name(), type);
      return this;
    }

    /** The sort key. */
    public Builder<T> sortKey(Attr<?> key, ScalarType type) {
      this.sortKey = AttributeDefinition.of(key.name(), type);
      return this;
    }

    /** A global secondary index; {@code sortKey} and {@code sortType} may be null. */
    public Builder<T> globalIndex(
        String name, Attr<?> partitionKey, ScalarType type, Attr<?> sortKey, ScalarType sortType) {
      indexes.put(
          name,
          new IndexSchema(
              name,
              AttributeDefinition.of(partitionKey.name(), type),
              sortKey == null ? null : AttributeDefinition.of(sortKey.name(), sortType)));
      return this;
    }

    /** A local secondary index, sorted by {@code sortKey}. */
    public Builder<T> localIndex(String name, Attr<?> sortKey, ScalarType type) {
      indexes.put(name, new IndexSchema(name, null, AttributeDefinition.of(sortKey.name(), type)));
      return this;
    }

    /** How to get a value's key. */
    public Builder<T> keyOf(Function<? super T, Key> keyOf) {
      this.keyOf = keyOf;
      return this;
    }

    /** The schema. */
    public TableSchema<T> build() {
      return new TableSchema<>(this);
    }
  }
}
