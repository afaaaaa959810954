package io.dynamo.api.model;

import java.util.List;

/**
 * A local secondary index as DynamoDB describes it. Immutable and thread-safe.
 *
 * @param indexName the index's name
 * @param keySchema its key attributes, partition key first
 * @param projection the attributes it holds, or {@code null} if not reported
 * @param indexSizeBytes its size (updated about every six hours)
 * @param itemCount its items (updated about every six hours)
 * @param indexArn its ARN, or {@code null}
 */
public record LocalSecondaryIndexDescription(
    String indexName,
    List<KeySchemaElement> keySchema,
    IndexProjection projection,
    long indexSizeBytes,
    long itemCount,
    String indexArn) {

  /** Copies the key schema. */
  public LocalSecondaryIndexDescription {
    keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
  }
}
