package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.model.ItemCollectionMetrics;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

/** Reads the outputs of the single-item operations and of Query and Scan. */
final class ItemReads {
  private ItemReads() {}

  /** Makes the response of PutItem, UpdateItem or DeleteItem. */
  @FunctionalInterface
  interface WriteResult<R> {
    R make(Item attributes, ConsumedCapacity capacity, ItemCollectionMetrics metrics);
  }

  /** Makes the response of Query or Scan. */
  @FunctionalInterface
  interface Page<R> {
    R make(List<Item> items, int count, int scannedCount, Key lastKey, ConsumedCapacity capacity);
  }

  /** The fields of an item operation's output as they are read. */
  private static final class Output {
    Item item;
    List<Item> items;
    int count;
    int scannedCount;
    Key lastKey;
    ConsumedCapacity capacity;
    ItemCollectionMetrics metrics;
  }

  static <R> R writeResult(byte[] body, CodecRegistry registry, WriteResult<R> make)
      throws IOException {
    Output o = read(body, registry, "Attributes");
    return make.make(o.item, o.capacity, o.metrics);
  }

  static <R> R getResult(
      byte[] body, CodecRegistry registry, BiFunction<Item, ConsumedCapacity, R> make)
      throws IOException {
    Output o = read(body, registry, "Item");
    return make.apply(o.item, o.capacity);
  }

  static <R> R page(byte[] body, CodecRegistry registry, Page<R> make) throws IOException {
    Output o = read(body, registry, null);
    return make.make(
        o.items == null ? List.of() : o.items, o.count, o.scannedCount, o.lastKey, o.capacity);
  }

  private static Output read(byte[] body, CodecRegistry registry, String itemField)
      throws IOException {
    return Reads.parse(
        body,
        r -> {
          JsonParser p = r.parser();
          Output o = new Output();
          Reads.object(
              p,
              f -> {
                if (f.equals(itemField)) {
                  o.item = Reads.item(r, registry);
                  return true;
                }
                switch (f) {
                  case "Items" -> o.items = Reads.items(r, registry);
                  case "Count" -> o.count = Reads.intValue(p);
                  case "ScannedCount" -> o.scannedCount = Reads.intValue(p);
                  case "LastEvaluatedKey" -> o.lastKey = Reads.key(r, registry);
                  case "ConsumedCapacity" -> o.capacity = CapacityReads.consumed(r);
                  case "ItemCollectionMetrics" -> o.metrics = CapacityReads.metrics(r, registry);
                  default -> {
                    return false;
                  }
                }
                return true;
              });
          return o;
        });
  }
}
