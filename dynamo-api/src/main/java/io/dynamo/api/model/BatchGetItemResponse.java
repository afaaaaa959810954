package io.dynamo.api.model;

import io.dynamo.codec.Item;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to BatchGetItem: the items found, by table, and the keys DynamoDB left for another
 * request. Items come in no particular order. Immutable and thread-safe.
 *
 * @param responses the items found, by table name
 * @param unprocessedKeys the keys not read this time, by table name; empty when all were read
 * @param consumedCapacity the capacity consumed per table, empty unless asked for
 */
public record BatchGetItemResponse(
    Map<String, List<Item>> responses,
    Map<String, KeysAndAttributes> unprocessedKeys,
    List<ConsumedCapacity> consumedCapacity) {

  /** Copies the maps and lists, keeping their order. */
  public BatchGetItemResponse {
    Map<String, List<Item>> copy = new LinkedHashMap<>();
    if (responses != null) {
      responses.forEach((table, items) -> copy.put(table, List.copyOf(items)));
    }
    responses = Collections.unmodifiableMap(copy);
    unprocessedKeys =
        unprocessedKeys == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(unprocessedKeys));
    consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
  }

  /** The items found in {@code table}; empty if none. */
  public List<Item> items(String table) {
    return responses.getOrDefault(table, List.of());
  }

  /** Whether some keys were not read and should be sent again. */
  public boolean hasUnprocessedKeys() {
    return !unprocessedKeys.isEmpty();
  }
}
