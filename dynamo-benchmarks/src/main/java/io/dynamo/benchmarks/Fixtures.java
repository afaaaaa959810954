package io.dynamo.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The canned data both clients see: the request contents (table, key, credentials) and
 * DynamoDB-shaped response bodies and headers, built once from the item in {@code item.json} (11
 * attributes: strings, numbers, a boolean, a nested map, a list and a string set).
 *
 * <p>Only JDK types here, so that loading the fixtures warms up neither client (see {@link
 * ColdStartBenchmark}).
 */
final class Fixtures {
  static final String REGION = "us-east-1";
  static final String ACCESS_KEY = "AKIDEXAMPLE";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

  static final String TABLE = "users";
  static final String PK = "pk";
  static final String SK = "sk";
  static final String PK_VALUE = "user#42";
  static final String SK_VALUE = "profile";
  static final String KEY_CONDITION = "#pk = :pk";
  static final int PAGE_SIZE = 25;

  static final String GET_ITEM = "DynamoDB_20120810.GetItem";
  static final String PUT_ITEM = "DynamoDB_20120810.PutItem";
  static final String QUERY = "DynamoDB_20120810.Query";

  /** The item as compact DynamoDB JSON. */
  static final String ITEM_JSON = compact(resource("item.json"));

  static final byte[] GET_ITEM_RESPONSE = utf8("{\"Item\":" + ITEM_JSON + "}");
  static final byte[] PUT_ITEM_RESPONSE = utf8("{}");
  static final byte[] QUERY_RESPONSE = utf8(queryPage());

  /** The canned response bodies by X-Amz-Target. */
  static final Map<String, byte[]> RESPONSES =
      Map.of(GET_ITEM, GET_ITEM_RESPONSE, PUT_ITEM, PUT_ITEM_RESPONSE, QUERY, QUERY_RESPONSE);

  private Fixtures() {}

  /**
   * The headers DynamoDB sends with {@code body}, in its order, with a correct {@code x-amz-crc32}
   * (as name, value pairs). Content-Length is left to the loopback server, which sets it itself.
   */
  static List<String[]> headers(byte[] body, boolean withContentLength) {
    CRC32 crc = new CRC32();
    crc.update(body);
    String requestId = "8Q0P5VK5ML3S4BKUC9OG1QDAQBVV4KQNSO5AEMVJF66Q9ASUAAJG";
    List<String[]> headers =
        new java.util.ArrayList<>(
            List.of(
                new String[] {"Server", "Server"},
                new String[] {"Date", "Thu, 01 Jan 2026 00:00:00 GMT"},
                new String[] {"Content-Type", "application/x-amz-json-1.0"},
                new String[] {"Connection", "keep-alive"},
                new String[] {"x-amzn-RequestId", requestId},
                new String[] {"x-amz-crc32", Long.toString(crc.getValue())}));
    if (withContentLength) {
      headers.add(3, new String[] {"Content-Length", Integer.toString(body.length)});
    }
    return headers;
  }

  /** A Query page: PAGE_SIZE copies of the item with sort keys order#0001..., and a next key. */
  private static String queryPage() {
    String skField = "\"sk\":{\"S\":\"" + SK_VALUE + "\"}";
    if (!ITEM_JSON.contains(skField)) {
      throw new IllegalStateException("item.json has no " + skField);
    }
    StringBuilder sb = new StringBuilder("{\"Items\":[");
    String last = null;
    for (int i = 1; i <= PAGE_SIZE; i++) {
      last = String.format("order#%04d", i);
      sb.append(i > 1 ? "," : "")
          .append(ITEM_JSON.replace(skField, "\"sk\":{\"S\":\"" + last + "\"}"));
    }
    return sb.append("],\"Count\":")
        .append(PAGE_SIZE)
        .append(",\"ScannedCount\":")
        .append(PAGE_SIZE)
        .append(",\"LastEvaluatedKey\":{\"pk\":{\"S\":\"")
        .append(PK_VALUE)
        .append("\"},\"sk\":{\"S\":\"")
        .append(last)
        .append("\"}}}")
        .toString();
  }

  private static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops the whitespace outside JSON strings. */
  static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
