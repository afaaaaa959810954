package io.dynamo.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capacity an operation consumed, reported when the request asks with {@link
 * ReturnConsumedCapacity}. Units DynamoDB did not report are 0. Immutable and thread-safe.
 *
 * @param tableName the table
 * @param capacityUnits all units consumed
 * @param readCapacityUnits read units consumed
 * @param writeCapacityUnits write units consumed
 * @param table the table's share ({@link ReturnConsumedCapacity#INDEXES} only), or {@code null}
 * @param localSecondaryIndexes each local index's share, by index name
 * @param globalSecondaryIndexes each global index's share, by index name
 */
public record ConsumedCapacity(
    String tableName,
    double capacityUnits,
    double readCapacityUnits,
    double writeCapacityUnits,
    Capacity table,
    Map<String, Capacity> localSecondaryIndexes,
    Map<String, Capacity> globalSecondaryIndexes) {

  /** Copies the maps, keeping their order. */
  public ConsumedCapacity {
    localSecondaryIndexes = copy(localSecondaryIndexes);
    globalSecondaryIndexes = copy(globalSecondaryIndexes);
  }

  private static Map<String, Capacity> copy(Map<String, Capacity> map) {
    return map == null || map.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
