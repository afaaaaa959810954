// Members written by hand, spliced into the generated GetItemResponse.
import java.util.Optional;

  /** The item, or empty if there is none with the key. */
  public Optional<Item> find() {
    return Optional.ofNullable(item);
  }

  /** Whether an item with the key exists. */
  public boolean exists() {
    return item != null;
  }
