package io.dynamo.api.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamo.api.internal.json.ConsumedCapacityJson;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.codec.internal.json.AttributeJsonReader;
import io.dynamo.codec.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
      AttributeJsonReader r = AttributeJsonReader.over(p, body);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return List.of();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!"ConsumedCapacity".equals(field)) {
          p.skipChildren();
        } else if (value == JsonToken.START_OBJECT) {
          return List.of(ConsumedCapacityJson.read(r, null));
        } else if (value == JsonToken.START_ARRAY) {
          List<ConsumedCapacity> all = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            all.add(ConsumedCapacityJson.read(r, null));
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
