package io.dynamo.api.model;

import io.dynamo.api.internal.build.Require;
import java.util.List;

/**
 * A local secondary index to create: the table's partition key with another sort key. Only possible
 * when the table is created, and only on tables with a sort key. Immutable and thread-safe.
 *
 * @param indexName 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'
 * @param rangeKey the index's sort key
 * @param projection the attributes copied into the index
 */
public record LocalIndex(
    String indexName, AttributeDefinition rangeKey, IndexProjection projection) {

  /** Checks the name and that the sort key and projection are given. */
  public LocalIndex {
    Require.name("IndexName", indexName, "index names");
    Require.present(
        "LocalSecondaryIndexes.KeySchema", rangeKey, "index '" + indexName + "' needs a sort key");
    Require.present(
        "LocalSecondaryIndexes.Projection", projection, "index '" + indexName + "' needs one");
  }

  /**
   * The index as the model's {@link LocalSecondaryIndex} of a table whose partition key is {@code
   * tableHashKey}.
   */
  public LocalSecondaryIndex toModel(String tableHashKey) {
    return new LocalSecondaryIndex(
        indexName,
        List.of(
            KeySchemaElement.hash(tableHashKey), KeySchemaElement.range(rangeKey.attributeName())),
        projection);
  }

  /** The index {@code indexName} sorted by {@code rangeKey} of {@code type}. */
  public static LocalIndex of(
      String indexName, String rangeKey, ScalarType type, IndexProjection projection) {
    return new LocalIndex(indexName, AttributeDefinition.of(rangeKey, type), projection);
  }
}
