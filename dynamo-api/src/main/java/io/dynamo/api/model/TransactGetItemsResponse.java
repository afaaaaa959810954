package io.dynamo.api.model;

import io.dynamo.codec.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The answer to TransactGetItems: one entry per read, in the order of the request's {@code
 * TransactItems}. Immutable and thread-safe.
 *
 * <p>Unlike other lists of this client, {@link #responses()} holds {@code null}s: an entry is
 * {@code null} when there is no item with the read's key, so that entry {@code i} always answers
 * read {@code i}. DynamoDB answers such a read with an {@code ItemResponse} without {@code Item}
 * (or a JSON {@code null}); an item none of whose projected attributes exist may come back the same
 * way, or as an empty item.
 *
 * @param responses the items, by the index of their read; {@code null} where there is no item
 * @param consumedCapacity the capacity consumed per table, empty unless asked for
 */
public record TransactGetItemsResponse(
    List<Item> responses, List<ConsumedCapacity> consumedCapacity) {

  /** Copies the lists, keeping their order (and the nulls of {@code responses}). */
  public TransactGetItemsResponse {
    responses =
        responses == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(responses));
    consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
  }

  /**
   * The item read by read {@code index}, or {@code null} when there is none.
   *
   * @throws IndexOutOfBoundsException if the request had no read {@code index}
   */
  public Item item(int index) {
    return responses.get(index);
  }

  /** The item read by read {@code index}, empty when there is none. */
  public Optional<Item> find(int index) {
    return Optional.ofNullable(responses.get(index));
  }
}
