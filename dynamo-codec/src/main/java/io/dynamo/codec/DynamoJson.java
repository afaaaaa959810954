package io.dynamo.codec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.dynamo.codec.internal.json.AttributeJsonReader;
import io.dynamo.codec.internal.json.AttributeJsonWriter;
import io.dynamo.codec.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * DynamoDB's JSON wire format for attribute values and items, such as {@code {"S":"hello"}} and
 * {@code {"id":{"N":"1"},"tags":{"SS":["a","b"]}}}.
 *
 * <p>Writing keeps insertion order, so the same value always gives the same bytes. Reading checks
 * every value against DynamoDB's rules and reports errors with the path of the offending value,
 * such as {@code orders[3].price: expected a string for N but found a boolean}. Values under type
 * tags DynamoDB does not define are kept as {@link AttributeValue.Unknown} and written back as they
 * came.
 */
public final class DynamoJson {
  private DynamoJson() {}

  /** One attribute value as DynamoDB JSON text. */
  public static String write(AttributeValue value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      AttributeJsonWriter.writeValue(g, requireValue(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** An item as DynamoDB JSON text. */
  public static String writeItem(Map<String, AttributeValue> item) {
    return new String(writeItemBytes(item), StandardCharsets.UTF_8);
  }

  /** An item as UTF-8 DynamoDB JSON. */
  public static byte[] writeItemBytes(Map<String, AttributeValue> item) {
    if (item == null) {
      throw new InvalidAttributeValueException("item is null");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = Json.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      AttributeJsonWriter.writeItem(g, item);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Reads one attribute value from DynamoDB JSON text. */
  public static AttributeValue read(String json) {
    requireText(json);
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      return readValue(AttributeJsonReader.over(p, json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one attribute value from UTF-8 DynamoDB JSON. */
  public static AttributeValue read(byte[] json) {
    requireText(json);
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      return readValue(AttributeJsonReader.over(p, json));
    } catch (CharConversionException e) {
      throw Json.notText(e); // bytes that are not text in the encoding they begin in
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an item from DynamoDB JSON text. */
  public static Map<String, AttributeValue> readItem(String json) {
    requireText(json);
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      return readItem(AttributeJsonReader.over(p, json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an item from UTF-8 DynamoDB JSON. */
  public static Map<String, AttributeValue> readItem(byte[] json) {
    requireText(json);
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      return readItem(AttributeJsonReader.over(p, json));
    } catch (CharConversionException e) {
      throw Json.notText(e); // bytes that are not text in the encoding they begin in
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AttributeValue readValue(AttributeJsonReader reader) throws IOException {
    try {
      reader.parser().nextToken();
      AttributeValue value = reader.readValue();
      Json.expectEnd(reader.parser());
      return value;
    } catch (JsonProcessingException e) {
      throw Json.malformed(e);
    }
  }

  private static Map<String, AttributeValue> readItem(AttributeJsonReader reader)
      throws IOException {
    try {
      reader.parser().nextToken();
      Map<String, AttributeValue> item = reader.readItem();
      Json.expectEnd(reader.parser());
      return item; // already unmodifiable
    } catch (JsonProcessingException e) {
      throw Json.malformed(e);
    }
  }

  private static AttributeValue requireValue(AttributeValue value) {
    if (value == null) {
      throw new InvalidAttributeValueException("attribute value is null");
    }
    return value;
  }

  private static void requireText(Object json) {
    if (json == null) {
      throw new MalformedJsonException("JSON input is null");
    }
  }
}
