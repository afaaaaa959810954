// Members written by hand, spliced into the generated BatchGetItemResponse.
import io.dynamo.codec.Item;

  /** The items found in {@code table}; empty if none. */
  public List<Item> items(String table) {
    return responses.getOrDefault(table, List.of());
  }

  /** Whether some keys were not read and should be sent again. */
  public boolean hasUnprocessedKeys() {
    return !unprocessedKeys.isEmpty();
  }
