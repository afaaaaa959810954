package io.dynamo.api.model;

import java.time.Instant;
import java.util.List;

/**
 * A table as DynamoDB describes it: the useful fields of DynamoDB's {@code TableDescription};
 * fields this client does not know are skipped. Immutable and thread-safe.
 *
 * @param tableName the table's name
 * @param tableArn its ARN, or {@code null}
 * @param tableId its id, or {@code null}
 * @param tableStatus its state, or {@code null} if not reported
 * @param keySchema its key attributes, partition key first
 * @param attributeDefinitions the types of the key attributes of the table and its indexes
 * @param creationDateTime when it was created, or {@code null}
 * @param itemCount its items (updated about every six hours)
 * @param tableSizeBytes its size (updated about every six hours)
 * @param billingModeSummary its billing mode, or {@code null} if not reported
 * @param provisionedThroughput its capacity (zeros when on demand), or {@code null}
 * @param globalSecondaryIndexes its global secondary indexes
 * @param localSecondaryIndexes its local secondary indexes
 * @param streamSpecification its stream, or {@code null} if it has none
 * @param latestStreamArn the ARN of its latest stream, or {@code null}
 * @param latestStreamLabel the label of its latest stream, or {@code null}
 * @param tableClass its storage class, or {@code null} if not reported
 * @param deletionProtectionEnabled whether it is protected from deletion
 */
public record TableDescription(
    String tableName,
    String tableArn,
    String tableId,
    TableStatus tableStatus,
    List<KeySchemaElement> keySchema,
    List<AttributeDefinition> attributeDefinitions,
    Instant creationDateTime,
    long itemCount,
    long tableSizeBytes,
    BillingModeSummary billingModeSummary,
    ProvisionedThroughputDescription provisionedThroughput,
    List<GlobalSecondaryIndexDescription> globalSecondaryIndexes,
    List<LocalSecondaryIndexDescription> localSecondaryIndexes,
    StreamSpecification streamSpecification,
    String latestStreamArn,
    String latestStreamLabel,
    TableClass tableClass,
    boolean deletionProtectionEnabled) {

  /** Copies the lists. */
  public TableDescription {
    keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
    attributeDefinitions =
        attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
    globalSecondaryIndexes =
        globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
    localSecondaryIndexes =
        localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
  }

  /** The name of the partition key, or {@code null} if the key schema was not reported. */
  public String hashKeyName() {
    return keyName(KeyType.HASH);
  }

  /** The name of the sort key, or {@code null} if the table has none. */
  public String rangeKeyName() {
    return keyName(KeyType.RANGE);
  }

  /** The billing mode, or {@code null} if DynamoDB did not report one. */
  public BillingMode billingMode() {
    return billingModeSummary == null ? null : billingModeSummary.billingMode();
  }

  private String keyName(KeyType type) {
    for (KeySchemaElement e : keySchema) {
      if (e.keyType() == type) {
        return e.attributeName();
      }
    }
    return null;
  }
}
