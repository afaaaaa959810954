package io.dynamo.codec.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.InvalidAttributeValueException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes attribute values as DynamoDB JSON straight into a {@link JsonGenerator}.
 *
 * <p>Checks DynamoDB's nesting limit (32 levels of maps and lists) and that strings and names are
 * valid Unicode on the way; errors carry the path of the offending value.
 */
public final class AttributeJsonWriter {
  /** Deepest nesting of maps and lists DynamoDB accepts. */
  public static final int MAX_DEPTH = io.dynamo.codec.internal.Nesting.WRITE_LIMIT;

  private static final SerializedString S = new SerializedString("S");
  private static final SerializedString N = new SerializedString("N");
  private static final SerializedString B = new SerializedString("B");
  private static final SerializedString SS = new SerializedString("SS");
  private static final SerializedString NS = new SerializedString("NS");
  private static final SerializedString BS = new SerializedString("BS");
  private static final SerializedString M = new SerializedString("M");
  private static final SerializedString L = new SerializedString("L");
  private static final SerializedString BOOL = new SerializedString("BOOL");
  private static final SerializedString NULL = new SerializedString("NULL");

  private AttributeJsonWriter() {}

  /** Writes an item (a map of attribute names to values) as a JSON object. */
  public static void writeItem(JsonGenerator g, Map<String, AttributeValue> item)
      throws IOException {
    writeItem(g, item, true);
  }

  static void writeItem(JsonGenerator g, Map<String, AttributeValue> item, boolean check)
      throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      writeName(g, e.getKey(), check);
      try {
        write(g, e.getValue(), 0, check);
      } catch (CodecException ex) {
        throw ex.inside(e.getKey());
      }
    }
    g.writeEndObject();
  }

  /** Writes one value, checking the nesting limit. */
  public static void writeValue(JsonGenerator g, AttributeValue value) throws IOException {
    write(g, value, 0, true);
  }

  /** Writes one value without checking limits (for display). */
  static void writeValueUnchecked(JsonGenerator g, AttributeValue value) throws IOException {
    write(g, value, 0, false);
  }

  private static void write(JsonGenerator g, AttributeValue v, int depth, boolean check)
      throws IOException {
    g.writeStartObject();
    switch (v.type()) {
      case S:
        g.writeFieldName(S);
        writeText(g, ((AttributeValue.S) v).value(), check);
        break;
      case N:
        g.writeFieldName(N);
        g.writeString(((AttributeValue.N) v).value());
        break;
      case B:
        g.writeFieldName(B);
        writeBytes(g, ((AttributeValue.B) v).value());
        break;
      case SS:
        g.writeFieldName(SS);
        g.writeStartArray();
        int i = 0;
        for (String s : ((AttributeValue.SS) v).values()) {
          try {
            writeText(g, s, check);
          } catch (CodecException ex) {
            throw ex.inside(i);
          }
          i++;
        }
        g.writeEndArray();
        break;
      case NS:
        g.writeFieldName(NS);
        g.writeStartArray();
        for (String s : ((AttributeValue.NS) v).values()) {
          g.writeString(s);
        }
        g.writeEndArray();
        break;
      case BS:
        g.writeFieldName(BS);
        g.writeStartArray();
        for (Bytes b : ((AttributeValue.BS) v).values()) {
          writeBytes(g, b);
        }
        g.writeEndArray();
        break;
      case M:
        checkDepth(depth, check);
        g.writeFieldName(M);
        writeMap(g, ((AttributeValue.M) v).values(), depth + 1, check);
        break;
      case L:
        checkDepth(depth, check);
        g.writeFieldName(L);
        writeList(g, ((AttributeValue.L) v).values(), depth + 1, check);
        break;
      case BOOL:
        g.writeFieldName(BOOL);
        g.writeBoolean(((AttributeValue.Bool) v).value());
        break;
      case NULL:
        g.writeFieldName(NULL);
        g.writeBoolean(true);
        break;
      case UNKNOWN:
        AttributeValue.Unknown u = (AttributeValue.Unknown) v;
        writeName(g, u.tag(), check);
        if (check) {
          checkUnicode(u.json(), "value");
        }
        g.writeRawValue(u.json());
        break;
      default:
        throw new IllegalStateException("unhandled type " + v.type());
    }
    g.writeEndObject();
  }

  private static void writeMap(
      JsonGenerator g, Map<String, AttributeValue> values, int depth, boolean check)
      throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
      writeName(g, e.getKey(), check);
      try {
        write(g, e.getValue(), depth, check);
      } catch (CodecException ex) {
        throw ex.inside(e.getKey());
      }
    }
    g.writeEndObject();
  }

  private static void writeList(
      JsonGenerator g, List<AttributeValue> values, int depth, boolean check) throws IOException {
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      try {
        write(g, values.get(i), depth, check);
      } catch (CodecException ex) {
        throw ex.inside(i);
      }
    }
    g.writeEndArray();
  }

  private static void writeBytes(JsonGenerator g, Bytes bytes) throws IOException {
    g.writeString(bytes.toBase64());
  }

  private static void writeText(JsonGenerator g, String text, boolean check) throws IOException {
    if (check) {
      checkUnicode(text, "string");
    }
    g.writeString(text);
  }

  private static void writeName(JsonGenerator g, String name, boolean check) throws IOException {
    if (check) {
      try {
        checkUnicode(name, "name");
      } catch (CodecException e) {
        throw e.inside(name);
      }
    }
    g.writeFieldName(name);
  }

  /**
   * DynamoDB stores text as UTF-8, which cannot hold a lone surrogate; Jackson would write one as
   * an escape that its own UTF-8 parser rejects in names, and {@code String.getBytes} would turn it
   * into '?'. Failing here names the value instead of corrupting it.
   */
  private static void checkUnicode(String text, String what) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          throw new InvalidAttributeValueException(
              String.format(
                  "%s has an unpaired surrogate \\u%04X at index %d; DynamoDB text must be valid"
                      + " Unicode (UTF-8)",
                  what, (int) c, i));
        }
      }
    }
  }

  private static void checkDepth(int depth, boolean check) {
    if (check && depth >= MAX_DEPTH) {
      throw new InvalidAttributeValueException(
          "nesting of maps and lists is deeper than DynamoDB's limit of " + MAX_DEPTH + " levels");
    }
  }
}
