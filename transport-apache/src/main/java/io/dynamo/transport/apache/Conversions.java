package io.dynamo.transport.apache;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.SigningException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;

/** Converts the SPI's requests and responses to and from HttpClient's. */
final class Conversions {
  private static final System.Logger LOG = System.getLogger("io.dynamo.transport.apache");

  /**
   * Headers the transport owns: HttpClient sets {@code Host} from the URI and {@code
   * Content-Length} from the body, and manages {@code Connection}, {@code Expect} and {@code
   * Upgrade} itself (it fails a request that already carries a {@code Content-Length} or {@code
   * Transfer-Encoding}); a caller's {@code Transfer-Encoding} would contradict the {@code
   * Content-Length} framing. Skipped rather than failing the call, as the JDK transport does.
   */
  static final Set<String> SKIPPED_HEADERS =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private Conversions() {}

  /**
   * The request for the classic client: the body sent from the array with a {@code Content-Length},
   * none for an empty body (HttpClient then sends {@code Content-Length: 0} for POST and PUT, and
   * nothing for GET). Cancelling it aborts the exchange and closes its connection.
   */
  static HttpUriRequestBase toClassic(HttpRequest request) {
    HttpUriRequestBase classic = new HttpUriRequestBase(request.method(), request.uri());
    copyHeaders(request, classic);
    if (request.body().length > 0) {
      // No content type: the request's own Content-Type header is sent as it is.
      classic.setEntity(new ByteArrayEntity(request.body(), (ContentType) null));
    }
    return classic;
  }

  /** The request for the async client, framed the same way as {@link #toClassic}. */
  static AsyncRequestProducer toAsync(HttpRequest request) {
    BasicHttpRequest async = new BasicHttpRequest(request.method(), request.uri());
    copyHeaders(request, async);
    return new BasicRequestProducer(
        async,
        request.body().length > 0
            ? new BasicAsyncEntityProducer(request.body(), (ContentType) null)
            : null);
  }

  private static void copyHeaders(HttpRequest request, HttpMessage target) {
    for (HttpHeader header : request.headers()) {
      if (SKIPPED_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
        LOG.log(Level.TRACE, "not sending header {0}: the transport sets it", header.name());
        continue;
      }
      target.addHeader(header.name(), header.value());
    }
  }

  /** Every header of a response, in the order received. */
  static List<HttpHeader> headers(Header[] received) {
    List<HttpHeader> headers = new ArrayList<>(received.length);
    for (Header header : received) {
      try {
        headers.add(HttpHeader.of(header.getName(), header.getValue()));
      } catch (SigningException e) {
        LOG.log(Level.DEBUG, "ignoring malformed response header {0}", header.getName());
      }
    }
    return headers;
  }
}
