package io.dynamo.api.model;

import io.dynamo.api.internal.build.Require;
import java.util.List;

/**
 * A global secondary index to create: its own partition key, optionally a sort key, a projection
 * and, for provisioned tables, its own throughput.
 *
 * <pre>{@code
 * GlobalIndex.builder("by-email").hashKey("user/email", ScalarType.S).build()
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param indexName 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'
 * @param hashKey the index's partition key
 * @param rangeKey the index's sort key, or {@code null}
 * @param projection the attributes copied into the index
 * @param provisionedThroughput the index's capacity (provisioned tables only), or {@code null}
 */
public record GlobalIndex(
    String indexName,
    AttributeDefinition hashKey,
    AttributeDefinition rangeKey,
    IndexProjection projection,
    ProvisionedThroughput provisionedThroughput) {

  /** Checks the name and that the partition key and projection are given. */
  public GlobalIndex {
    Require.name("IndexName", indexName, "index names");
    Require.present(
        "GlobalSecondaryIndexes.KeySchema",
        hashKey,
        "index '" + indexName + "' needs a partition key: hashKey(name, type)");
    Require.present(
        "GlobalSecondaryIndexes.Projection", projection, "index '" + indexName + "' needs one");
  }

  /** The index as the model's {@link GlobalSecondaryIndex}, for CreateTable. */
  public GlobalSecondaryIndex toModel() {
    return new GlobalSecondaryIndex(
        indexName, keySchema(), projection, provisionedThroughput, null, null);
  }

  /** The index as the model's action that creates it, for UpdateTable. */
  public CreateGlobalSecondaryIndexAction toCreateAction() {
    return new CreateGlobalSecondaryIndexAction(
        indexName, keySchema(), projection, provisionedThroughput, null, null);
  }

  /** The types of the index's key attributes. */
  public List<AttributeDefinition> attributeDefinitions() {
    return rangeKey == null ? List.of(hashKey) : List.of(hashKey, rangeKey);
  }

  private List<KeySchemaElement> keySchema() {
    return rangeKey == null
        ? List.of(KeySchemaElement.hash(hashKey.attributeName()))
        : List.of(
            KeySchemaElement.hash(hashKey.attributeName()),
            KeySchemaElement.range(rangeKey.attributeName()));
  }

  /** A builder for the index {@code indexName}; the projection defaults to ALL. */
  public static Builder builder(String indexName) {
    return new Builder(indexName);
  }

  /** Builds a {@link GlobalIndex}. Not thread-safe. */
  public static final class Builder {
    private final String indexName;
    private AttributeDefinition hashKey;
    private AttributeDefinition rangeKey;
    private IndexProjection projection = IndexProjection.all();
    private ProvisionedThroughput throughput;

    private Builder(String indexName) {
      this.indexName = indexName;
    }

    /** The index's partition key. */
    public Builder hashKey(String name, ScalarType type) {
      this.hashKey = AttributeDefinition.of(name, type);
      return this;
    }

    /** The index's sort key. */
    public Builder rangeKey(String name, ScalarType type) {
      this.rangeKey = AttributeDefinition.of(name, type);
      return this;
    }

    /** The attributes copied into the index (default {@link IndexProjection#all()}). */
    public Builder projection(IndexProjection projection) {
      this.projection = projection;
      return this;
    }

    /** The index's capacity, for tables in {@link BillingMode#PROVISIONED} mode. */
    public Builder provisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
      this.throughput = ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits);
      return this;
    }

    /** The index. */
    public GlobalIndex build() {
      return new GlobalIndex(indexName, hashKey, rangeKey, projection, throughput);
    }
  }
}
