package io.dynamo.api.model;

import io.dynamo.codec.Item;
import java.util.Optional;

/**
 * The answer to PutItem. Immutable and thread-safe.
 *
 * @param attributes the item as it was (with {@link ReturnValue#ALL_OLD} when it existed), or
 *     {@code null} when none were returned
 * @param consumedCapacity the capacity consumed, or {@code null} unless asked for
 * @param itemCollectionMetrics the item collection's size, or {@code null} unless asked for
 */
public record PutItemResponse(
    Item attributes,
    ConsumedCapacity consumedCapacity,
    ItemCollectionMetrics itemCollectionMetrics) {

  /** The returned attributes, empty when none were returned. */
  public Optional<Item> findAttributes() {
    return Optional.ofNullable(attributes);
  }
}
