package io.dynamo.api.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamo.codec.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A response body described for an exception message without the users' data it may hold.
 *
 * <p>A JSON body is shown as its structure: field names, brackets and braces, every string, number
 * and boolean replaced by {@code …}, so that {@code {"Item":{"id":{"S":"alice"}}}} reads {@code
 * {"Item":{"id":{"S":…}}}}. An HTML page (a proxy's error page) is shown as its text without its
 * tags. Other text is quoted only if it holds nothing that looks like JSON; anything else is
 * described by its length. At most {@value #LIMIT} characters. With the system property {@code
 * io.dynamo.valuesInMessages=true}, for debugging, the start of the body is quoted as it is.
 */
public final class BodyShape {
  static final int LIMIT = 200;

  private BodyShape() {}

  /** The body described for a message. */
  public static String describe(byte[] body) {
    int start = 0;
    while (start < body.length && isBlank(body[start])) {
      start++;
    }
    if (start == body.length) {
      return body.length == 0 ? "an empty body" : "a blank body";
    }
    if (Json.valuesInMessages()) {
      return "body starts: "
          + printable(
              new String(
                  body, start, Math.min(body.length - start, LIMIT * 4), StandardCharsets.UTF_8),
              body.length - start > LIMIT);
    }
    byte first = body[start];
    if (first == '{' || first == '[') {
      return "body's structure: " + structure(body);
    }
    String text =
        new String(body, start, Math.min(body.length - start, LIMIT * 4), StandardCharsets.UTF_8);
    if (first == '<') {
      return "page's text: " + printable(withoutTags(text), body.length - start > LIMIT * 4);
    }
    if (text.indexOf('{') < 0 && text.indexOf('"') < 0 && text.indexOf('}') < 0) {
      return "body starts: " + printable(text, body.length - start > LIMIT);
    }
    return "a body of " + body.length + " bytes that is not JSON";
  }

  /** The JSON's structure up to {@link #LIMIT} characters, or up to where it stops being JSON. */
  static String structure(byte[] body) {
    StringBuilder out = new StringBuilder();
    // whether the next value or name at each level needs a comma before it
    long commas = 0;
    int depth = 0;
    try (JsonParser p = Json.FACTORY.createParser(body)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (out.length() >= LIMIT) {
          return out.append("...").toString();
        }
        boolean closing = t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY;
        boolean afterName = out.length() > 0 && out.charAt(out.length() - 1) == ':';
        if (!closing && !afterName && depth > 0 && depth < 64 && (commas & (1L << depth)) != 0) {
          out.append(',');
        }
        switch (t) {
          case START_OBJECT:
          case START_ARRAY:
            out.append(t == JsonToken.START_OBJECT ? '{' : '[');
            commas = setNeedsComma(commas, depth, true);
            depth++;
            commas = setNeedsComma(commas, depth, false);
            break;
          case END_OBJECT:
          case END_ARRAY:
            out.append(t == JsonToken.END_OBJECT ? '}' : ']');
            depth--;
            break;
          case FIELD_NAME:
            String name = p.currentName();
            out.append('"')
                .append(
                    printable(name.length() <= 40 ? name : name.substring(0, 37) + "...", false))
                .append("\":");
            commas = setNeedsComma(commas, depth, true);
            break;
          case VALUE_NULL:
            out.append("null");
            commas = setNeedsComma(commas, depth, true);
            break;
          default:
            out.append('…');
            commas = setNeedsComma(commas, depth, true);
        }
      }
      return out.toString();
    } catch (IOException | RuntimeException e) {
      return out.append(out.length() == 0 ? "" : " ").append("(then not JSON)").toString();
    }
  }

  private static long setNeedsComma(long commas, int depth, boolean needs) {
    if (depth >= 64) {
      return commas;
    }
    return needs ? commas | (1L << depth) : commas & ~(1L << depth);
  }

  private static String withoutTags(String html) {
    StringBuilder text = new StringBuilder();
    boolean inTag = false;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '<') {
        inTag = true;
        text.append(' ');
      } else if (c == '>') {
        inTag = false;
      } else if (!inTag) {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static String printable(String text, boolean more) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length() && sb.length() < LIMIT; i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    String s = sb.toString().trim().replaceAll("\\s+", " ");
    return more || text.length() > LIMIT ? s + "..." : s;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }
}
