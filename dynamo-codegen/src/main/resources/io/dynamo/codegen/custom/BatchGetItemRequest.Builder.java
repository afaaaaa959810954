// Members written by hand, spliced into the generated BatchGetItemRequest.Builder.
import io.dynamo.api.internal.build.Require;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

  /** Reads the whole items with these keys from {@code table} (added to its earlier keys). */
  public Builder get(String table, Key... keys) {
    Require.present("RequestItems", keys, "keys are null");
    Map<String, KeysAndAttributes> items = items();
    KeysAndAttributes before = items.get(table);
    List<Key> all = new ArrayList<>();
    if (before != null) {
      all.addAll(before.keys());
    }
    all.addAll(Arrays.asList(keys));
    items.put(
        table,
        (before == null ? KeysAndAttributes.builder() : before.toBuilder()).keys(all).build());
    return this;
  }

  /** Reads from {@code table} as {@code keys} says (replacing its earlier keys). */
  public Builder table(String table, KeysAndAttributes keys) {
    items().put(table, keys);
    return this;
  }

  /** Adds all entries (replacing earlier ones of the same tables), such as {@code unprocessedKeys()}. */
  public Builder requestItems(Map<String, KeysAndAttributes> requestItems) {
    items().putAll(Require.present("RequestItems", requestItems, "map is null"));
    return this;
  }

  /** The entries, as a map of this builder's own. */
  private Map<String, KeysAndAttributes> items() {
    if (!(this.requestItems instanceof LinkedHashMap)) {
      this.requestItems =
          this.requestItems == null ? new LinkedHashMap<>() : new LinkedHashMap<>(this.requestItems);
    }
    return this.requestItems;
  }
