package io.dynamo.sign;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as it is about to be sent: method, absolute URI (path and query included),
 * headers in order, and body bytes.
 *
 * <p>Instances are immutable and thread-safe: the headers and the body are copied on the way in and
 * the body again on the way out. The {@code Host} header may be left out: signers use {@link
 * #host()}, which is what an HTTP client sends for the URI.
 */
public final class SignableRequest {
  private static final byte[] EMPTY = new byte[0];

  private final String method;
  private final URI uri;
  private final List<HttpHeader> headers;
  private final byte[] body;

  private SignableRequest(String method, URI uri, List<HttpHeader> headers, byte[] body) {
    this.method = checkMethod(method);
    this.uri = checkUri(uri);
    this.headers = List.copyOf(Objects.requireNonNull(headers, "headers"));
    this.body = Objects.requireNonNull(body, "body").length == 0 ? EMPTY : body.clone();
  }

  /**
   * Returns a request.
   *
   * @param method the HTTP method, such as {@code POST}
   * @param uri the absolute {@code http} or {@code https} URI, with the endpoint's path and query
   * @param headers the headers in the order they will be sent; no {@code null} elements
   * @param body the body bytes, copied
   */
  public static SignableRequest of(String method, URI uri, List<HttpHeader> headers, byte[] body) {
    return new SignableRequest(method, uri, headers, body);
  }

  /** Returns a request without a body. */
  public static SignableRequest of(String method, URI uri, List<HttpHeader> headers) {
    return new SignableRequest(method, uri, headers, EMPTY);
  }

  /** Returns a builder for a request. */
  public static Builder builder(String method, URI uri) {
    return new Builder(method, uri);
  }

  /** Returns the HTTP method. */
  public String method() {
    return method;
  }

  /** Returns the absolute URI. */
  public URI uri() {
    return uri;
  }

  /** Returns the headers, in order, unmodifiable. */
  public List<HttpHeader> headers() {
    return headers;
  }

  /** Returns a copy of the body bytes. */
  public byte[] body() {
    return body.clone();
  }

  /** Returns the number of body bytes. */
  public int bodyLength() {
    return body.length;
  }

  /** The body without a copy, for the signer in this package, which only reads it. */
  byte[] bodyBytes() {
    return body;
  }

  /** Returns the value of the first header with this name, ignoring case. */
  public Optional<String> header(String name) {
    for (HttpHeader h : headers) {
      if (h.is(name)) {
        return Optional.of(h.value());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the {@code Host} header's value if the request has one, else the host that an HTTP
   * client sends for the URI: the host, plus {@code :port} when the URI names a port other than the
   * scheme's default (80 for http, 443 for https).
   */
  public String host() {
    for (HttpHeader h : headers) {
      if (h.is("host")) {
        return h.value();
      }
    }
    return hostOf(uri);
  }

  /**
   * Returns the {@code Host} value an HTTP client sends for this URI: the host, plus {@code :port}
   * when the port is not the scheme's default.
   */
  public static String hostOf(URI uri) {
    String host = uri.getHost();
    int port = uri.getPort();
    if (port == -1) {
      return host;
    }
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    if (https ? port == 443 : port == 80) {
      return host;
    }
    return host + ':' + port;
  }

  /** Shows the method, URI, headers (secret values masked) and the body's length. */
  @Override
  public String toString() {
    return "SignableRequest["
        + method
        + " "
        + uri
        + ", headers="
        + headers
        + ", body="
        + body.length
        + " bytes]";
  }

  private static String checkMethod(String method) {
    Objects.requireNonNull(method, "method");
    if (method.isEmpty()) {
      throw new SigningException("HTTP method is empty");
    }
    for (int i = 0; i < method.length(); i++) {
      char c = method.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == '_')) {
        throw new SigningException("HTTP method '" + method + "' is not a token such as POST");
      }
    }
    return method;
  }

  private static URI checkUri(URI uri) {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme();
    if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
      throw new SigningException(
          "Request URI must be absolute with scheme http or https, got: " + safe(uri));
    }
    if (uri.getHost() == null) {
      throw new SigningException("Request URI has no host: " + safe(uri));
    }
    if (uri.getRawUserInfo() != null) {
      throw new SigningException("Request URI must not carry user info: " + safe(uri));
    }
    return uri;
  }

  private static String safe(URI uri) {
    return uri.getRawUserInfo() == null ? uri.toString() : "(URI with user info)";
  }

  /** Collects the parts of a {@link SignableRequest}. Not thread-safe; the request it builds is. */
  public static final class Builder {
    private final String method;
    private final URI uri;
    private final List<HttpHeader> headers = new ArrayList<>(8);
    private byte[] body = EMPTY;

    private Builder(String method, URI uri) {
      this.method = method;
      this.uri = uri;
    }

    /** Adds a header after the ones added so far. */
    public Builder header(String name, String value) {
      headers.add(HttpHeader.of(name, value));
      return this;
    }

    /** Sets the body (copied when the request is built). */
    public Builder body(byte[] body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /** Returns the request. */
    public SignableRequest build() {
      return new SignableRequest(method, uri, headers, body);
    }
  }
}
