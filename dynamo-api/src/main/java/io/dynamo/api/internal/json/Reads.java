package io.dynamo.api.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.codec.MalformedJsonException;
import io.dynamo.codec.internal.json.AttributeJsonReader;
import io.dynamo.codec.internal.json.Json;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads response JSON with a {@link JsonParser}: objects field by field (unknown fields and nulls
 * skipped), typed scalars, lists and maps. Errors carry the path of the failing value, such as
 * {@code Items[3].price}.
 */
public final class Reads {
  private Reads() {}

  /** Reads a whole body. */
  @FunctionalInterface
  public interface Body<T> {
    /** Reads the top-level object; the parser is on its START_OBJECT. */
    T read(AttributeJsonReader reader) throws IOException;
  }

  /** Handles one field of an object. */
  @FunctionalInterface
  public interface Fields {
    /** Reads field {@code name}, whose value's first token is current; returns false to skip it. */
    boolean field(String name) throws IOException;
  }

  /** Reads one element of a list or value of a map. */
  @FunctionalInterface
  public interface Element<T> {
    /** Reads the value whose first token is current. */
    T read() throws IOException;
  }

  /**
   * Runs with each read of a response on this thread, after every so many values read: throws once
   * the call's time is up. Set by the caller of {@link #parse} around it; null when none is set.
   */
  private static final ThreadLocal<Runnable> CHECKPOINT = new ThreadLocal<>();

  /** Runs {@code read} with {@code checkpoint} called while large bodies are read. */
  public static <T> T withCheckpoint(Runnable checkpoint, Element<T> read) throws IOException {
    CHECKPOINT.set(checkpoint);
    try {
      return read.read();
    } finally {
      CHECKPOINT.remove();
    }
  }

  /**
   * Parses {@code body}, which must be one JSON object (every operation that returns something
   * returns at least {@code {}}: an empty body is a broken response, not an empty result) and
   * checks nothing follows it.
   */
  public static <T> T parse(byte[] body, Body<T> reader) throws IOException {
    if (isBlank(body)) {
      throw new MalformedJsonException(
          "the body is empty; DynamoDB answers with a JSON object, {} at the least");
    }
    try (JsonParser p = Json.FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw unexpected("a JSON object", p.currentToken());
      }
      T result = reader.read(AttributeJsonReader.over(p, body, CHECKPOINT.get()));
      Json.expectEnd(p);
      return result;
    } catch (JsonProcessingException e) {
      throw Json.malformed(e);
    } catch (CharConversionException e) {
      throw Json.notText(e);
    } catch (InvalidRequestException e) {
      // a response value that breaks a rule our request records enforce
      throw new MalformedJsonException(e.getMessage(), e);
    }
  }

  /** Reads the fields of the object at the current token. */
  public static void object(JsonParser p, Fields fields) throws IOException {
    expect(p, JsonToken.START_OBJECT, "an object");
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      try {
        if (!fields.field(name)) {
          p.skipChildren();
        }
      } catch (CodecException e) {
        throw e.inside(name);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("a field name or '}'", t);
    }
  }

  /** Checks the current token opens an object, before {@link #field} is called. */
  public static void start(JsonParser p) {
    expect(p, JsonToken.START_OBJECT, "an object");
  }

  /**
   * The next field of the open object whose value is not {@code null}, with the parser on its
   * value's first token; {@code null} at the object's end.
   */
  public static String field(JsonParser p) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (p.nextToken() != JsonToken.VALUE_NULL) {
        return name;
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("a field name or '}'", t);
    }
    return null;
  }

  /** Checks the current token opens an array, before {@link #element} is called. */
  public static void startArray(JsonParser p) {
    expect(p, JsonToken.START_ARRAY, "an array");
  }

  /** Whether the parser is on a JSON {@code null}. */
  public static boolean isNull(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  /**
   * Moves to the next element of the open array: {@code false} at its end, with the parser on the
   * element's first token otherwise.
   */
  public static boolean element(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    if (t == null || t == JsonToken.END_OBJECT || t == JsonToken.FIELD_NAME) {
      throw unexpected("']'", t);
    }
    return true;
  }

  /** The base64 string at the current token as bytes. */
  public static Bytes bytes(JsonParser p) throws IOException {
    String text = string(p);
    try {
      return Bytes.fromBase64(text);
    } catch (IllegalArgumentException e) {
      throw new MalformedJsonException(
          "expected base64 but found a string of " + text.length() + " characters that is not");
    }
  }

  /** The elements of the array at the current token. */
  public static <T> List<T> list(JsonParser p, Element<T> element) throws IOException {
    expect(p, JsonToken.START_ARRAY, "an array");
    List<T> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw unexpected("']'", null);
      }
      try {
        out.add(element.read());
      } catch (CodecException e) {
        throw e.inside(out.size());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The object at the current token as a map, keeping its order. */
  public static <T> Map<String, T> map(JsonParser p, Element<T> value) throws IOException {
    Map<String, T> out = new LinkedHashMap<>();
    object(
        p,
        name -> {
          out.put(name, value.read());
          return true;
        });
    return Collections.unmodifiableMap(out);
  }

  /** The string at the current token. */
  public static String string(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_STRING, "a string");
    return p.getText();
  }

  /** The strings of the array at the current token. */
  public static List<String> strings(JsonParser p) throws IOException {
    return list(p, () -> string(p));
  }

  /** The boolean at the current token. */
  public static boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw unexpected("true or false", t);
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** The whole number at the current token, which must fit a long. */
  public static long longValue(JsonParser p) throws IOException {
    return whole(p, Long.MIN_VALUE, Long.MAX_VALUE, "a long");
  }

  /** The whole number at the current token, which must fit an int. */
  public static int intValue(JsonParser p) throws IOException {
    return (int) whole(p, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
  }

  /** The number at the current token, the nearest double (infinite beyond the range). */
  public static double doubleValue(JsonParser p) throws IOException {
    number(p);
    return p.getDoubleValue();
  }

  /**
   * A timestamp: epoch seconds with a fraction, as DynamoDB's JSON protocol sends them (a number,
   * or a string holding one as in the API model's examples), or an ISO-8601 string.
   *
   * <p>The number is read in time linear in its text whatever its exponent: {@code 1e99999999}
   * fails at once instead of being expanded to its hundred million digits.
   */
  public static Instant instant(JsonParser p) throws IOException {
    BigDecimal seconds;
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText().trim();
      try {
        if (text.length() > 1000) {
          throw new NumberFormatException();
        }
        seconds = new BigDecimal(text);
      } catch (NumberFormatException e) {
        try {
          return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e2) {
          throw new MalformedJsonException(
              "expected a timestamp (epoch seconds or ISO-8601) but found a string of "
                  + text.length()
                  + " characters that is neither");
        }
      }
    } else {
      seconds = decimal(p);
    }
    // Instants end in the year 1000000000 (about 3.2E16 seconds): seventeen digits before the
    // point at most. Checked on precision and scale alone, which costs nothing, before any
    // arithmetic that would expand the number.
    if ((long) seconds.precision() - seconds.scale() > 17) {
      throw new MalformedJsonException("timestamp is out of range (too far from 1970)");
    }
    if ((long) seconds.scale() - seconds.precision() > 10) {
      seconds = BigDecimal.ZERO; // below 1E-10 in magnitude: no nanosecond in it
    }
    try {
      if (seconds.scale() > 9) {
        seconds = seconds.setScale(9, RoundingMode.HALF_UP);
      }
      BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
      int nanos = seconds.subtract(whole).movePointRight(9).intValue();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw new MalformedJsonException("timestamp is out of range (too far from 1970)");
    }
  }

  /** An enum constant, {@code unknown} for a name this client does not know. */
  public static <E extends Enum<E>> E enumValue(
      JsonParser p, Function<String, E> valueOf, E unknown) throws IOException {
    String name = string(p);
    try {
      return valueOf.apply(name);
    } catch (IllegalArgumentException e) {
      return unknown;
    }
  }

  /** The item (map of attribute values) at the current token. */
  public static Item item(AttributeJsonReader r, CodecRegistry registry) throws IOException {
    return Item.from(r.readItem(), registry);
  }

  /** The key (map of key attribute values) at the current token. */
  public static Key key(AttributeJsonReader r, CodecRegistry registry) throws IOException {
    return Key.from(r.readItem(), registry);
  }

  /** The items of the array at the current token. */
  public static List<Item> items(AttributeJsonReader r, CodecRegistry registry) throws IOException {
    return list(r.parser(), () -> item(r, registry));
  }

  private static void number(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw unexpected("a number", t);
    }
  }

  /**
   * The number at the current token as a {@link BigDecimal}, whose scale is an int: Jackson fails
   * with a {@link NumberFormatException} on an exponent beyond it, such as {@code 1e-2147483649}.
   */
  private static BigDecimal decimal(JsonParser p) throws IOException {
    number(p);
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException e) {
      throw new MalformedJsonException("number is out of range (its exponent does not fit an int)");
    }
  }

  /**
   * A whole number within {@code min} and {@code max}. A float such as {@code 5.0} or {@code 5E3}
   * is accepted when it is whole; its size is judged from its precision and scale before it is
   * converted, so that a huge exponent costs nothing.
   */
  private static long whole(JsonParser p, long min, long max, String what) throws IOException {
    number(p);
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      long value = p.getLongValue();
      if (value >= min && value <= max) {
        return value;
      }
    } else {
      BigDecimal d = decimal(p);
      if (d.signum() == 0) {
        return 0;
      }
      if ((long) d.precision() - d.scale() <= 19 && d.scale() < 1000) {
        try {
          long value = d.longValueExact();
          if (value >= min && value <= max) {
            return value;
          }
        } catch (ArithmeticException e) {
          // not whole, or beyond a long: the error below
        }
      }
    }
    throw new MalformedJsonException("expected a whole number that fits " + what);
  }

  private static void expect(JsonParser p, JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw unexpected(what, p.currentToken());
    }
  }

  private static MalformedJsonException unexpected(String expected, JsonToken found) {
    return new MalformedJsonException(
        "expected " + expected + " but found " + Json.describe(found));
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
