package io.dynamo.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.dynamo.testkit.Violation;
import io.dynamo.testkit.Violation.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks one JSON document against a shape while streaming through it with Jackson: no tree is
 * built, each value is checked as it is read and the shape tells how to read the next one.
 */
public final class JsonValidator {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final int MAX_ECHO = 60;

  private final Function<String, Shape> shapes;
  private final Set<String> unions;
  private final boolean constraints;
  private final List<Violation> violations = new ArrayList<>();
  private JsonParser p;

  private JsonValidator(Function<String, Shape> shapes, Set<String> unions, boolean constraints) {
    this.shapes = shapes;
    this.unions = unions;
    this.constraints = constraints;
  }

  /**
   * Validates {@code json} against the shape named {@code root}, or, when {@code root} is null,
   * against "no members at all" (an operation without input or output).
   *
   * @param shapes looks shapes up by name
   * @param unions names of structures to treat as unions besides those the model marks
   * @param constraints whether to check values too (enum, length, range, pattern), or only the
   *     document's structure and types
   */
  public static List<Violation> validate(
      Function<String, Shape> shapes,
      Set<String> unions,
      boolean constraints,
      String root,
      byte[] json) {
    return new JsonValidator(shapes, unions, constraints).run(root, json);
  }

  private List<Violation> run(String root, byte[] json) {
    try (JsonParser parser = JSON.createParser(json)) {
      p = parser;
      JsonToken first = p.nextToken();
      if (first == null) {
        if (root != null) {
          add("", Rule.JSON, "the body is empty; expected a JSON object (at least {})");
        }
        return List.copyOf(violations);
      }
      if (root == null) {
        empty();
      } else {
        value(shapes.apply(root), "");
      }
      if (p.nextToken() != null) {
        add("", Rule.JSON, "trailing content after the JSON value at " + location());
      }
    } catch (JsonProcessingException e) {
      add(
          JsonPaths.of(p.getParsingContext().pathAsPointer()),
          Rule.JSON,
          "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(violations);
  }

  private void empty() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      typeMismatch("", "an empty object", null);
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      add(
          JsonPaths.child("", p.currentName()),
          Rule.UNKNOWN_MEMBER,
          "unknown member '" + p.currentName() + "': this operation has no members here");
      p.nextToken();
      p.skipChildren();
    }
  }

  private void value(Shape shape, String path) throws IOException {
    switch (shape.type()) {
      case STRUCTURE -> structure(shape, path);
      case LIST -> list(shape, path);
      case MAP -> map(shape, path);
      case STRING -> {
        if (expect(shape, path, p.currentToken() == JsonToken.VALUE_STRING)) {
          string(shape, path, p.getText());
        }
      }
      case BOOLEAN -> expect(shape, path, p.currentToken().isBoolean());
      case INTEGER, LONG -> integer(shape, path);
      case FLOAT, DOUBLE -> {
        JsonToken t = p.currentToken();
        boolean special =
            t == JsonToken.VALUE_STRING
                && Set.of("NaN", "Infinity", "-Infinity").contains(p.getText());
        if (expect(shape, path, t.isNumeric() || special) && !special) {
          range(shape, path, p.getDoubleValue());
        }
      }
      case TIMESTAMP -> expect(shape, path, p.currentToken().isNumeric());
      case BLOB -> {
        if (expect(shape, path, p.currentToken() == JsonToken.VALUE_STRING)) {
          blob(shape, path, p.getText());
        }
      }
    }
  }

  private void structure(Shape shape, String path) throws IOException {
    if (!expect(shape, path, p.currentToken() == JsonToken.START_OBJECT)) {
      return;
    }
    Set<String> present = new HashSet<>();
    List<String> set = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken token = p.nextToken();
      String memberPath = JsonPaths.child(path, name);
      String memberShape = shape.members().get(name);
      if (memberShape == null) {
        add(
            memberPath,
            Rule.UNKNOWN_MEMBER,
            "unknown member '" + name + "' of " + shape.name() + suggestion(shape, name));
        p.skipChildren();
        continue;
      }
      present.add(name);
      if (token == JsonToken.VALUE_NULL) {
        continue;
      }
      set.add(name);
      value(shapes.apply(memberShape), memberPath);
    }
    for (String required : shape.required()) {
      if (!set.contains(required)) {
        add(
            JsonPaths.child(path, required),
            Rule.REQUIRED,
            "required member of "
                + shape.name()
                + " is "
                + (present.contains(required) ? "null" : "missing"));
      }
    }
    if ((shape.union() || unions.contains(shape.name())) && set.size() != 1) {
      add(
          path,
          Rule.UNION,
          shape.name()
              + " must have exactly one member set, found "
              + (set.isEmpty() ? "none" : set.size() + ": " + String.join(", ", set))
              + " (members: "
              + String.join(", ", shape.members().keySet())
              + ")");
    }
  }

  private void list(Shape shape, String path) throws IOException {
    if (!expect(shape, path, p.currentToken() == JsonToken.START_ARRAY)) {
      return;
    }
    Shape element = shapes.apply(shape.member());
    int count = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String elementPath = path + "[" + count + "]";
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        add(elementPath, Rule.TYPE, "null is not allowed in a list of " + element.name());
      } else {
        value(element, elementPath);
      }
      count++;
    }
    size(shape, path, count, "list has " + count + (count == 1 ? " element" : " elements"));
  }

  private void map(Shape shape, String path) throws IOException {
    if (!expect(shape, path, p.currentToken() == JsonToken.START_OBJECT)) {
      return;
    }
    Shape keyShape = shapes.apply(shape.key());
    Shape valueShape = shapes.apply(shape.value());
    int count = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String entryPath = JsonPaths.child(path, key);
      string(keyShape, entryPath, key);
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        add(entryPath, Rule.TYPE, "null is not allowed as a value of " + shape.name());
      } else {
        value(valueShape, entryPath);
      }
      count++;
    }
    size(shape, path, count, "map has " + count + (count == 1 ? " entry" : " entries"));
  }

  private void string(Shape shape, String path, String text) {
    if (!constraints) {
      return;
    }
    if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(text)) {
      add(
          path,
          Rule.ENUM,
          echo(text)
              + " is not a "
              + shape.name()
              + "; allowed: "
              + String.join(", ", shape.enumValues()));
    }
    int length = text.codePointCount(0, text.length());
    size(shape, path, length, "length " + length + " of " + echo(text));
    if (shape.pattern() != null && !shape.pattern().matcher(text).matches()) {
      add(
          path,
          Rule.PATTERN,
          echo(text)
              + " does not match the "
              + shape.name()
              + " pattern "
              + shape.pattern().pattern());
    }
  }

  private void blob(Shape shape, String path, String text) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      add(
          path,
          Rule.TYPE,
          "expected "
              + shape.name()
              + " (blob) as base64, but "
              + echo(text)
              + " is not base64: "
              + e.getMessage());
      return;
    }
    size(shape, path, bytes.length, "blob of " + bytes.length + " bytes");
  }

  private void integer(Shape shape, String path) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      add(
          path,
          Rule.TYPE,
          "expected "
              + shape.name()
              + " ("
              + shape.type().modelName()
              + ") but found the decimal number "
              + p.getText());
      return;
    }
    if (!expect(shape, path, t == JsonToken.VALUE_NUMBER_INT)) {
      return;
    }
    JsonParser.NumberType kind = p.getNumberType();
    boolean fits =
        shape.type() == ShapeType.INTEGER
            ? kind == JsonParser.NumberType.INT
            : kind != JsonParser.NumberType.BIG_INTEGER;
    if (!fits) {
      add(
          path,
          Rule.RANGE,
          p.getText()
              + " does not fit in a "
              + shape.type().modelName()
              + " ("
              + shape.name()
              + ")");
      return;
    }
    range(shape, path, p.getLongValue());
  }

  private void range(Shape shape, String path, double number) throws IOException {
    if (!constraints) {
      return;
    }
    if (shape.min() != null && number < shape.min()) {
      add(
          path,
          Rule.RANGE,
          p.getText() + " is below the " + shape.name() + " minimum " + shape.min());
    }
    if (shape.max() != null && number > shape.max()) {
      add(
          path,
          Rule.RANGE,
          p.getText() + " is above the " + shape.name() + " maximum " + shape.max());
    }
  }

  private void size(Shape shape, String path, long size, String what) {
    if (!constraints) {
      return;
    }
    if (shape.min() != null && size < shape.min()) {
      add(path, Rule.LENGTH, what + ", below the " + shape.name() + " minimum " + shape.min());
    }
    if (shape.max() != null && size > shape.max()) {
      add(path, Rule.LENGTH, what + ", above the " + shape.name() + " maximum " + shape.max());
    }
  }

  /** Reports a type mismatch (and skips the value) unless {@code ok}. */
  private boolean expect(Shape shape, String path, boolean ok) throws IOException {
    if (!ok) {
      typeMismatch(path, shape.name() + " (" + shape.type().modelName() + ")", shape);
    }
    return ok;
  }

  private void typeMismatch(String path, String expected, Shape shape) throws IOException {
    JsonToken t = p.currentToken();
    String found =
        switch (t) {
          case START_OBJECT -> "an object";
          case START_ARRAY -> "an array";
          case VALUE_STRING -> "the string " + echo(p.getText());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
          case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getText();
          case VALUE_NULL -> "null";
          default -> t.toString();
        };
    String hint =
        shape != null && shape.type() == ShapeType.TIMESTAMP
            ? " (timestamps are epoch seconds as a JSON number)"
            : "";
    add(path, Rule.TYPE, "expected " + expected + " but found " + found + hint);
    p.skipChildren();
  }

  private static String suggestion(Shape shape, String name) {
    for (String member : shape.members().keySet()) {
      if (member.equalsIgnoreCase(name)) {
        return " (did you mean '" + member + "'?)";
      }
    }
    return "";
  }

  private void add(String path, Rule rule, String message) {
    violations.add(new Violation(path, rule, message));
  }

  private String location() {
    return "line "
        + p.currentLocation().getLineNr()
        + ", column "
        + p.currentLocation().getColumnNr();
  }

  private static String echo(String text) {
    String shown = text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "..." : text;
    return "'" + shown + "'";
  }
}
