package io.dynamo.mapper;

import io.dynamo.api.model.AttributeDefinition;
import io.dynamo.api.model.GlobalIndex;
import io.dynamo.api.model.IndexProjection;
import io.dynamo.api.model.LocalIndex;
import java.util.Objects;

/**
 * A secondary index of a mapped table: its name and key attributes, with their DynamoDB types.
 *
 * @param name the index's name
 * @param partitionKey the index's partition key; {@code null} for a local index (the table's)
 * @param sortKey the index's sort key, or {@code null}
 */
public record IndexSchema(
    String name, AttributeDefinition partitionKey, AttributeDefinition sortKey) {

  /** Checks that a name and at least one key are given. */
  public IndexSchema {
    Objects.requireNonNull(name, "name");
    if (partitionKey == null && sortKey == null) {
      throw new IllegalArgumentException("index " + name + " has no key");
    }
  }

  /** Whether this is a global secondary index (it has a partition key of its own). */
  public boolean isGlobal() {
    return partitionKey != null;
  }

  /** The global index to create, with every attribute projected. */
  GlobalIndex toGlobal() {
    GlobalIndex.Builder b =
        GlobalIndex.builder(name)
            .hashKey(partitionKey.attributeName(), partitionKey.attributeType())
            .projection(IndexProjection.all());
    if (sortKey != null) {
      b.rangeKey(sortKey.attributeName(), sortKey.attributeType());
    }
    return b.build();
  }

  /** The local index to create, with every attribute projected. */
  LocalIndex toLocal() {
    return LocalIndex.of(
        name, sortKey.attributeName(), sortKey.attributeType(), IndexProjection.all());
  }
}
