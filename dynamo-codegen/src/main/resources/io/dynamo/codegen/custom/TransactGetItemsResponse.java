// Members written by hand, spliced into the generated TransactGetItemsResponse.
import io.dynamo.codec.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;

  /**
   * The item read by read {@code index}, or {@code null} when there is none (DynamoDB answers such
   * a read with an {@code ItemResponse} without {@code Item}, or a JSON {@code null}).
   *
   * @throws IndexOutOfBoundsException if the request had no read {@code index}
   */
  public Item item(int index) {
    return responses.get(index).item();
  }

  /** The item read by read {@code index}, empty when there is none. */
  public Optional<Item> find(int index) {
    return Optional.ofNullable(item(index));
  }

  /**
   * The items by the index of their read, {@code null} where there is none (the only list of this
   * client that holds nulls, so that entry {@code i} always answers read {@code i}).
   */
  public List<Item> items() {
    List<Item> items = new ArrayList<>(responses.size());
    for (ItemResponse r : responses) {
      items.add(r.item());
    }
    return Collections.unmodifiableList(items);
  }
