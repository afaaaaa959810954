package io.dynamo.codec.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.MalformedJsonException;
import io.dynamo.codec.internal.FrozenList;
import io.dynamo.codec.internal.FrozenMap;
import io.dynamo.codec.internal.Nesting;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads DynamoDB JSON attribute values from a {@link JsonParser}.
 *
 * <p>One reader serves one parse of one input. It knows the input's text so that a value under an
 * unknown type tag can be kept as the exact JSON it arrived as. Errors carry the path of the
 * offending value.
 */
public final class AttributeJsonReader {
  /** Values read between two calls of the checkpoint. */
  static final int CHECKPOINT_EVERY = 1024;

  private final JsonParser p;
  private final byte[] sourceBytes;
  private final String sourceText;
  private final Runnable checkpoint;
  private int untilCheckpoint = CHECKPOINT_EVERY;

  private AttributeJsonReader(
      JsonParser p, byte[] sourceBytes, String sourceText, Runnable checkpoint) {
    this.p = p;
    this.sourceBytes = sourceBytes;
    this.sourceText = sourceText;
    this.checkpoint = checkpoint;
  }

  /** A reader for a parser over {@code source}, which must be the parser's whole input. */
  public static AttributeJsonReader over(JsonParser p, byte[] source) {
    return new AttributeJsonReader(p, source, null, null);
  }

  /**
   * As {@link #over(JsonParser, byte[])}, running {@code checkpoint} after every {@value
   * #CHECKPOINT_EVERY} values read, so that reading a large body can be stopped (the checkpoint
   * throws) when its time is up.
   */
  public static AttributeJsonReader over(JsonParser p, byte[] source, Runnable checkpoint) {
    return new AttributeJsonReader(p, source, null, checkpoint);
  }

  /** A reader for a parser over {@code source}, which must be the parser's whole input. */
  public static AttributeJsonReader over(JsonParser p, String source) {
    return new AttributeJsonReader(p, null, source, null);
  }

  /** The parser this reader reads from. */
  public JsonParser parser() {
    return p;
  }

  /**
   * Reads an item: the current token must be the START_OBJECT of a map from attribute names to
   * attribute values. Leaves the parser on the matching END_OBJECT.
   */
  public Map<String, AttributeValue> readItem() throws IOException {
    expect(JsonToken.START_OBJECT, "an object of attribute names to attribute values");
    return readMapBody(0);
  }

  /**
   * Reads one attribute value: the current token must be its START_OBJECT. Leaves the parser on the
   * value's END_OBJECT.
   */
  public AttributeValue readValue() throws IOException {
    return readValue(0);
  }

  private AttributeValue readValue(int depth) throws IOException {
    if (--untilCheckpoint == 0) {
      untilCheckpoint = CHECKPOINT_EVERY;
      if (checkpoint != null) {
        checkpoint.run();
      }
    }
    expect(JsonToken.START_OBJECT, "an attribute value such as {\"S\":\"text\"}");
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      throw new MalformedJsonException(
          "attribute value has no type tag; expected one of S, N, B, SS, NS, BS, M, L, BOOL, NULL");
    }
    String tag = p.currentName();
    JsonToken t = p.nextToken();
    AttributeValue value = readTagged(tag, t, depth);
    JsonToken after = p.nextToken();
    if (after == JsonToken.FIELD_NAME) {
      throw new MalformedJsonException(
          "attribute value has more than one type tag ("
              + tag
              + " and "
              + p.currentName()
              + "); it must have exactly one");
    }
    if (after != JsonToken.END_OBJECT) {
      throw unexpected("'}'", after);
    }
    return value;
  }

  private AttributeValue readTagged(String tag, JsonToken t, int depth) throws IOException {
    switch (tag) {
      case "S":
        return new AttributeValue.S(string(tag, t));
      case "N":
        return new AttributeValue.N(number(tag, t));
      case "B":
        return new AttributeValue.B(bytes(string(tag, t)));
      case "SS":
        return AttributeValue.ss(stringArray(tag, t, false));
      case "NS":
        return AttributeValue.ns(stringArray(tag, t, true));
      case "BS":
        {
          List<String> texts = stringArray(tag, t, false);
          List<Bytes> members = new ArrayList<>(texts.size());
          for (int i = 0; i < texts.size(); i++) {
            try {
              members.add(bytes(texts.get(i)));
            } catch (CodecException e) {
              throw e.inside(i);
            }
          }
          return AttributeValue.bs(members);
        }
      case "M":
        checkDepth(depth);
        if (t != JsonToken.START_OBJECT) {
          throw unexpected("an object for M", t);
        }
        return new AttributeValue.M(readMapBody(depth + 1));
      case "L":
        checkDepth(depth);
        if (t != JsonToken.START_ARRAY) {
          throw unexpected("an array for L", t);
        }
        return new AttributeValue.L(readListBody(depth + 1));
      case "BOOL":
        if (t == JsonToken.VALUE_TRUE) {
          return AttributeValue.Bool.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
          return AttributeValue.Bool.FALSE;
        }
        throw unexpected("true or false for BOOL", t);
      case "NULL":
        if (t == JsonToken.VALUE_TRUE) {
          return AttributeValue.Null.INSTANCE;
        }
        throw unexpected("true for NULL (NULL must be true)", t);
      default:
        return new AttributeValue.Unknown(tag, raw(t));
    }
  }

  private Map<String, AttributeValue> readMapBody(int depth) throws IOException {
    LinkedHashMap<String, AttributeValue> map = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      try {
        p.nextToken();
        if (map.put(name, readValue(depth)) != null) {
          // checked here rather than by Jackson, which would keep a set of names per object
          throw new MalformedJsonException(
              "the name appears twice in one map; names in a map must be distinct");
        }
      } catch (CodecException e) {
        throw e.inside(name);
      } catch (JsonProcessingException e) {
        throw Json.malformed(e).inside(name);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("a field name or '}'", t);
    }
    return FrozenMap.of(map);
  }

  /** Errors, syntax errors between elements included, name the index of the element sought. */
  private List<AttributeValue> readListBody(int depth) throws IOException {
    List<AttributeValue> list = new ArrayList<>();
    while (true) {
      try {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          return FrozenList.of(list);
        }
        if (t == null) {
          throw unexpected("']'", null);
        }
        list.add(readValue(depth));
      } catch (CodecException e) {
        throw e.inside(list.size());
      } catch (JsonProcessingException e) {
        throw Json.malformed(e).inside(list.size());
      }
    }
  }

  private List<String> stringArray(String tag, JsonToken t, boolean numbers) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      throw unexpected("an array of strings for " + tag, t);
    }
    List<String> values = new ArrayList<>();
    while (true) {
      try {
        JsonToken e = p.nextToken();
        if (e == JsonToken.END_ARRAY) {
          return values;
        }
        values.add(numbers ? number(tag, e) : string(tag, e));
      } catch (CodecException ex) {
        throw ex.inside(values.size());
      } catch (JsonProcessingException ex) {
        throw Json.malformed(ex).inside(values.size());
      }
    }
  }

  private String string(String tag, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw unexpected("a string for " + tag, t);
    }
    return p.getText();
  }

  /** DynamoDB sends numbers as strings; JSON numbers are accepted too, by their exact text. */
  private String number(String tag, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING
        || t == JsonToken.VALUE_NUMBER_INT
        || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getText();
    }
    throw unexpected("a number string for " + tag, t);
  }

  private static Bytes bytes(String base64) {
    return Bytes.fromBase64(base64);
  }

  /** The exact input text of the value at the current token, which starts it. */
  private String raw(JsonToken t) throws IOException {
    if (t == null) {
      throw unexpected("a value", null);
    }
    if (t.isScalarValue() && t != JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY && t != JsonToken.VALUE_STRING) {
      throw unexpected("a value", t);
    }
    if (sourceBytes != null && p.currentTokenLocation().getByteOffset() < 0) {
      // bytes the parser decoded as UTF-16 or UTF-32 have no UTF-8 offsets to cut the text at
      return copied();
    }
    int start = offset(p.currentTokenLocation());
    int end;
    if (t == JsonToken.VALUE_STRING) {
      p.getText(); // reads the whole string: Jackson fails here if the input ends inside it
      end = endOfString(start);
    } else {
      p.skipChildren();
      end = offset(p.currentTokenLocation()) + 1;
    }
    return sourceBytes != null
        ? new String(sourceBytes, start, end - start, StandardCharsets.UTF_8)
        : sourceText.substring(start, end);
  }

  /** The value at the current token written out again from its tokens, as compact JSON. */
  private String copied() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      g.copyCurrentStructure(p);
    }
    return out.toString();
  }

  private int offset(JsonLocation location) {
    long offset = sourceBytes != null ? location.getByteOffset() : location.getCharOffset();
    return (int) offset;
  }

  /**
   * Index just past the closing quote of the string whose opening quote is at {@code start}, which
   * the parser has read whole (a source that is not the parser's input fails cleanly).
   */
  private int endOfString(int start) {
    int length = sourceBytes != null ? sourceBytes.length : sourceText.length();
    int i = start + 1;
    while (i < length) {
      int c = sourceBytes != null ? sourceBytes[i] : sourceText.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      i += c == '\\' ? 2 : 1;
    }
    throw new MalformedJsonException("a string under an unknown type tag does not end");
  }

  private void expect(JsonToken expected, String what) {
    if (p.currentToken() != expected) {
      throw unexpected(what, p.currentToken());
    }
  }

  /**
   * Values deeper than DynamoDB's limit are read (a DynamoDB-compatible server may store them), up
   * to the limit every value of this library keeps.
   */
  private static void checkDepth(int depth) {
    if (depth >= Nesting.HELD_LIMIT) {
      throw Nesting.tooDeep();
    }
  }

  private static MalformedJsonException unexpected(String expected, JsonToken found) {
    return new MalformedJsonException(
        "expected " + expected + " but found " + Json.describe(found));
  }
}
