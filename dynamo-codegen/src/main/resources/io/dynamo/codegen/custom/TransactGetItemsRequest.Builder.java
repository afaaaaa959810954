// Members written by hand, spliced into the generated TransactGetItemsRequest.Builder.
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.internal.build.TransactActions;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Consumer;

  /**
   * Reads the item with {@code key} from {@code table}: only the given attributes or nested paths,
   * if any, as in {@link TransactGet.Builder#project}.
   */
  public Builder get(String table, Key key, Object... paths) {
    return get(table, key, g -> g.project(paths));
  }

  /**
   * Reads the item with {@code key} from {@code table}, with the projection {@code options} sets:
   * {@code g -> g.projectionExpression("#a").name("#a", "user/name")}; a bad field is named by its
   * path, such as {@code TransactItems[1].Get.Key}.
   */
  public Builder get(String table, Key key, Consumer<TransactGet.Builder> options) {
    Require.present("TransactItems", options, "the get's options are null");
    int index = transactItems == null ? 0 : transactItems.size();
    return get(
        TransactActions.action(
            index,
            "Get",
            () -> {
              TransactGet.Builder b = TransactGet.builder().table(table).key(key);
              options.accept(b);
              return TransactGetItem.of(b.build());
            }));
  }

  /** Adds a read made beforehand, after those of {@code TransactItems}. */
  public Builder get(TransactGetItem get) {
    Require.present("TransactItems", get, "get is null");
    List<TransactGetItem> all = new ArrayList<>();
    if (transactItems != null) {
      all.addAll(transactItems);
    }
    all.add(get);
    transactItems = all;
    return this;
  }

  /** Adds reads made beforehand, in order. */
  public Builder gets(Collection<TransactGetItem> gets) {
    Require.present("TransactItems", gets, "gets are null").forEach(this::get);
    return this;
  }
