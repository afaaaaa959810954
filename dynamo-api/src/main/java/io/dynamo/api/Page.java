package io.dynamo.api;

import io.dynamo.codec.Key;
import java.util.List;
import java.util.Objects;

/**
 * One page of a typed query or scan: the values, and the cursor where the next page starts.
 *
 * <pre>{@code
 * Page<Order> first = orders.queryPage(q -> q.keyCondition(CUSTOMER.eq("c-1")).limit(25));
 * Page<Order> second =
 *     orders.queryPage(q -> q.keyCondition(CUSTOMER.eq("c-1")).limit(25).startKey(first.cursor()));
 * }</pre>
 *
 * <p>{@link #cursor()} is DynamoDB's {@code LastEvaluatedKey}, {@code null} after the last page; a
 * page can be empty and still have a cursor (a filter dropped every item it read). Immutable; the
 * list is an unmodifiable copy.
 *
 * @param items the values of this page, in the order DynamoDB returned them
 * @param cursor where the next page starts ({@code ExclusiveStartKey}), or {@code null}
 * @param count the number of items returned ({@code Count})
 * @param scannedCount the number of items read before any filter ({@code ScannedCount})
 * @param <T> the type items are mapped to
 */
public record Page<T>(List<T> items, Key cursor, int count, int scannedCount) {
  /** Copies the items. */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /** Whether more pages follow (the cursor is set). */
  public boolean hasMore() {
    return cursor != null;
  }
}
