package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.codec.MalformedJsonException;
import io.dynamo.codec.internal.json.AttributeJsonReader;
import io.dynamo.codec.internal.json.AttributeJsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Writes and reads the shapes of BatchGetItem and BatchWriteItem. */
final class BatchJson {
  private BatchJson() {}

  static void keysAndAttributes(JsonGenerator g, KeysAndAttributes k) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("Keys");
    List<Key> keys = k.keys();
    for (int i = 0; i < keys.size(); i++) {
      try {
        AttributeJsonWriter.writeItem(g, keys.get(i).attributes());
      } catch (CodecException e) {
        throw e.inside(i).inside("Keys");
      }
    }
    g.writeEndArray();
    Writes.bool(g, "ConsistentRead", k.consistentRead());
    Writes.string(g, "ProjectionExpression", k.projectionExpression());
    Writes.names(g, k.expressionAttributeNames(), Map.of());
    g.writeEndObject();
  }

  static void writeRequest(JsonGenerator g, WriteRequest w) throws IOException {
    String kind = w instanceof WriteRequest.Put ? "PutRequest" : "DeleteRequest";
    g.writeStartObject();
    g.writeObjectFieldStart(kind);
    try {
      if (w instanceof WriteRequest.Put put) {
        Writes.item(g, "Item", put.item());
      } else {
        Writes.item(g, "Key", ((WriteRequest.Delete) w).key());
      }
    } catch (CodecException e) {
      throw e.inside(kind);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static KeysAndAttributes readKeysAndAttributes(AttributeJsonReader r, CodecRegistry registry)
      throws IOException {
    JsonParser p = r.parser();
    KeysAndAttributes.Builder b = KeysAndAttributes.builder();
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "Keys" -> b.keys(Reads.list(p, () -> Reads.key(r, registry)));
            case "ConsistentRead" -> b.consistentRead(Reads.bool(p));
            case "ProjectionExpression" -> b.projectionExpression(Reads.string(p));
            case "ExpressionAttributeNames" -> b.names(Reads.map(p, () -> Reads.string(p)));
            default -> {
              return false;
            }
          }
          return true;
        });
    return b.build();
  }

  static WriteRequest readWriteRequest(AttributeJsonReader r, CodecRegistry registry)
      throws IOException {
    JsonParser p = r.parser();
    WriteRequest[] out = new WriteRequest[1];
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "PutRequest" -> out[0] = WriteRequest.put(single(r, registry, "Item").item);
            case "DeleteRequest" -> out[0] = WriteRequest.delete(single(r, registry, "Key").key);
            default -> {
              return false;
            }
          }
          return true;
        });
    if (out[0] == null) {
      throw new MalformedJsonException("write request has neither PutRequest nor DeleteRequest");
    }
    return out[0];
  }

  /** The one item or key of a PutRequest or DeleteRequest. */
  private static final class Single {
    Item item;
    Key key;
  }

  private static Single single(AttributeJsonReader r, CodecRegistry registry, String field)
      throws IOException {
    Single s = new Single();
    Reads.object(
        r.parser(),
        f -> {
          if (!f.equals(field)) {
            return false;
          }
          if (field.equals("Item")) {
            s.item = Reads.item(r, registry);
          } else {
            s.key = Reads.key(r, registry);
          }
          return true;
        });
    if (s.item == null && s.key == null) {
      throw new MalformedJsonException("write request has no " + field);
    }
    return s;
  }
}
