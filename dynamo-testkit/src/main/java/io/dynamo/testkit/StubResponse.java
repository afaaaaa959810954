package io.dynamo.testkit;

import io.dynamo.testkit.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link StubServer} does with one request: answer it (status, headers, body), possibly
 * late, slowly or cut short, or drop the connection without an answer.
 *
 * <pre>{@code
 * StubResponse.dynamo("{\"Item\":{\"id\":{\"S\":\"1\"}}}")        // 200, DynamoDB headers, correct CRC
 * StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded")
 * StubResponse.dynamo("{}").withCrc32(12345)                   // a wrong x-amz-crc32
 * StubResponse.html(502, "<html>Bad Gateway</html>")           // a proxy's error page
 * StubResponse.dynamo("{}").delayed(Duration.ofSeconds(2))     // late answer
 * StubResponse.dynamo(json).truncatedAfter(10)                 // headers, 10 body bytes, close
 * StubResponse.disconnect()                                    // close without answering
 * StubResponse.reset()                                         // TCP reset without answering
 * StubResponse.raw(bytes)                                      // these bytes as they are, then close
 * StubResponse.ofLength(10_000_000_000L)                      // 10 GB body, made as it is sent
 * StubResponse.endless()                                       // a chunked body that never ends
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; every {@code with...} method returns a copy.
 */
public final class StubResponse {
  /** What the server does with the connection. */
  enum Kind {
    RESPOND,
    DISCONNECT,
    RESET,
    RAW
  }

  static final String DYNAMO_CONTENT_TYPE = "application/x-amz-json-1.0";
  private static final String ERROR_NAMESPACE = "com.amazonaws.dynamodb.v20120810#";

  private final Kind kind;
  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;
  private final boolean crc32;
  private final boolean requestId;
  private final Duration delay;
  private final Duration bodyDelay;
  private final int truncateAfter;
  private final boolean closeConnection;
  private final long generatedLength;
  private final boolean endless;

  private StubResponse(Copy c) {
    this.kind = c.kind;
    this.status = c.status;
    this.headers = List.copyOf(c.headers);
    this.body = c.body;
    this.crc32 = c.crc32;
    this.requestId = c.requestId;
    this.delay = c.delay;
    this.bodyDelay = c.bodyDelay;
    this.truncateAfter = c.truncateAfter;
    this.closeConnection = c.closeConnection;
    this.generatedLength = c.generatedLength;
    this.endless = c.endless;
  }

  /** The mutable twin every factory and {@code with...} method fills in. */
  private static final class Copy {
    Kind kind = Kind.RESPOND;
    int status;
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    byte[] body = new byte[0];
    boolean crc32;
    boolean requestId;
    Duration delay = Duration.ZERO;
    Duration bodyDelay = Duration.ZERO;
    int truncateAfter = -1;
    boolean closeConnection;
    long generatedLength = -1;
    boolean endless;

    Copy() {}

    Copy(StubResponse r) {
      kind = r.kind;
      status = r.status;
      headers = new ArrayList<>(r.headers);
      body = r.body;
      crc32 = r.crc32;
      requestId = r.requestId;
      delay = r.delay;
      bodyDelay = r.bodyDelay;
      truncateAfter = r.truncateAfter;
      closeConnection = r.closeConnection;
      generatedLength = r.generatedLength;
      endless = r.endless;
    }

    StubResponse build() {
      return new StubResponse(this);
    }
  }

  private static StubResponse respond(int status, String contentType, byte[] body, boolean dynamo) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("HTTP status must be 100-999, was " + status);
    }
    Copy c = new Copy();
    c.status = status;
    if (contentType != null) {
      c.headers.add(Map.entry("Content-Type", contentType));
    }
    c.body = body;
    c.crc32 = dynamo;
    c.requestId = dynamo;
    return c.build();
  }

  private static StubResponse drop(Kind kind) {
    Copy c = new Copy();
    c.kind = kind;
    c.closeConnection = true;
    return c.build();
  }

  /**
   * A 200 with DynamoDB's content type whose body is {@code bytes} bytes of filler, with that
   * {@code Content-Length}, made as it is sent: a body of gigabytes costs the server no memory. The
   * server stops writing when the client closes the connection; the connection is closed after it.
   */
  public static StubResponse ofLength(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("A body length must not be negative, was " + bytes);
    }
    Copy c = new Copy();
    c.status = 200;
    c.headers.add(Map.entry("Content-Type", DYNAMO_CONTENT_TYPE));
    c.generatedLength = bytes;
    c.closeConnection = true;
    return c.build();
  }

  /**
   * A 200 with DynamoDB's content type and a chunked body that never ends: filler, 64 KiB a chunk,
   * until the client closes the connection (or the server is closed).
   */
  public static StubResponse endless() {
    Copy c = new Copy();
    c.status = 200;
    c.headers.add(Map.entry("Content-Type", DYNAMO_CONTENT_TYPE));
    c.endless = true;
    c.closeConnection = true;
    return c.build();
  }

  /** A response with {@code status}, no headers and an empty body. */
  public static StubResponse of(int status) {
    return respond(status, null, new byte[0], false);
  }

  /** A response with {@code status}, a {@code Content-Type} and a UTF-8 body. */
  public static StubResponse of(int status, String contentType, String body) {
    Objects.requireNonNull(contentType, "contentType");
    return respond(status, contentType, body.getBytes(StandardCharsets.UTF_8), false);
  }

  /**
   * A 200 response shaped like DynamoDB's: {@code Content-Type: application/x-amz-json-1.0}, a
   * fresh {@code x-amzn-RequestId} per answer, and {@code x-amz-crc32} = the unsigned decimal CRC32
   * of the body bytes as sent.
   */
  public static StubResponse dynamo(String json) {
    return dynamo(200, json);
  }

  /** Like {@link #dynamo(String)} with another status. */
  public static StubResponse dynamo(int status, String json) {
    return respond(status, DYNAMO_CONTENT_TYPE, json.getBytes(StandardCharsets.UTF_8), true);
  }

  /**
   * A DynamoDB error: {@code {"__type":"com.amazonaws.dynamodb.v20120810#TYPE","message":"..."}}
   * with DynamoDB's headers. A {@code type} that contains {@code #} is used as is (e.g. {@code
   * com.amazon.coral.validate#ValidationException}).
   */
  public static StubResponse dynamoError(int status, String type, String message) {
    String fullType = type.contains("#") ? type : ERROR_NAMESPACE + type;
    return dynamo(
        status,
        "{\"__type\":" + Json.quote(fullType) + ",\"message\":" + Json.quote(message) + "}");
  }

  /** An HTML page, as a proxy or load balancer in front of DynamoDB might send. */
  public static StubResponse html(int status, String html) {
    return of(status, "text/html; charset=utf-8", html);
  }

  /**
   * Reads the request, sends {@code bytes} as the whole answer, status line and headers included,
   * exactly as they are (a malformed status line, conflicting lengths, broken chunked encoding),
   * then closes the connection.
   */
  public static StubResponse raw(byte[] bytes) {
    Copy c = new Copy();
    c.kind = Kind.RAW;
    c.body = bytes.clone();
    c.closeConnection = true;
    return c.build();
  }

  /** Reads the request, then closes the connection without sending anything. */
  public static StubResponse disconnect() {
    return drop(Kind.DISCONNECT);
  }

  /** Reads the request, then resets the connection (TCP RST) without sending anything. */
  public static StubResponse reset() {
    return drop(Kind.RESET);
  }

  /** A copy with a header set, replacing any header of the same name (case-insensitive). */
  public StubResponse withHeader(String name, String value) {
    Objects.requireNonNull(value, "value");
    Copy c = without(name);
    c.headers.add(Map.entry(name, value));
    return c.build();
  }

  /** A copy without the named header (case-insensitive), including the automatic ones. */
  public StubResponse withoutHeader(String name) {
    return without(name).build();
  }

  /** A copy with another UTF-8 body (an automatic CRC32 follows the new body). */
  public StubResponse withBody(String body) {
    return withBody(body.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy with another body (an automatic CRC32 follows the new body). */
  public StubResponse withBody(byte[] body) {
    Copy c = new Copy(this);
    c.body = body.clone();
    c.truncateAfter = Math.min(truncateAfter, body.length - 1);
    return c.build();
  }

  /** A copy that sends {@code x-amz-crc32: value} whatever the body is, e.g. a wrong one. */
  public StubResponse withCrc32(long value) {
    return withHeader("x-amz-crc32", Long.toString(value));
  }

  /** A copy that sends no {@code x-amz-crc32} header. */
  public StubResponse withoutCrc32() {
    return withoutHeader("x-amz-crc32");
  }

  /** A copy that waits this long after reading the request before answering (or dropping). */
  public StubResponse delayed(Duration delay) {
    Copy c = new Copy(this);
    c.delay = nonNegative(delay);
    return c.build();
  }

  /** A copy that sends the headers at once, then waits this long before sending the body. */
  public StubResponse delayedBody(Duration delay) {
    Copy c = new Copy(this);
    c.bodyDelay = nonNegative(delay);
    return c.build();
  }

  /**
   * A copy that announces the full {@code Content-Length} but sends only the first {@code bytes}
   * bytes of the body, then closes the connection.
   */
  public StubResponse truncatedAfter(int bytes) {
    if (kind != Kind.RESPOND || bytes < 0 || bytes >= body.length) {
      throw new IllegalArgumentException(
          "truncatedAfter needs a response with a body and 0 <= bytes < body length "
              + body.length
              + ", was "
              + bytes);
    }
    Copy c = new Copy(this);
    c.truncateAfter = bytes;
    c.closeConnection = true;
    return c.build();
  }

  /** A copy that sends {@code Connection: close} and closes the connection after answering. */
  public StubResponse closingConnection() {
    Copy c = new Copy(this);
    c.closeConnection = true;
    return c.build();
  }

  /** The HTTP status; 0 for {@link #disconnect()}, {@link #reset()} and {@link #raw(byte[])}. */
  public int status() {
    return status;
  }

  /** The body as UTF-8 text. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  Kind kind() {
    return kind;
  }

  List<Map.Entry<String, String>> headers() {
    return headers;
  }

  byte[] body() {
    return body;
  }

  boolean autoCrc32() {
    return crc32;
  }

  boolean autoRequestId() {
    return requestId;
  }

  Duration delay() {
    return delay;
  }

  Duration bodyDelay() {
    return bodyDelay;
  }

  int truncateAfter() {
    return truncateAfter;
  }

  boolean closeConnection() {
    return closeConnection;
  }

  /** The length of a generated body, or -1 if the body is {@link #body()}. */
  long generatedLength() {
    return generatedLength;
  }

  /** Whether the body is an endless chunked one. */
  boolean endlessBody() {
    return endless;
  }

  private Copy without(String name) {
    Objects.requireNonNull(name, "name");
    Copy c = new Copy(this);
    c.headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
    c.crc32 &= !isCrc(name);
    c.requestId &= !isRequestId(name);
    return c;
  }

  private static boolean isCrc(String name) {
    return name.equalsIgnoreCase("x-amz-crc32");
  }

  private static boolean isRequestId(String name) {
    return name.equalsIgnoreCase("x-amzn-RequestId");
  }

  private static Duration nonNegative(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("A delay must not be negative, was " + d);
    }
    return d;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case RESPOND ->
          "StubResponse["
              + status
              + ", "
              + body.length
              + " bytes"
              + (delay.isZero() ? "" : ", delayed " + delay)
              + (truncateAfter >= 0 ? ", truncated after " + truncateAfter : "")
              + (generatedLength >= 0 ? ", generated body of " + generatedLength + " bytes" : "")
              + (endless ? ", endless chunked body" : "")
              + "]";
      case RAW -> "StubResponse[raw, " + body.length + " bytes]";
      case DISCONNECT -> "StubResponse[disconnect]";
      case RESET -> "StubResponse[reset]";
    };
  }
}
