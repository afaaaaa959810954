package io.dynamo.codec.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynamo.codec.AttributeValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** DynamoDB JSON text of a value, for {@code toString()}. */
public final class JsonText {
  private JsonText() {}

  /** The value as compact DynamoDB JSON; nesting limits are not checked here. */
  public static String of(AttributeValue value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      AttributeJsonWriter.writeValueUnchecked(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The item as compact DynamoDB JSON; nesting limits are not checked here. */
  public static String ofItem(Map<String, AttributeValue> item) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      AttributeJsonWriter.writeItem(g, item, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
