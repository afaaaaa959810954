package io.dynamo.api.model;

import java.util.List;

/**
 * A global secondary index as DynamoDB describes it. Immutable and thread-safe.
 *
 * @param indexName the index's name
 * @param keySchema its key attributes, partition key first
 * @param projection the attributes it holds, or {@code null} if not reported
 * @param indexStatus its state, or {@code null} if not reported
 * @param backfilling whether it is still being filled from the table
 * @param provisionedThroughput its capacity, or {@code null}
 * @param indexSizeBytes its size (updated about every six hours)
 * @param itemCount its items (updated about every six hours)
 * @param indexArn its ARN, or {@code null}
 */
public record GlobalSecondaryIndexDescription(
    String indexName,
    List<KeySchemaElement> keySchema,
    IndexProjection projection,
    IndexStatus indexStatus,
    boolean backfilling,
    ProvisionedThroughputDescription provisionedThroughput,
    long indexSizeBytes,
    long itemCount,
    String indexArn) {

  /** Copies the key schema. */
  public GlobalSecondaryIndexDescription {
    keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
  }
}
