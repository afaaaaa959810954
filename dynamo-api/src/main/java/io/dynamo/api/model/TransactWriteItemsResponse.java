package io.dynamo.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a TransactWriteItems that succeeded: every action was made. Immutable and
 * thread-safe.
 *
 * @param consumedCapacity the capacity consumed per table, empty unless asked for
 * @param itemCollectionMetrics item collection sizes by table name, empty unless asked for
 */
public record TransactWriteItemsResponse(
    List<ConsumedCapacity> consumedCapacity,
    Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {

  /** Copies the lists and maps, keeping their order. */
  public TransactWriteItemsResponse {
    consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
    Map<String, List<ItemCollectionMetrics>> copy = new LinkedHashMap<>();
    if (itemCollectionMetrics != null) {
      itemCollectionMetrics.forEach((table, metrics) -> copy.put(table, List.copyOf(metrics)));
    }
    itemCollectionMetrics = Collections.unmodifiableMap(copy);
  }
}
