package io.dynamo.api.model;

import io.dynamo.codec.Item;
import java.util.Optional;

/**
 * The answer to UpdateItem. Immutable and thread-safe.
 *
 * @param attributes the attributes asked for with {@link ReturnValue}, or {@code null} when none
 *     were returned
 * @param consumedCapacity the capacity consumed, or {@code null} unless asked for
 * @param itemCollectionMetrics the item collection's size, or {@code null} unless asked for
 */
public record UpdateItemResponse(
    Item attributes,
    ConsumedCapacity consumedCapacity,
    ItemCollectionMetrics itemCollectionMetrics) {

  /** The returned attributes, empty when none were returned. */
  public Optional<Item> findAttributes() {
    return Optional.ofNullable(attributes);
  }
}
