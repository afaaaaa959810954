package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.api.internal.ops.TableRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to change a table: billing mode, capacity, a global secondary index, stream, storage
 * class or deletion protection.
 *
 * <pre>{@code
 * db.updateTable(UpdateTableRequest.builder().table("users").provisionedThroughput(10, 5).build());
 * }</pre>
 *
 * <p>Checked when built: at least one change; no capacity with PAY_PER_REQUEST, and capacity when
 * switching to PROVISIONED; at most one index created or deleted per request, as DynamoDB allows.
 * Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param billingMode the new billing mode, or {@code null} to keep it
 * @param provisionedThroughput the new capacity, or {@code null} to keep it
 * @param createIndex a global secondary index to create, or {@code null}
 * @param deleteIndex the name of a global secondary index to delete, or {@code null}
 * @param indexThroughput new capacity of existing global secondary indexes, by name
 * @param streamSpecification the new stream setting, or {@code null} to keep it
 * @param sseSpecification the new encryption setting, or {@code null} to keep it
 * @param tableClass the new storage class, or {@code null} to keep it
 * @param deletionProtectionEnabled the new deletion protection, or {@code null} to keep it
 */
public record UpdateTableRequest(
    String tableName,
    BillingMode billingMode,
    ProvisionedThroughput provisionedThroughput,
    GlobalIndex createIndex,
    String deleteIndex,
    Map<String, ProvisionedThroughput> indexThroughput,
    StreamSpecification streamSpecification,
    SseSpecification sseSpecification,
    TableClass tableClass,
    Boolean deletionProtectionEnabled) {

  /** Checks the request against DynamoDB's rules (see the class comment). */
  public UpdateTableRequest {
    Require.tableNameOrArn("TableName", tableName);
    indexThroughput = Require.map("GlobalSecondaryIndexUpdates", indexThroughput);
    if (deleteIndex != null) {
      Require.name("IndexName", deleteIndex, "index names");
    }
    indexThroughput.keySet().forEach(name -> Require.name("IndexName", name, "index names"));
    if (createIndex != null && deleteIndex != null) {
      throw new InvalidRequestException(
          "GlobalSecondaryIndexUpdates",
          "creates and deletes an index in one request; DynamoDB creates or deletes one global"
              + " secondary index per UpdateTable");
    }
    if (billingMode == BillingMode.PAY_PER_REQUEST || billingMode == BillingMode.PROVISIONED) {
      TableRules.checkCapacity(
          "ProvisionedThroughput", billingMode, provisionedThroughput, "table");
    }
    if (billingMode == null
        && provisionedThroughput == null
        && createIndex == null
        && deleteIndex == null
        && indexThroughput.isEmpty()
        && streamSpecification == null
        && sseSpecification == null
        && tableClass == null
        && deletionProtectionEnabled == null) {
      throw new InvalidRequestException(
          "UpdateTable", "changes nothing; give at least one setting to change");
    }
  }

  /** The key attribute types of the index to create, or empty. */
  public List<AttributeDefinition> attributeDefinitions() {
    return createIndex == null
        ? List.of()
        : TableRules.attributeDefinitions(
            createIndex.hashKey(), createIndex.rangeKey(), List.of(), List.of());
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tableName = tableName;
    b.billingMode = billingMode;
    b.throughput = provisionedThroughput;
    b.createIndex = createIndex;
    b.deleteIndex = deleteIndex;
    b.indexThroughput.putAll(indexThroughput);
    b.stream = streamSpecification;
    b.sse = sseSpecification;
    b.tableClass = tableClass;
    b.deletionProtection = deletionProtectionEnabled;
    return b;
  }

  /** Builds an {@link UpdateTableRequest}. Not thread-safe. */
  public static final class Builder {
    private String tableName;
    private BillingMode billingMode;
    private ProvisionedThroughput throughput;
    private GlobalIndex createIndex;
    private String deleteIndex;
    private final Map<String, ProvisionedThroughput> indexThroughput = new LinkedHashMap<>();
    private StreamSpecification stream;
    private SseSpecification sse;
    private TableClass tableClass;
    private Boolean deletionProtection;

    private Builder() {}

    /** The table's name or ARN. */
    public Builder table(String tableName) {
      this.tableName = tableName;
      return this;
    }

    /** The new billing mode. */
    public Builder billingMode(BillingMode billingMode) {
      this.billingMode = billingMode;
      return this;
    }

    /** The new read and write capacity units. */
    public Builder provisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
      this.throughput = ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits);
      return this;
    }

    /** Creates a global secondary index. */
    public Builder createIndex(GlobalIndex index) {
      this.createIndex = index;
      return this;
    }

    /** Deletes a global secondary index. */
    public Builder deleteIndex(String indexName) {
      this.deleteIndex = indexName;
      return this;
    }

    /** Changes the capacity of an existing global secondary index. */
    public Builder indexThroughput(String indexName, long readUnits, long writeUnits) {
      indexThroughput.put(
          Require.present("IndexName", indexName, "name the index"),
          ProvisionedThroughput.of(readUnits, writeUnits));
      return this;
    }

    /** Turns the stream on with records holding {@code viewType}. */
    public Builder stream(StreamViewType viewType) {
      this.stream = StreamSpecification.of(viewType);
      return this;
    }

    /** The new stream setting, such as {@link StreamSpecification#disabled()}. */
    public Builder streamSpecification(StreamSpecification stream) {
      this.stream = stream;
      return this;
    }

    /** The new encryption setting. */
    public Builder sse(SseSpecification sse) {
      this.sse = sse;
      return this;
    }

    /** The new storage class. */
    public Builder tableClass(TableClass tableClass) {
      this.tableClass = tableClass;
      return this;
    }

    /** Turns deletion protection on or off. */
    public Builder deletionProtection(boolean enabled) {
      this.deletionProtection = enabled;
      return this;
    }

    /**
     * The request.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public UpdateTableRequest build() {
      return new UpdateTableRequest(
          tableName,
          billingMode,
          throughput,
          createIndex,
          deleteIndex,
          indexThroughput,
          stream,
          sse,
          tableClass,
          deletionProtection);
    }
  }
}
