// Members written by hand, spliced into the generated UpdateTableRequest.Builder.
import java.util.ArrayList;

  private final List<GlobalSecondaryIndexUpdate> indexUpdates = new ArrayList<>();
  private final List<AttributeDefinition> indexDefinitions = new ArrayList<>();

  /** The new read and write capacity units. */
  public Builder provisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
    this.provisionedThroughput = ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits);
    return this;
  }

  /** Creates a global secondary index; its key attributes' definitions are derived from it. */
  public Builder createIndex(GlobalIndex index) {
    indexUpdates.add(new GlobalSecondaryIndexUpdate(null, index.toCreateAction(), null));
    indexDefinitions.addAll(index.attributeDefinitions());
    return this;
  }

  /** Deletes the global secondary index {@code indexName}. */
  public Builder deleteIndex(String indexName) {
    indexUpdates.add(
        new GlobalSecondaryIndexUpdate(null, null, new DeleteGlobalSecondaryIndexAction(indexName)));
    return this;
  }

  /** Changes the capacity of the existing global secondary index {@code indexName}. */
  public Builder indexThroughput(String indexName, long readUnits, long writeUnits) {
    indexUpdates.add(
        new GlobalSecondaryIndexUpdate(
            new UpdateGlobalSecondaryIndexAction(
                indexName, ProvisionedThroughput.of(readUnits, writeUnits), null, null),
            null,
            null));
    return this;
  }

  /** Turns the stream on with records holding {@code viewType}. */
  public Builder stream(StreamViewType viewType) {
    this.streamSpecification = StreamSpecification.of(viewType);
    return this;
  }

  /** The new encryption setting ({@code SSESpecification}). */
  public Builder sse(SseSpecification sse) {
    this.sseSpecification = sse;
    return this;
  }

  /** Turns deletion protection on or off ({@code DeletionProtectionEnabled}). */
  public Builder deletionProtection(boolean enabled) {
    this.deletionProtectionEnabled = enabled;
    return this;
  }

  /** A copy with what the shortcuts above gave moved into the model's members. */
  private Builder beforeBuild() {
    Builder b = copy();
    if (!indexUpdates.isEmpty()) {
      List<GlobalSecondaryIndexUpdate> all = new ArrayList<>();
      if (globalSecondaryIndexUpdates != null) {
        all.addAll(globalSecondaryIndexUpdates);
      }
      all.addAll(indexUpdates);
      b.globalSecondaryIndexUpdates = all;
      List<AttributeDefinition> definitions = new ArrayList<>();
      if (attributeDefinitions != null) {
        definitions.addAll(attributeDefinitions);
      }
      definitions.addAll(indexDefinitions);
      b.attributeDefinitions = AttributeDefinition.distinct(definitions);
    }
    return b;
  }
