package io.dynamo.api.model;

import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.List;

/**
 * One page of Query results. Immutable and thread-safe.
 *
 * @param items the items of the page, after filtering (empty with {@link Select#COUNT})
 * @param count the number of items after filtering
 * @param scannedCount the number of items read, before filtering
 * @param lastEvaluatedKey where the next page starts ({@code startKey(...)}), or {@code null} on
 *     the last page
 * @param consumedCapacity the capacity consumed, or {@code null} unless asked for
 */
public record QueryResponse(
    List<Item> items,
    int count,
    int scannedCount,
    Key lastEvaluatedKey,
    ConsumedCapacity consumedCapacity) {

  /** Copies the items. */
  public QueryResponse {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** Whether there is a next page. */
  public boolean hasMorePages() {
    return lastEvaluatedKey != null;
  }
}
