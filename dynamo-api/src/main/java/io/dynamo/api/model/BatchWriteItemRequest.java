package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to put or delete up to 25 items in one or more tables.
 *
 * <pre>{@code
 * db.batchWriteItem(BatchWriteItemRequest.builder()
 *     .put("users", Item.of("user/id", 1, "user/name", "Ivan"))
 *     .delete("users", Key.of("user/id", 2, "user/name", "Huan"))
 *     .build());
 * }</pre>
 *
 * <p>Checked when built: table names, 1 to 25 writes in all. DynamoDB may leave some writes
 * unprocessed ({@link BatchWriteItemResponse#unprocessedItems()}); send them again. Immutable and
 * thread-safe.
 *
 * @param requestItems the writes, by table name, in order
 * @param returnConsumedCapacity whether to report consumed capacity, or {@code null}
 * @param returnItemCollectionMetrics whether to report item collection sizes, or {@code null}
 */
public record BatchWriteItemRequest(
    Map<String, List<WriteRequest>> requestItems,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics) {

  /** Most writes in one BatchWriteItem request. */
  public static final int MAX_WRITES = 25;

  /** Checks the table names and the number of writes. */
  public BatchWriteItemRequest {
    Map<String, List<WriteRequest>> copy = new LinkedHashMap<>();
    int total = 0;
    for (Map.Entry<String, List<WriteRequest>> e :
        Require.map("RequestItems", requestItems).entrySet()) {
      Require.tableNameOrArn("RequestItems", e.getKey());
      List<WriteRequest> writes = Require.list("RequestItems", e.getValue());
      if (writes.isEmpty()) {
        throw new InvalidRequestException(
            "RequestItems", "has no writes for table '" + e.getKey() + "'; give at least one");
      }
      total += writes.size();
      copy.put(e.getKey(), writes);
    }
    if (total == 0 || total > MAX_WRITES) {
      throw new InvalidRequestException(
          "RequestItems",
          "has "
              + total
              + " writes; one BatchWriteItem makes 1 to "
              + MAX_WRITES
              + " writes, so split them into several requests");
    }
    requestItems = Collections.unmodifiableMap(copy);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().requestItems(requestItems);
    b.capacity = returnConsumedCapacity;
    b.metrics = returnItemCollectionMetrics;
    return b;
  }

  /** Builds a {@link BatchWriteItemRequest}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, List<WriteRequest>> items = new LinkedHashMap<>();
    private ReturnConsumedCapacity capacity;
    private ReturnItemCollectionMetrics metrics;

    private Builder() {}

    /** Puts these items into {@code table}. */
    public Builder put(String table, Item... items) {
      for (Item item : Require.present("RequestItems", items, "items are null")) {
        write(table, WriteRequest.put(item));
      }
      return this;
    }

    /** Deletes the items with these keys from {@code table}. */
    public Builder delete(String table, Key... keys) {
      for (Key key : Require.present("RequestItems", keys, "keys are null")) {
        write(table, WriteRequest.delete(key));
      }
      return this;
    }

    /** Adds one write to {@code table}. */
    public Builder write(String table, WriteRequest write) {
      items
          .computeIfAbsent(
              Require.present("RequestItems", table, "name the table"), t -> new ArrayList<>())
          .add(Require.present("RequestItems", write, "write is null"));
      return this;
    }

    /** Adds all writes, such as a response's {@code unprocessedItems()}. */
    public Builder requestItems(Map<String, List<WriteRequest>> requestItems) {
      Require.present("RequestItems", requestItems, "map is null")
          .forEach((table, writes) -> writes.forEach(w -> write(table, w)));
      return this;
    }

    /** Whether to report consumed capacity. */
    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.capacity = returnConsumedCapacity;
      return this;
    }

    /** Whether to report item collection sizes. */
    public Builder returnItemCollectionMetrics(ReturnItemCollectionMetrics metrics) {
      this.metrics = metrics;
      return this;
    }

    /**
     * The request.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public BatchWriteItemRequest build() {
      return new BatchWriteItemRequest(items, capacity, metrics);
    }
  }
}
