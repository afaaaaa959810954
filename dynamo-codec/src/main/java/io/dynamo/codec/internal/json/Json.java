package io.dynamo.codec.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.TSFBuilder;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.dynamo.codec.InvalidAttributeValueException;
import io.dynamo.codec.MalformedJsonException;
import io.dynamo.codec.internal.Nesting;
import java.io.CharConversionException;
import java.io.IOException;

/** The one Jackson factory the library uses, and small parser helpers. */
public final class Json {
  static {
    // before anything touches Jackson: an older jackson-core gets a message, not a linkage error
    JacksonVersion.requireSupported();
  }

  /**
   * Shared, thread-safe factory. Nesting is limited above the 256 levels of maps and lists values
   * may have (two JSON levels each, plus the response around them) so that our own checks report
   * the problem with a path; strings up to twice DynamoDB's 16 MB response size; names up to
   * DynamoDB's 64 KB for an attribute name (Jackson's default stops at 50,000).
   */
  public static final JsonFactory FACTORY = factory();

  private static JsonFactory factory() {
    StreamReadConstraints.Builder limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(2 * Nesting.HELD_LIMIT + 16)
            .maxStringLength(32 * 1024 * 1024)
            .maxNumberLength(1000);
    if (JacksonVersion.atLeast(2, 16)) {
      // names up to DynamoDB's 64 KB (Jackson 2.16 and later stop at 50,000 by default; older
      // versions have no limit on names)
      limits.maxNameLength(64 * 1024);
    }
    TSFBuilder<?, ?> builder = JsonFactory.builder().streamReadConstraints(limits.build());
    if (JacksonVersion.atLeast(2, 18)) {
      // characters beyond U+FFFF as 4 UTF-8 bytes, as the text form writes them, rather than as an
      // escaped surrogate pair: a value gives the same JSON as String and as byte[]. Older
      // versions lack the feature and write the escaped pair, which is the same JSON value.
      builder.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }
    return builder.build();
  }

  private Json() {}

  /**
   * Whether messages may quote users' values: only with the system property {@code
   * io.dynamo.valuesInMessages=true}, for debugging.
   */
  public static boolean valuesInMessages() {
    return io.dynamo.codec.internal.Shown.quotesValues();
  }

  /** A readable name for a token, for error messages. */
  public static String describe(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "'}'";
      case END_ARRAY:
        return "']'";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case FIELD_NAME:
        return "a field name";
      default:
        return token.toString();
    }
  }

  /**
   * Converts Jackson's syntax error into ours, keeping the line and column but not the input:
   * Jackson quotes the token it tripped over, which may be a user's value, so quoted text longer
   * than a character is left out of the message.
   */
  public static MalformedJsonException malformed(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String at =
        where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    // not chained: Jackson's exception quotes the token in its own message and stack trace
    return new MalformedJsonException(
        "invalid JSON" + at + ": " + withoutQuotedText(e.getOriginalMessage()));
  }

  /**
   * The error for bytes that are not text in the Unicode encoding Jackson takes them for (UTF-8, or
   * UTF-16 or UTF-32 by their first four bytes). Jackson's {@link CharConversionException} is an
   * {@link IOException} but not a {@link JsonProcessingException}, and its message quotes the
   * offending character code, so neither is kept.
   */
  public static MalformedJsonException notText(CharConversionException e) {
    return new MalformedJsonException(
        "invalid JSON: the bytes are not text in the encoding they begin in (UTF-8, UTF-16 or"
            + " UTF-32)");
  }

  /**
   * {@code message} with every 'quoted text' of two or more characters but JSON's literals replaced
   * by '…'.
   */
  static String withoutQuotedText(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(message.length());
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      int close = c == '\'' ? message.indexOf('\'', i + 1) : -1;
      if (close > i + 2) {
        String quoted = message.substring(i + 1, close);
        boolean literal = quoted.equals("null") || quoted.equals("true") || quoted.equals("false");
        out.append('\'').append(literal ? quoted : "…").append('\'');
        i = close + 1;
      } else if (close > i) {
        out.append(message, i, close + 1); // one character, or none: kept
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Fails unless the parser has reached the end of its input. */
  public static void expectEnd(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t != null) {
      throw new MalformedJsonException(
          "found " + describe(t) + " after the end of the JSON value; expected the end of input");
    }
  }

  /**
   * Fails unless {@code json} is exactly one well-formed JSON value, so that it can be written into
   * a document as it is.
   */
  public static void requireSingleValue(String json, String what) {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() == null) {
        throw new InvalidAttributeValueException(what + " is empty; it must be one JSON value");
      }
      p.skipChildren();
      if (p.nextToken() != null) {
        throw new InvalidAttributeValueException(
            what + " holds more than one JSON value; it must be exactly one");
      }
    } catch (JsonProcessingException e) {
      throw new InvalidAttributeValueException(
          what + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
