// Members written by hand, spliced into the generated CreateTableRequest.Builder.
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

  private AttributeDefinition hashKeyDefinition;
  private AttributeDefinition rangeKeyDefinition;
  private final List<GlobalIndex> globalIndexes = new ArrayList<>();
  private final List<LocalIndex> localIndexes = new ArrayList<>();
  private final Map<String, String> tagMap = new LinkedHashMap<>();

  /**
   * The partition key and its type: sets {@code KeySchema}, and the key's {@code
   * AttributeDefinitions} are derived from it.
   */
  public Builder hashKey(String name, ScalarType type) {
    this.hashKeyDefinition = AttributeDefinition.of(name, type);
    return this;
  }

  /** The sort key and its type; see {@link #hashKey}. */
  public Builder rangeKey(String name, ScalarType type) {
    this.rangeKeyDefinition = AttributeDefinition.of(name, type);
    return this;
  }

  /** Read and write capacity units, for PROVISIONED tables. */
  public Builder provisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
    this.provisionedThroughput = ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits);
    return this;
  }

  /** Adds a global secondary index; its key attributes' definitions are derived from it. */
  public Builder globalSecondaryIndex(GlobalIndex index) {
    globalIndexes.add(Objects.requireNonNull(index, "index"));
    return this;
  }

  /** Adds a local secondary index; its sort key's definition is derived from it. */
  public Builder localSecondaryIndex(LocalIndex index) {
    localIndexes.add(Objects.requireNonNull(index, "index"));
    return this;
  }

  /** Turns the stream on with records holding {@code viewType}. */
  public Builder stream(StreamViewType viewType) {
    this.streamSpecification = StreamSpecification.of(viewType);
    return this;
  }

  /** Encryption at rest ({@code SSESpecification}). */
  public Builder sse(SseSpecification sse) {
    this.sseSpecification = sse;
    return this;
  }

  /** Adds tags, in the map's order. */
  public Builder tags(Map<String, String> tags) {
    tags.forEach(this::tag);
    return this;
  }

  /** Adds a tag; a key given twice here keeps the last value. */
  public Builder tag(String key, String value) {
    tagMap.put(key, value);
    return this;
  }

  /** Whether the table is protected from deletion ({@code DeletionProtectionEnabled}). */
  public Builder deletionProtection(boolean enabled) {
    this.deletionProtectionEnabled = enabled;
    return this;
  }

  /** A copy with what the shortcuts above gave moved into the model's members. */
  private Builder beforeBuild() {
    Builder b = copy();
    List<AttributeDefinition> definitions = new ArrayList<>();
    if (attributeDefinitions != null) {
      definitions.addAll(attributeDefinitions);
    }
    if (hashKeyDefinition != null) {
      definitions.add(hashKeyDefinition);
      b.keySchema =
          rangeKeyDefinition == null
              ? List.of(KeySchemaElement.hash(hashKeyDefinition.attributeName()))
              : List.of(
                  KeySchemaElement.hash(hashKeyDefinition.attributeName()),
                  KeySchemaElement.range(rangeKeyDefinition.attributeName()));
      if (rangeKeyDefinition != null) {
        definitions.add(rangeKeyDefinition);
      }
    }
    if (!globalIndexes.isEmpty()) {
      List<GlobalSecondaryIndex> all = new ArrayList<>();
      if (globalSecondaryIndexes != null) {
        all.addAll(globalSecondaryIndexes);
      }
      for (GlobalIndex index : globalIndexes) {
        all.add(index.toModel());
        definitions.addAll(index.attributeDefinitions());
      }
      b.globalSecondaryIndexes = all;
    }
    if (!localIndexes.isEmpty()) {
      String hash = KeySchemaElement.nameOf(b.keySchema, KeyType.HASH);
      List<LocalSecondaryIndex> all = new ArrayList<>();
      if (localSecondaryIndexes != null) {
        all.addAll(localSecondaryIndexes);
      }
      for (LocalIndex index : localIndexes) {
        all.add(index.toModel(hash));
        definitions.add(index.rangeKey());
      }
      b.localSecondaryIndexes = all;
    }
    b.attributeDefinitions = AttributeDefinition.distinct(definitions);
    if (!tagMap.isEmpty()) {
      List<Tag> all = new ArrayList<>();
      if (tags != null) {
        all.addAll(tags);
      }
      tagMap.forEach((k, v) -> all.add(Tag.of(k, v)));
      b.tags = all;
    }
    return b;
  }
