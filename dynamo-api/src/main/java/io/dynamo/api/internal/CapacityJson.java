package io.dynamo.api.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamo.api.model.Capacity;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.codec.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level {@code ConsumedCapacity} of a raw response body, read only when a listener asks for
 * it, and only if the body holds that name at all. A body it cannot read gives none: a listener's
 * question never fails a call.
 */
final class CapacityJson {
  private static final byte[] NAME = "\"ConsumedCapacity\"".getBytes(StandardCharsets.US_ASCII);

  private CapacityJson() {}

  static List<ConsumedCapacity> read(byte[] body) {
    if (body == null || !contains(body, NAME)) {
      return List.of();
    }
    try (JsonParser p = Json.FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return List.of();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!"ConsumedCapacity".equals(field)) {
          p.skipChildren();
        } else if (value == JsonToken.START_OBJECT) {
          return List.of(consumed(p));
        } else if (value == JsonToken.START_ARRAY) {
          List<ConsumedCapacity> all = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            all.add(consumed(p));
          }
          return List.copyOf(all);
        } else {
          return List.of();
        }
      }
      return List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** One object, the parser on its START_OBJECT; leaves it on the END_OBJECT. */
  private static ConsumedCapacity consumed(JsonParser p) throws IOException {
    String table = null;
    double units = 0;
    double read = 0;
    double write = 0;
    Capacity share = null;
    Map<String, Capacity> local = null;
    Map<String, Capacity> global = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "TableName" -> table = value == JsonToken.VALUE_STRING ? p.getText() : null;
        case "CapacityUnits" -> units = number(p, value);
        case "ReadCapacityUnits" -> read = number(p, value);
        case "WriteCapacityUnits" -> write = number(p, value);
        case "Table" -> share = capacity(p, value);
        case "LocalSecondaryIndexes" -> local = capacities(p, value);
        case "GlobalSecondaryIndexes" -> global = capacities(p, value);
        default -> p.skipChildren();
      }
    }
    return new ConsumedCapacity(table, units, read, write, share, local, global);
  }

  private static Map<String, Capacity> capacities(JsonParser p, JsonToken value)
      throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    Map<String, Capacity> all = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      Capacity c = capacity(p, p.nextToken());
      if (c != null) {
        all.put(name, c);
      }
    }
    return all;
  }

  private static Capacity capacity(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    double[] units = new double[3];
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      switch (field) {
        case "CapacityUnits" -> units[0] = number(p, v);
        case "ReadCapacityUnits" -> units[1] = number(p, v);
        case "WriteCapacityUnits" -> units[2] = number(p, v);
        default -> p.skipChildren();
      }
    }
    return new Capacity(units[0], units[1], units[2]);
  }

  private static double number(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    p.skipChildren();
    return 0;
  }

  private static boolean contains(byte[] body, byte[] name) {
    outer:
    for (int i = 0; i <= body.length - name.length; i++) {
      for (int k = 0; k < name.length; k++) {
        if (body[i + k] != name[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
