package io.dynamo.api.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.model.DynamoEnum;
import io.dynamo.codec.AttributeMap;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.internal.json.AttributeJsonWriter;
import io.dynamo.codec.internal.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Writes request JSON straight to bytes with a {@link JsonGenerator}. Absent (null or empty)
 * optional members are left out, as DynamoDB rejects some empty ones.
 */
public final class Writes {
  private Writes() {}

  /** Writes the members of the request object. */
  @FunctionalInterface
  public interface Body {
    /** Writes members into the open object. */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * The JSON object {@code body} writes, as UTF-8 bytes. A value that cannot be written (nested too
   * deep) becomes an {@link InvalidRequestException} naming the member and the path.
   */
  public static byte[] object(Body body) throws IOException {
    ByteArrayBuilder out = new ByteArrayBuilder(256);
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (CodecException e) {
      String top = Check.topMember(e.path());
      throw new InvalidRequestException(top.isEmpty() ? "request" : top, e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** A timestamp as DynamoDB writes it: seconds since 1970 with up to nine decimals. */
  public static void instant(JsonGenerator g, Instant value) throws IOException {
    BigDecimal seconds =
        BigDecimal.valueOf(value.getEpochSecond())
            .add(BigDecimal.valueOf(value.getNano(), 9))
            .stripTrailingZeros();
    g.writeNumber(seconds.toPlainString()); // 1700000000, never 1.7E+9
  }

  /** One attribute value; errors get {@code field} prefixed. */
  public static void value(JsonGenerator g, String field, AttributeValue value) throws IOException {
    try {
      AttributeJsonWriter.writeValue(g, value);
    } catch (CodecException e) {
      throw e.inside(field);
    }
  }

  /** {@code "name":"VALUE"} unless value is null. */
  public static void enumValue(JsonGenerator g, String name, DynamoEnum value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value.value());
    }
  }

  /** {@code "name":"value"} unless value is null. */
  public static void string(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  /** {@code "name":"VALUE"} unless value is null. */
  public static void enumValue(JsonGenerator g, String name, Enum<?> value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value.name());
    }
  }

  /** {@code "name":true|false} unless value is null. */
  public static void bool(JsonGenerator g, String name, Boolean value) throws IOException {
    if (value != null) {
      g.writeBooleanField(name, value);
    }
  }

  /** {@code "name":n} unless value is null. */
  public static void number(JsonGenerator g, String name, Long value) throws IOException {
    if (value != null) {
      g.writeNumberField(name, value);
    }
  }

  /** {@code "name":n} unless value is null. */
  public static void number(JsonGenerator g, String name, Integer value) throws IOException {
    if (value != null) {
      g.writeNumberField(name, value);
    }
  }

  /** {@code "name":["a","b"]} unless empty. */
  public static void strings(JsonGenerator g, String name, Collection<String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** {@code "name":{attributes}} unless the item or key is null. */
  public static void item(JsonGenerator g, String name, AttributeMap item) throws IOException {
    if (item != null) {
      g.writeFieldName(name);
      attributes(g, name, item.attributes());
    }
  }

  /** An item's or key's attributes as an object; errors get {@code field} prefixed. */
  public static void attributes(JsonGenerator g, String field, Map<String, AttributeValue> item)
      throws IOException {
    try {
      AttributeJsonWriter.writeItem(g, item);
    } catch (CodecException e) {
      throw e.inside(field);
    }
  }

  /** The options of the single-item writes, each unless null. */
  public static void returns(
      JsonGenerator g,
      Enum<?> returnValues,
      DynamoEnum consumedCapacity,
      Enum<?> itemCollectionMetrics,
      DynamoEnum onConditionCheckFailure)
      throws IOException {
    enumValue(g, "ReturnValues", returnValues);
    enumValue(g, "ReturnConsumedCapacity", consumedCapacity);
    enumValue(g, "ReturnItemCollectionMetrics", itemCollectionMetrics);
    enumValue(g, "ReturnValuesOnConditionCheckFailure", onConditionCheckFailure);
  }

  /** ExpressionAttributeNames and ExpressionAttributeValues, each unless empty. */
  public static void names(
      JsonGenerator g, Map<String, String> names, Map<String, AttributeValue> values)
      throws IOException {
    if (!names.isEmpty()) {
      g.writeObjectFieldStart("ExpressionAttributeNames");
      for (Map.Entry<String, String> e : names.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    if (!values.isEmpty()) {
      g.writeFieldName("ExpressionAttributeValues");
      attributes(g, "ExpressionAttributeValues", values);
    }
  }
}
