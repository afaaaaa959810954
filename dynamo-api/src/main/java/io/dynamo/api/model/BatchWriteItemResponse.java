package io.dynamo.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to BatchWriteItem: the writes DynamoDB left for another request. Immutable and
 * thread-safe.
 *
 * @param unprocessedItems the writes not made this time, by table name; empty when all were made
 * @param itemCollectionMetrics item collection sizes by table name, empty unless asked for
 * @param consumedCapacity the capacity consumed per table, empty unless asked for
 */
public record BatchWriteItemResponse(
    Map<String, List<WriteRequest>> unprocessedItems,
    Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics,
    List<ConsumedCapacity> consumedCapacity) {

  /** Copies the maps and lists, keeping their order. */
  public BatchWriteItemResponse {
    unprocessedItems = copy(unprocessedItems);
    itemCollectionMetrics = copy(itemCollectionMetrics);
    consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
  }

  /** Whether some writes were not made and should be sent again. */
  public boolean hasUnprocessedItems() {
    return !unprocessedItems.isEmpty();
  }

  private static <T> Map<String, List<T>> copy(Map<String, List<T>> map) {
    Map<String, List<T>> copy = new LinkedHashMap<>();
    if (map != null) {
      map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    }
    return Collections.unmodifiableMap(copy);
  }
}
