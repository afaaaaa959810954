package io.dynamo.api.spi;

import io.dynamo.sign.HttpHeader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP response as a {@link Transport} received it: status, headers and the whole body.
 *
 * <p>The body array is shared, not copied: nobody may modify it. Otherwise immutable and
 * thread-safe.
 */
public final class HttpResponse {
  private final int statusCode;
  private final List<HttpHeader> headers;
  private final byte[] body;

  private HttpResponse(int statusCode, List<HttpHeader> headers, byte[] body) {
    this.statusCode = statusCode;
    this.headers = List.copyOf(headers);
    this.body = Objects.requireNonNull(body, "body");
  }

  /** A response; the body array is not copied and must not be modified afterwards. */
  public static HttpResponse of(int statusCode, List<HttpHeader> headers, byte[] body) {
    return new HttpResponse(statusCode, headers, body);
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The headers (in the order received where the HTTP library keeps it). */
  public List<HttpHeader> headers() {
    return headers;
  }

  /** The first value of the named header, ignoring case. */
  public Optional<String> header(String name) {
    for (HttpHeader h : headers) {
      if (h.is(name)) {
        return Optional.of(h.value());
      }
    }
    return Optional.empty();
  }

  /** The body bytes; shared, must not be modified. */
  public byte[] body() {
    return body;
  }

  /** Status, headers and body length. */
  @Override
  public String toString() {
    return "HttpResponse["
        + statusCode
        + ", headers="
        + headers
        + ", body="
        + body.length
        + " bytes]";
  }
}
