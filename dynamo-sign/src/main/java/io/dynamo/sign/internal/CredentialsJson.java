package io.dynamo.sign.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the credentials JSON that container endpoints and the EC2 instance metadata service return:
 * {@code AccessKeyId}, {@code SecretAccessKey}, {@code Token}, {@code Expiration}, and from IMDS
 * {@code Code}. Other members are ignored.
 *
 * <p>Jackson's own messages are not passed on (nor chained as causes): for malformed input they
 * quote the offending token, which may be part of a secret. Messages give the line and column.
 */
public final class CredentialsJson {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private CredentialsJson() {}

  /**
   * Parses credentials.
   *
   * @param source where the JSON came from, for messages
   * @throws CredentialsException if the JSON is malformed or lacks a member
   */
  public static Credentials parse(byte[] json, String source) {
    String id = null;
    String secret = null;
    String token = null;
    String expiration = null;
    String code = null;
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new CredentialsException(source + " did not return a JSON object");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        String text = v == JsonToken.VALUE_NULL ? null : p.getText();
        switch (name) {
          case "AccessKeyId" -> id = text;
          case "SecretAccessKey" -> secret = text;
          case "Token" -> token = text;
          case "Expiration" -> expiration = text;
          case "Code" -> code = text;
          default -> {}
        }
      }
      if (t != JsonToken.END_OBJECT) {
        throw new CredentialsException(source + " returned malformed JSON");
      }
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new CredentialsException(
          source
              + " returned malformed JSON"
              + (loc == null
                  ? ""
                  : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new CredentialsException(source + " returned unreadable JSON");
    }
    if (code != null && !code.equals("Success")) {
      throw new CredentialsException(
          source + " answered Code '" + printable(code) + "' instead of Success");
    }
    if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
      throw new CredentialsException(
          source
              + " returned JSON without "
              + (id == null || id.isBlank() ? "AccessKeyId" : "SecretAccessKey"));
    }
    return Credentials.of(
        id, secret, token, expiration == null ? null : instant(expiration, source));
  }

  /**
   * Reads a JSON object's scalar members as text, members of nested objects as {@code outer.inner};
   * arrays are skipped. For the JSON of credential processes and SSO.
   *
   * @param source where the JSON came from, for messages
   * @throws CredentialsException if the JSON is malformed or not an object
   */
  public static java.util.Map<String, String> fields(byte[] json, String source) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new CredentialsException(source + " did not return a JSON object");
      }
      readObject(p, "", out, 0);
      if (p.nextToken() != null) {
        throw new CredentialsException(source + " returned more than one JSON value");
      }
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new CredentialsException(
          source
              + " returned malformed JSON"
              + (loc == null
                  ? ""
                  : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new CredentialsException(source + " returned unreadable JSON");
    }
    return out;
  }

  private static void readObject(
      JsonParser p, String prefix, java.util.Map<String, String> out, int depth)
      throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = prefix + p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_OBJECT && depth < 4) {
        readObject(p, name + ".", out, depth + 1);
      } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
        p.skipChildren();
      } else if (v != JsonToken.VALUE_NULL) {
        out.putIfAbsent(name, p.getText());
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new IOException("not an object");
    }
  }

  /** Parses an ISO-8601 time, with or without offset; {@code source} names it in messages. */
  public static Instant time(String text, String source) {
    return instant(text, source);
  }

  private static Instant instant(String text, String source) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e2) {
        throw new CredentialsException(
            source + " returned an Expiration that is not an ISO-8601 time: " + printable(text));
      }
    }
  }

  private static String printable(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
