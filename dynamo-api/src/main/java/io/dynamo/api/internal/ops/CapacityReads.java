package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.model.Capacity;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.model.ItemCollectionMetrics;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Key;
import io.dynamo.codec.internal.json.AttributeJsonReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Reads {@code ConsumedCapacity} and {@code ItemCollectionMetrics}. */
final class CapacityReads {
  private CapacityReads() {}

  /** The fields of consumed capacity as they are read. */
  private static final class Consumed {
    String table;
    double units;
    double read;
    double write;
    Capacity tableShare;
    Map<String, Capacity> local;
    Map<String, Capacity> global;

    boolean field(String field, JsonParser p) throws IOException {
      switch (field) {
        case "TableName" -> table = Reads.string(p);
        case "CapacityUnits" -> units = Reads.doubleValue(p);
        case "ReadCapacityUnits" -> read = Reads.doubleValue(p);
        case "WriteCapacityUnits" -> write = Reads.doubleValue(p);
        case "Table" -> tableShare = capacity(p);
        case "LocalSecondaryIndexes" -> local = Reads.map(p, () -> capacity(p));
        case "GlobalSecondaryIndexes" -> global = Reads.map(p, () -> capacity(p));
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  static ConsumedCapacity consumed(JsonParser p) throws IOException {
    Consumed c = new Consumed();
    Reads.object(p, name -> c.field(name, p));
    return new ConsumedCapacity(c.table, c.units, c.read, c.write, c.tableShare, c.local, c.global);
  }

  static List<ConsumedCapacity> consumedList(JsonParser p) throws IOException {
    return Reads.list(p, () -> consumed(p));
  }

  static Capacity capacity(JsonParser p) throws IOException {
    double[] units = new double[3];
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "CapacityUnits" -> units[0] = Reads.doubleValue(p);
            case "ReadCapacityUnits" -> units[1] = Reads.doubleValue(p);
            case "WriteCapacityUnits" -> units[2] = Reads.doubleValue(p);
            default -> {
              return false;
            }
          }
          return true;
        });
    return new Capacity(units[0], units[1], units[2]);
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
