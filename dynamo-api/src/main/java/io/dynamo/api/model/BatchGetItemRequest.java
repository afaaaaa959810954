package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.Key;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to read up to 100 items by key from one or more tables.
 *
 * <pre>{@code
 * BatchGetItemResponse r = db.batchGetItem(BatchGetItemRequest.builder()
 *     .get("users", Key.of("user/id", 1, "user/name", "Ivan"), Key.of("user/id", 2, "user/name", "Huan"))
 *     .build());
 * List<Item> users = r.items("users");
 * }</pre>
 *
 * <p>Checked when built: table names, 1 to 100 keys in all, no key twice for a table. DynamoDB may
 * leave some keys unprocessed ({@link BatchGetItemResponse#unprocessedKeys()}); send them again.
 * Immutable and thread-safe.
 *
 * @param requestItems the keys to read, by table name, in order
 * @param returnConsumedCapacity whether to report consumed capacity, or {@code null}
 */
public record BatchGetItemRequest(
    Map<String, KeysAndAttributes> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {

  /** Checks the table names and the number of keys. */
  public BatchGetItemRequest {
    requestItems = Require.map("RequestItems", requestItems);
    if (requestItems.isEmpty()) {
      throw new InvalidRequestException("RequestItems", "is empty; give at least one key to read");
    }
    int total = 0;
    for (Map.Entry<String, KeysAndAttributes> e : requestItems.entrySet()) {
      Require.tableNameOrArn("RequestItems", e.getKey());
      total += e.getValue().keys().size();
    }
    if (total > KeysAndAttributes.MAX_KEYS) {
      throw new InvalidRequestException(
          "RequestItems",
          "has "
              + total
              + " keys; one BatchGetItem reads at most "
              + KeysAndAttributes.MAX_KEYS
              + " keys, so split them into several requests");
    }
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.items.putAll(requestItems);
    b.capacity = returnConsumedCapacity;
    return b;
  }

  /** Builds a {@link BatchGetItemRequest}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, KeysAndAttributes> items = new LinkedHashMap<>();
    private ReturnConsumedCapacity capacity;

    private Builder() {}

    /** Reads the whole items with these keys from {@code table} (added to earlier keys). */
    public Builder get(String table, Key... keys) {
      KeysAndAttributes before = items.get(table);
      items.put(
          table,
          before == null ? KeysAndAttributes.of(keys) : before.toBuilder().keys(keys).build());
      return this;
    }

    /** Reads from {@code table} as {@code keys} says (replacing earlier keys for it). */
    public Builder table(String table, KeysAndAttributes keys) {
      items.put(table, keys);
      return this;
    }

    /** Adds all entries, such as a response's {@code unprocessedKeys()}. */
    public Builder requestItems(Map<String, KeysAndAttributes> requestItems) {
      items.putAll(Require.present("RequestItems", requestItems, "map is null"));
      return this;
    }

    /** Whether to report consumed capacity. */
    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.capacity = returnConsumedCapacity;
      return this;
    }

    /**
     * The request.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public BatchGetItemRequest build() {
      return new BatchGetItemRequest(Collections.unmodifiableMap(items), capacity);
    }
  }
}
