package io.dynamo.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JSON trees for comparing documents structurally, independent of the code under test:
 * objects become maps (equal regardless of member order), arrays lists, strings strings, numbers
 * their text, booleans and null themselves.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTree() {}

  static Object parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON of a test resource, such as {@code /dynamodb-model/examples-1.json}. */
  static Object resource(String name) {
    try (InputStream in = JsonTree.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compact JSON text of a tree, members in the tree's order. */
  static String write(Object tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The node at a path of member names and array indexes. */
  static Object at(Object tree, Object... path) {
    Object node = tree;
    for (Object step : path) {
      node =
          step instanceof Integer
              ? ((List<?>) node).get((Integer) step)
              : ((Map<?, ?>) node).get(step);
      if (node == null) {
        throw new IllegalArgumentException("nothing at " + java.util.Arrays.toString(path));
      }
    }
    return node;
  }

  private static Object read(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, read(p));
        }
        return map;
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        return list;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Number(p.getText());
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalStateException("unexpected " + p.currentToken());
    }
  }

  private static void write(JsonGenerator g, Object tree) throws IOException {
    if (tree instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (tree instanceof List) {
      g.writeStartArray();
      for (Object e : (List<?>) tree) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (tree instanceof String) {
      g.writeString((String) tree);
    } else if (tree instanceof Number) {
      g.writeNumber(((Number) tree).text());
    } else if (tree instanceof Boolean) {
      g.writeBoolean((Boolean) tree);
    } else {
      g.writeNull();
    }
  }

  /** A JSON number, by its text. */
  record Number(String text) {}
}
