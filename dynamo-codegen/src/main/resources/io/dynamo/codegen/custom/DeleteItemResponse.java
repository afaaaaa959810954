// Members written by hand, spliced into the generated DeleteItemResponse.
import java.util.Optional;

  /** The attributes asked for with {@code ReturnValues}, or empty. */
  public Optional<Item> findAttributes() {
    return Optional.ofNullable(attributes);
  }
