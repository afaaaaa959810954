package io.dynamo.transport.jdk;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportFailures;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.SigningException;
import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Converts the SPI's requests and responses to and from {@code java.net.http}'s. */
final class Conversions {
  private static final System.Logger LOG = System.getLogger("io.dynamo.transport.jdk");

  /**
   * Headers the transport owns: {@code java.net.http} sets {@code Host} from the URI, {@code
   * Content-Length} from the body, and manages {@code Connection}, {@code Expect} and {@code
   * Upgrade} itself (it rejects all five); a caller's {@code Transfer-Encoding} would contradict
   * the {@code Content-Length} framing. Skipped rather than failing the call.
   */
  static final Set<String> SKIPPED_HEADERS =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private Conversions() {}

  /**
   * The request to send, with the body sent from the array as is and the attempt timeout; with
   * {@code proxyAuthorization} (a {@code Proxy-Authorization} value, or {@code null}) for the proxy
   * it goes through.
   */
  static java.net.http.HttpRequest toJdk(
      HttpRequest request, Duration timeout, String proxyAuthorization) {
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(request.uri())
            .timeout(timeout)
            .method(request.method(), BodyPublishers.ofByteArray(request.body()));
    for (HttpHeader header : request.headers()) {
      if (SKIPPED_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
        LOG.log(Level.TRACE, "not sending header {0}: the transport sets it", header.name());
        continue;
      }
      builder.header(header.name(), header.value());
    }
    if (proxyAuthorization != null) {
      builder.setHeader("Proxy-Authorization", proxyAuthorization);
    }
    return builder.build();
  }

  /**
   * The response the body handler made; or, for an answer the JDK handled without one, the status
   * and headers with an empty body. A proxy's 407 (which {@code java.net.http} returns once it has
   * no credentials left to try) fails with a {@link io.dynamo.api.error.TransportException} that is
   * not retried.
   */
  static HttpResponse response(java.net.http.HttpResponse<HttpResponse> received) {
    if (received.statusCode() == 407) {
      // only a proxy sends it, never DynamoDB: the JDK has already tried the credentials it had
      java.net.http.HttpRequest sent = received.request();
      throw Failures.proxyRefused(TransportFailures.what(sent.method(), sent.uri()), sent.uri());
    }
    HttpResponse body = received.body();
    return body != null
        ? body
        : HttpResponse.of(received.statusCode(), headers(received.headers()), new byte[0]);
  }

  /**
   * Every value of every header. {@code java.net.http} keeps headers in a map sorted by name, so
   * they come out in that order, not the order received.
   */
  static List<HttpHeader> headers(HttpHeaders received) {
    Map<String, List<String>> map = received.map();
    List<HttpHeader> headers = new ArrayList<>(map.size() + 4);
    for (Map.Entry<String, List<String>> entry : map.entrySet()) {
      String name = entry.getKey();
      if (name.startsWith(":")) {
        continue; // an HTTP/2 pseudo-header; never sent over HTTP/1.1
      }
      for (String value : entry.getValue()) {
        try {
          headers.add(HttpHeader.of(name, value));
        } catch (SigningException e) {
          LOG.log(Level.DEBUG, "ignoring malformed response header {0}", name);
        }
      }
    }
    return headers;
  }
}
