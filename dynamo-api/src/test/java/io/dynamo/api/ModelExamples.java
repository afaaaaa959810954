package io.dynamo.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamo.codec.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The input and output JSON of the first example of an operation in the model's examples file. */
final class ModelExamples {
  private static final byte[] FILE = load();

  private ModelExamples() {}

  static String input(String operation) {
    return member(operation, "input");
  }

  static String output(String operation) {
    return member(operation, "output");
  }

  private static String member(String operation, String member) {
    try (JsonParser p = Json.FACTORY.createParser(FILE)) {
      p.nextToken();
      enter(p, "examples");
      enter(p, operation);
      if (p.nextToken() != JsonToken.START_OBJECT) { // the first example of the array
        throw new AssertionError("no example for " + operation);
      }
      enter(p, member);
      StringWriter out = new StringWriter();
      try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
        g.copyCurrentStructure(p);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves to the value of {@code field} in the current object. */
  private static void enter(JsonParser p, String field) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals(field)) {
        return;
      }
      p.skipChildren();
    }
    throw new AssertionError("no member " + field);
  }

  private static byte[] load() {
    try (InputStream in = ModelExamples.class.getResourceAsStream("examples-1.json")) {
      if (in == null) {
        throw new AssertionError("examples-1.json is missing from the test resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
