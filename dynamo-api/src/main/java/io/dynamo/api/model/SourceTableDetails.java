package io.dynamo.api.model;

import java.time.Instant;
import java.util.List;

/**
 * The table a backup was made of, as it was then. Immutable and thread-safe.
 *
 * @param tableName the table's name
 * @param tableId its id
 * @param tableArn its ARN, or {@code null}
 * @param tableSizeBytes its size
 * @param keySchema its key attributes, partition key first
 * @param tableCreationDateTime when it was created
 * @param provisionedThroughput its capacity (zeros when on demand), or {@code null}
 * @param itemCount its items
 * @param billingMode its billing mode, or {@code null}
 */
public record SourceTableDetails(
    String tableName,
    String tableId,
    String tableArn,
    long tableSizeBytes,
    List<KeySchemaElement> keySchema,
    Instant tableCreationDateTime,
    ProvisionedThroughputDescription provisionedThroughput,
    long itemCount,
    BillingMode billingMode) {

  /** Copies the key schema. */
  public SourceTableDetails {
    keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
  }
}
