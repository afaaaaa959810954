package io.dynamo.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads an AWS service model ({@code service-2.json}) with Jackson's streaming parser, keeping
 * metadata, operations and the validation-relevant parts of shapes, and skipping documentation.
 */
public final class ModelReader {
  private static final JsonFactory JSON = new JsonFactory();

  private ModelReader() {}

  /** Reads a whole model; the stream is not closed. */
  public static ModelData read(InputStream in) throws IOException {
    try (JsonParser p = JSON.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      Map<String, String> metadata = Map.of();
      Map<String, ModelData.Operation> operations = new LinkedHashMap<>();
      Map<String, Shape> shapes = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "metadata" -> metadata = strings(p);
          case "operations" -> {
            expect(p, value, JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              operations.put(name, operation(p, name));
            }
          }
          case "shapes" -> {
            expect(p, value, JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              shapes.put(name, shape(p, name));
            }
          }
          default -> p.skipChildren();
        }
      }
      return new ModelData(
          metadata.getOrDefault("targetPrefix", ""),
          metadata.getOrDefault("apiVersion", ""),
          metadata.getOrDefault("serviceId", ""),
          Collections.unmodifiableMap(operations),
          Collections.unmodifiableMap(shapes));
    }
  }

  private static Map<String, String> strings(JsonParser p) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT);
    Map<String, String> values = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (p.nextToken() == JsonToken.VALUE_STRING) {
        values.put(name, p.getText());
      } else {
        p.skipChildren();
      }
    }
    return values;
  }

  private static ModelData.Operation operation(JsonParser p, String name) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT);
    String input = null;
    String output = null;
    List<String> errors = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "input" -> input = shapeRef(p);
        case "output" -> output = shapeRef(p);
        case "errors" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            errors.add(shapeRef(p));
          }
        }
        default -> p.skipChildren();
      }
    }
    return new ModelData.Operation(name, input, output, List.copyOf(errors));
  }

  /** Reads {@code {"shape": "Name", ...}} and returns the name. */
  private static String shapeRef(JsonParser p) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT);
    String shape = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("shape")) {
        shape = p.getText();
      } else {
        p.skipChildren();
      }
    }
    if (shape == null) {
      throw new IOException("A shape reference without 'shape' at " + p.currentLocation());
    }
    return shape;
  }

  private static Shape shape(JsonParser p, String name) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT);
    ShapeType type = null;
    Map<String, String> members = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    String member = null;
    String key = null;
    String value = null;
    Long min = null;
    Long max = null;
    List<String> enumValues = new ArrayList<>();
    Pattern pattern = null;
    boolean union = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      switch (field) {
        case "type" -> type = ShapeType.from(p.getText());
        case "members" -> {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String memberName = p.currentName();
            p.nextToken();
            members.put(memberName, shapeRef(p));
          }
        }
        case "required" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            required.add(p.getText());
          }
        }
        case "member" -> member = shapeRef(p);
        case "key" -> key = shapeRef(p);
        case "value" -> value = shapeRef(p);
        case "min" -> min = p.getValueAsLong();
        case "max" -> max = p.getValueAsLong();
        case "enum" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            enumValues.add(p.getText());
          }
        }
        case "pattern" -> pattern = compile(name, p.getText());
        case "union" -> union = token == JsonToken.VALUE_TRUE;
        default -> p.skipChildren();
      }
    }
    if (type == null) {
      throw new IOException("Shape " + name + " has no type");
    }
    return new Shape(
        name,
        type,
        Collections.unmodifiableMap(members),
        Collections.unmodifiableSet(required),
        member,
        key,
        value,
        min,
        max,
        List.copyOf(enumValues),
        pattern,
        union);
  }

  private static Pattern compile(String shape, String regex) throws IOException {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IOException("Shape " + shape + " has a pattern Java cannot compile: " + regex, e);
    }
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken expected)
      throws IOException {
    if (actual != expected) {
      throw new IOException(
          "Expected " + expected + " but found " + actual + " at " + p.currentLocation());
    }
  }
}
