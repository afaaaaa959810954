package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.internal.json.ConsumedCapacityJson;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.model.ItemCollectionMetrics;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Key;
import io.dynamo.codec.internal.json.AttributeJsonReader;
import java.io.IOException;
import java.util.List;

/** Reads {@code ConsumedCapacity} and {@code ItemCollectionMetrics}. */
final class CapacityReads {
  private CapacityReads() {}

  static ConsumedCapacity consumed(AttributeJsonReader r) throws IOException {
    return ConsumedCapacityJson.read(r, null);
  }

  static List<ConsumedCapacity> consumedList(AttributeJsonReader r) throws IOException {
    return Reads.list(r.parser(), () -> consumed(r));
  }

  static ItemCollectionMetrics metrics(AttributeJsonReader r, CodecRegistry registry)
      throws IOException {
    JsonParser p = r.parser();
    Key[] key = new Key[1];
    List<?>[] range = new List<?>[1];
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "ItemCollectionKey" -> key[0] = Reads.key(r, registry);
            case "SizeEstimateRangeGB" -> range[0] = Reads.list(p, () -> Reads.doubleValue(p));
            default -> {
              return false;
            }
          }
          return true;
        });
    @SuppressWarnings("unchecked")
    List<Double> bounds = (List<Double>) range[0];
    return new ItemCollectionMetrics(key[0], bounds);
  }
}
