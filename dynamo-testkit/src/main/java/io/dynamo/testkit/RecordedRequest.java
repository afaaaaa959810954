package io.dynamo.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request a {@link StubServer} received: method, target, headers and body bytes.
 *
 * <p>Header names are looked up case-insensitively and keep the order and spelling they arrived in.
 * Immutable and thread-safe.
 */
public final class RecordedRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  RecordedRequest(
      String method, String path, List<Map.Entry<String, String>> headerLines, byte[] body) {
    this.method = method;
    this.path = path;
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, String> h : headerLines) {
      map.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue());
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.headers = Collections.unmodifiableMap(map);
    this.body = body.clone();
  }

  /** The HTTP method, e.g. {@code POST}. */
  public String method() {
    return method;
  }

  /** The request target as sent, e.g. {@code /} or {@code /path?query}. */
  public String path() {
    return path;
  }

  /**
   * All headers: a read-only map whose lookups ignore case ({@code get("x-amz-target")} finds
   * {@code X-Amz-Target}), values in arrival order.
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, looked up case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /** All values of a header, looked up case-insensitively; empty if absent. */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /** The body bytes (a copy; chunked bodies are de-chunked). */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body length in bytes. */
  public int bodySize() {
    return body.length;
  }

  /**
   * The DynamoDB operation named by {@code X-Amz-Target} ({@code GetItem} for {@code
   * DynamoDB_20120810.GetItem}); empty if there is no such header.
   */
  public Optional<String> operation() {
    return header("X-Amz-Target").map(t -> t.substring(t.lastIndexOf('.') + 1));
  }

  /** Method, path, operation and body size; never header values (they may hold credentials). */
  @Override
  public String toString() {
    return "RecordedRequest["
        + method
        + " "
        + path
        + operation().map(op -> " " + op).orElse("")
        + ", "
        + body.length
        + " bytes]";
  }
}
