package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;
import io.dynamo.api.internal.ops.TableRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to create a table.
 *
 * <pre>{@code
 * db.createTable(CreateTableRequest.builder()
 *     .table("users")
 *     .hashKey("user/id", ScalarType.N)
 *     .rangeKey("user/name", ScalarType.S)
 *     .billingMode(BillingMode.PAY_PER_REQUEST)
 *     .tags(Map.of("foo", "hello"))
 *     .build());
 * }</pre>
 *
 * <p>{@code AttributeDefinitions} are derived from the table's and the indexes' keys. Checked when
 * built: the name (3 to 255 characters of a-z, A-Z, 0-9, '_', '-', '.'), a partition key, capacity
 * exactly when the billing mode is PROVISIONED (the default), at most 5 local indexes, index names
 * distinct, local indexes only with a table sort key, one type per key attribute, at most 50 tags
 * with distinct keys. The number of global indexes is left to DynamoDB: its limit (20 by default)
 * is a quota an account can have raised. Immutable and thread-safe.
 *
 * @param tableName the new table's name (not an ARN)
 * @param hashKey the partition key
 * @param rangeKey the sort key, or {@code null}
 * @param billingMode {@code null} for DynamoDB's default, PROVISIONED
 * @param provisionedThroughput the capacity (PROVISIONED only), or {@code null}
 * @param globalSecondaryIndexes global secondary indexes
 * @param localSecondaryIndexes local secondary indexes
 * @param streamSpecification the stream, or {@code null}
 * @param sseSpecification encryption at rest, or {@code null} for DynamoDB's default
 * @param tags tags, in order
 * @param tableClass the storage class, or {@code null} for STANDARD
 * @param deletionProtectionEnabled whether the table is protected from deletion, or {@code null}
 */
public record CreateTableRequest(
    String tableName,
    AttributeDefinition hashKey,
    AttributeDefinition rangeKey,
    BillingMode billingMode,
    ProvisionedThroughput provisionedThroughput,
    List<GlobalIndex> globalSecondaryIndexes,
    List<LocalIndex> localSecondaryIndexes,
    StreamSpecification streamSpecification,
    SseSpecification sseSpecification,
    List<Tag> tags,
    TableClass tableClass,
    Boolean deletionProtectionEnabled) {

  /** Checks the request against DynamoDB's rules (see the class comment). */
  public CreateTableRequest {
    Require.tableName("TableName", tableName);
    Require.present("KeySchema", hashKey, "give the partition key: hashKey(name, type)");
    globalSecondaryIndexes = Require.list("GlobalSecondaryIndexes", globalSecondaryIndexes);
    localSecondaryIndexes = Require.list("LocalSecondaryIndexes", localSecondaryIndexes);
    tags = Require.list("Tags", tags);
    TableRules.checkCreate(
        hashKey,
        rangeKey,
        billingMode,
        provisionedThroughput,
        globalSecondaryIndexes,
        localSecondaryIndexes,
        tags);
  }

  /** The type of every key attribute of the table and its indexes, each once, in order. */
  public List<AttributeDefinition> attributeDefinitions() {
    return TableRules.attributeDefinitions(
        hashKey, rangeKey, globalSecondaryIndexes, localSecondaryIndexes);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tableName = tableName;
    b.hashKey = hashKey;
    b.rangeKey = rangeKey;
    b.billingMode = billingMode;
    b.throughput = provisionedThroughput;
    b.globalIndexes.addAll(globalSecondaryIndexes);
    b.localIndexes.addAll(localSecondaryIndexes);
    b.stream = streamSpecification;
    b.sse = sseSpecification;
    tags.forEach(t -> b.tags.put(t.key(), t.value()));
    b.tableClass = tableClass;
    b.deletionProtection = deletionProtectionEnabled;
    return b;
  }

  /** Builds a {@link CreateTableRequest}. Not thread-safe. */
  public static final class Builder {
    private String tableName;
    private AttributeDefinition hashKey;
    private AttributeDefinition rangeKey;
    private BillingMode billingMode;
    private ProvisionedThroughput throughput;
    private final List<GlobalIndex> globalIndexes = new ArrayList<>();
    private final List<LocalIndex> localIndexes = new ArrayList<>();
    private StreamSpecification stream;
    private SseSpecification sse;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private TableClass tableClass;
    private Boolean deletionProtection;

    private Builder() {}

    /** The table's name ({@code TableName}). */
    public Builder table(String tableName) {
      this.tableName = tableName;
      return this;
    }

    /** The partition key and its type. */
    public Builder hashKey(String name, ScalarType type) {
      this.hashKey = AttributeDefinition.of(name, type);
      return this;
    }

    /** The sort key and its type. */
    public Builder rangeKey(String name, ScalarType type) {
      this.rangeKey = AttributeDefinition.of(name, type);
      return this;
    }

    /** How reads and writes are paid for; DynamoDB's default is PROVISIONED. */
    public Builder billingMode(BillingMode billingMode) {
      this.billingMode = billingMode;
      return this;
    }

    /** Read and write capacity units, for PROVISIONED tables. */
    public Builder provisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
      this.throughput = ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits);
      return this;
    }

    /** Read and write capacity units, for PROVISIONED tables. */
    public Builder provisionedThroughput(ProvisionedThroughput throughput) {
      this.throughput = throughput;
      return this;
    }

    /** Adds a global secondary index. */
    public Builder globalSecondaryIndex(GlobalIndex index) {
      globalIndexes.add(Require.present("GlobalSecondaryIndexes", index, "index is null"));
      return this;
    }

    /** Adds a local secondary index. */
    public Builder localSecondaryIndex(LocalIndex index) {
      localIndexes.add(Require.present("LocalSecondaryIndexes", index, "index is null"));
      return this;
    }

    /** Turns the stream on with records holding {@code viewType}. */
    public Builder stream(StreamViewType viewType) {
      this.stream = StreamSpecification.of(viewType);
      return this;
    }

    /** The stream specification. */
    public Builder streamSpecification(StreamSpecification stream) {
      this.stream = stream;
      return this;
    }

    /** Encryption at rest. */
    public Builder sse(SseSpecification sse) {
      this.sse = sse;
      return this;
    }

    /** Adds tags, in the map's order. */
    public Builder tags(Map<String, String> tags) {
      Require.present("Tags", tags, "tags map is null").forEach(this::tag);
      return this;
    }

    /** Adds a tag; a key given twice keeps the last value. */
    public Builder tag(String key, String value) {
      tags.put(key, value);
      return this;
    }

    /** The storage class. */
    public Builder tableClass(TableClass tableClass) {
      this.tableClass = tableClass;
      return this;
    }

    /** Whether the table is protected from deletion. */
    public Builder deletionProtection(boolean enabled) {
      this.deletionProtection = enabled;
      return this;
    }

    /**
     * The request.
     *
     * @throws io.dynamo.api.InvalidRequestException naming the field and the rule it breaks
     */
    public CreateTableRequest build() {
      List<Tag> tagList = new ArrayList<>(tags.size());
      tags.forEach((k, v) -> tagList.add(Tag.of(k, v)));
      return new CreateTableRequest(
          tableName,
          hashKey,
          rangeKey,
          billingMode,
          throughput,
          globalIndexes,
          localIndexes,
          stream,
          sse,
          tagList,
          tableClass,
          deletionProtection);
    }
  }
}
