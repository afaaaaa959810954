package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;

/**
 * One write of a {@link BatchWriteItemRequest}: {@link #put(Item)} or {@link #delete(Key)}.
 * Immutable and thread-safe.
 */
public sealed interface WriteRequest {

  /** Puts (creates or replaces) {@code item}. */
  static Put put(Item item) {
    return new Put(item);
  }

  /** Deletes the item with {@code key}. */
  static Delete delete(Key key) {
    return new Delete(key);
  }

  /**
   * A put of a whole item.
   *
   * @param item the item, with its key attributes
   */
  record Put(Item item) implements WriteRequest {
    /** Checks that the item is given. */
    public Put {
      Require.present("PutRequest.Item", item, "give the item to put");
    }
  }

  /**
   * A delete by key.
   *
   * @param key the item's primary key
   */
  record Delete(Key key) implements WriteRequest {
    /** Checks that the key is given. */
    public Delete {
      Require.present("DeleteRequest.Key", key, "give the key of the item to delete");
    }
  }
}
