package io.dynamo.api.spi;

import io.dynamo.sign.HttpHeader;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request for a {@link Transport} to send: always a complete, signed request.
 *
 * <p>The body array is shared, not copied, to keep the hot path free of copies: transports and
 * interceptors must not modify it (use {@link #withBody(byte[])} to replace it). Otherwise
 * immutable and thread-safe. {@code toString()} masks credential-bearing headers.
 */
public final class HttpRequest {
  private final String method;
  private final URI uri;
  private final List<HttpHeader> headers;
  private final byte[] body;

  private HttpRequest(String method, URI uri, List<HttpHeader> headers, byte[] body) {
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = List.copyOf(headers);
    this.body = Objects.requireNonNull(body, "body");
  }

  /** A request; the body array is not copied and must not be modified afterwards. */
  public static HttpRequest of(String method, URI uri, List<HttpHeader> headers, byte[] body) {
    return new HttpRequest(method, uri, headers, body);
  }

  /** The method, such as {@code POST}. */
  public String method() {
    return method;
  }

  /** The absolute URI. */
  public URI uri() {
    return uri;
  }

  /** The headers in order, without {@code Host} (transports derive it from the URI). */
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

  /** This request with one more header. */
  public HttpRequest withHeader(String name, String value) {
    List<HttpHeader> copy = new java.util.ArrayList<>(headers);
    copy.add(HttpHeader.of(name, value));
    return new HttpRequest(method, uri, copy, body);
  }

  /** This request with other headers. */
  public HttpRequest withHeaders(List<HttpHeader> newHeaders) {
    return new HttpRequest(method, uri, newHeaders, body);
  }

  /** This request with another body. */
  public HttpRequest withBody(byte[] newBody) {
    return new HttpRequest(method, uri, headers, newBody);
  }

  /** Method, URI, headers (secrets masked) and body length. */
  @Override
  public String toString() {
    return "HttpRequest["
        + method
        + " "
        + uri
        + ", headers="
        + headers
        + ", body="
        + body.length
        + " bytes]";
  }
}
