// Members written by hand, spliced into the generated BatchWriteItemRequest.Builder.
import io.dynamo.api.internal.build.Require;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;

  private Map<String, List<WriteRequest>> working;

  /** Puts these items into {@code table}. */
  public Builder put(String table, Item... items) {
    for (Item item : Require.present("RequestItems", items, "items are null")) {
      write(table, WriteRequest.put(item));
    }
    return this;
  }

  /** Deletes the items with these keys from {@code table}. */
  public Builder delete(String table, Key... keys) {
    for (Key key : Require.present("RequestItems", keys, "keys are null")) {
      write(table, WriteRequest.delete(key));
    }
    return this;
  }

  /** Adds one write to {@code table}. */
  public Builder write(String table, WriteRequest write) {
    Require.present("RequestItems", table, "name the table");
    Require.present("RequestItems", write, "write is null");
    if (working == null) {
      working = new LinkedHashMap<>();
      if (requestItems != null) {
        requestItems.forEach((t, w) -> working.put(t, new ArrayList<>(w)));
      }
    }
    working.computeIfAbsent(table, t -> new ArrayList<>()).add(write);
    return this;
  }

  /** Adds all writes, such as a response's {@code unprocessedItems()}. */
  public Builder requestItems(Map<String, List<WriteRequest>> requestItems) {
    Require.present("RequestItems", requestItems, "map is null")
        .forEach((table, writes) -> writes.forEach(w -> write(table, w)));
    return this;
  }

  /** A copy holding the writes given here, in lists of its own. */
  private Builder beforeBuild() {
    if (working == null) {
      return this;
    }
    Builder b = copy();
    Map<String, List<WriteRequest>> all = new LinkedHashMap<>();
    working.forEach((t, w) -> all.put(t, Collections.unmodifiableList(new ArrayList<>(w))));
    b.requestItems = all;
    return b;
  }
