package io.dynamo.api.model;

import io.dynamo.codec.Item;
import java.util.Optional;

/**
 * The answer to GetItem. Immutable and thread-safe.
 *
 * @param item the item (only the projected attributes if a projection was given), or {@code null}
 *     when there is no item with the key
 * @param consumedCapacity the capacity consumed, or {@code null} unless asked for
 */
public record GetItemResponse(Item item, ConsumedCapacity consumedCapacity) {

  /** The item, empty when there is none with the key. */
  public Optional<Item> find() {
    return Optional.ofNullable(item);
  }

  /** Whether an item was found. */
  public boolean exists() {
    return item != null;
  }
}
