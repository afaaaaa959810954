package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.api.internal.ops.TransactRules;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A request to read up to 100 items, from one or more tables, as of one moment: either all are read
 * together or the call fails.
 *
 * <pre>{@code
 * List<Item> items = db.transactGetItems(TransactGetItemsRequest.builder()
 *     .get("orders", Key.of("id", "o1"))
 *     .get("users", Key.of("id", "u1"), "name", "address.city")
 *     .build()).responses();              // in request order, null where there is no item
 * }</pre>
 *
 * <p>Checked when built: 1 to 100 reads, each as {@link TransactGetItem} says (a bad field is named
 * by its path, such as {@code TransactItems[1].Get.Key}), and no two reads of one item of one table
 * named the same way (DynamoDB rejects two operations on one item in a transaction). Immutable and
 * thread-safe.
 *
 * @param transactItems the reads, in order
 * @param returnConsumedCapacity whether to report consumed capacity, or {@code null}
 */
public record TransactGetItemsRequest(
    List<TransactGetItem> transactItems, ReturnConsumedCapacity returnConsumedCapacity) {

  /** Most reads in one transaction. */
  public static final int MAX_GETS = TransactRules.MAX_ACTIONS;

  /** Checks the request against DynamoDB's rules (see the class comment). */
  public TransactGetItemsRequest {
    transactItems = Require.list("TransactItems", transactItems);
    TransactRules.count(transactItems.size(), "TransactGetItems");
    List<String> tables = new ArrayList<>(transactItems.size());
    List<Key> keys = new ArrayList<>(transactItems.size());
    for (TransactGetItem get : transactItems) {
      tables.add(get.tableName());
      keys.add(get.key());
    }
    TransactRules.oneGetPerItem(tables, keys);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields; reads given to it are added. */
  public Builder toBuilder() {
    Builder b = new Builder().gets(transactItems);
    b.capacity = returnConsumedCapacity;
    return b;
  }

  /** Builds a {@link TransactGetItemsRequest}. Not thread-safe. */
  public static final class Builder {
    private final List<TransactGetItem> items = new ArrayList<>();
    private ReturnConsumedCapacity capacity;

    private Builder() {}

    /**
     * Reads the item with {@code key} from {@code table}: only the given attributes or nested
     * paths, if any, as in {@link TransactGetItem.Builder#project}.
     */
    public Builder get(String table, Key key, Object... paths) {
      return get(table, key, g -> g.project(paths));
    }

    /**
     * Reads the item with {@code key} from {@code table}, with the projection {@code options} sets:
     * {@code g -> g.projectionExpression("#a").name("#a", "user/name")}.
     */
    public Builder get(String table, Key key, Consumer<TransactGetItem.Builder> options) {
      Require.present("TransactItems", options, "the get's options are null");
      return get(
          TransactRules.action(
              items.size(),
              "Get",
              () -> {
                TransactGetItem.Builder b = TransactGetItem.builder().table(table).key(key);
                options.accept(b);
                return b.build();
              }));
    }

    /** Adds a read made beforehand. */
    public Builder get(TransactGetItem get) {
      items.add(Require.present("TransactItems", get, "get is null"));
      return this;
    }

    /** Adds reads made beforehand, in order. */
    public Builder gets(Collection<TransactGetItem> gets) {
      Require.present("TransactItems", gets, "gets are null").forEach(this::get);
      return this;
    }

    /** Whether to report consumed capacity. */
    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.capacity = returnConsumedCapacity;
      return this;
    }

    /**
     * The request.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public TransactGetItemsRequest build() {
      return new TransactGetItemsRequest(items, capacity);
    }
  }
}
