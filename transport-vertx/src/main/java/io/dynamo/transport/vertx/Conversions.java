package io.dynamo.transport.vertx;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.SigningException;
import io.vertx.core.MultiMap;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Converts the SPI's requests and responses to and from Vert.x's. */
final class Conversions {
  private static final System.Logger LOG = System.getLogger("io.dynamo.transport.vertx");

  /**
   * Headers the transport owns: Vert.x sets {@code Host} from the URI, the transport sets {@code
   * Content-Length} from the body, and the connection's framing and reuse ({@code Connection},
   * {@code Expect}, {@code Upgrade}, {@code Transfer-Encoding}) are Vert.x's business. Skipped
   * rather than failing the call, as transport-jdk does.
   */
  static final Set<String> SKIPPED_HEADERS =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private Conversions() {}

  /** Copies the request's headers, but for those skipped, and sets the body's length. */
  static void copyHeaders(HttpRequest request, MultiMap target) {
    for (HttpHeader header : request.headers()) {
      if (SKIPPED_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
        LOG.log(Level.TRACE, "not sending header {0}: the transport sets it", header.name());
        continue;
      }
      target.add(header.name(), header.value());
    }
    target.set("Content-Length", Integer.toString(request.body().length));
  }

  /** The request target: the raw path ({@code /} if empty) and the raw query, if any. */
  static String target(URI uri) {
    String path = uri.getRawPath();
    String target = path == null || path.isEmpty() ? "/" : path;
    String query = uri.getRawQuery();
    return query == null ? target : target + "?" + query;
  }

  /** The host to connect to, without the brackets of an IPv6 literal. */
  static String host(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      throw new IllegalArgumentException(
          "the request URI has no host: " + uri.getScheme() + "://" + uri.getRawAuthority());
    }
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** Whether the URI is {@code https}; anything but {@code http} or {@code https} is refused. */
  static boolean isHttps(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "the request URI must be http or https, but its scheme is '" + uri.getScheme() + "'");
    }
    return scheme.equals("https");
  }

  /** The URI's port, or the scheme's default. */
  static int port(URI uri, boolean https) {
    return uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
  }

  /** Every value of every header, in the order received (Vert.x keeps it). */
  static List<HttpHeader> headers(MultiMap received) {
    List<HttpHeader> headers = new ArrayList<>(received.size() + 4);
    for (Map.Entry<String, String> entry : received) {
      try {
        headers.add(HttpHeader.of(entry.getKey(), entry.getValue()));
      } catch (SigningException e) {
        LOG.log(Level.DEBUG, "ignoring malformed response header {0}", entry.getKey());
      }
    }
    return headers;
  }
}
