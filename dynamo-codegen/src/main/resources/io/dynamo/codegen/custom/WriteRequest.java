// Members written by hand, spliced into the generated WriteRequest.
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;

  /** Puts (creates or replaces) {@code item}. */
  public static WriteRequest put(Item item) {
    return builder().putRequest(PutRequest.builder().item(item).build()).build();
  }

  /** Deletes the item with {@code key}. */
  public static WriteRequest delete(Key key) {
    return builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
  }
