package io.dynamo.transport.apache;

import io.dynamo.api.spi.TransportOptions;
import java.util.Objects;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Builds an {@link ApacheTransport}, optionally on HttpClient instances of your own, which the
 * transport then uses as they are and never closes. For a client you do not supply, the transport
 * creates one from the options. Not thread-safe; the transport it builds is.
 *
 * <pre>{@code
 * ApacheTransport transport =
 *     ApacheTransport.builder()
 *         .options(TransportOptions.defaults().withMaxResponseBytes(16 << 20))
 *         .httpClient(myClassicClient)
 *         .asyncClient(myAsyncClient)
 *         .build();
 * }</pre>
 */
public final class ApacheTransportBuilder {
  private TransportOptions options = TransportOptions.defaults();
  private CloseableHttpClient httpClient;
  private CloseableHttpAsyncClient asyncClient;

  ApacheTransportBuilder() {}

  /**
   * The options (default: {@link TransportOptions#defaults()}). The response cap applies to every
   * client; the connect timeout, connection limit, TLS context and proxy only to the clients the
   * transport creates.
   *
   * @param options the options
   * @return this builder
   */
  public ApacheTransportBuilder options(TransportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return this;
  }

  /**
   * Your classic client, for {@link ApacheTransport#execute}; never closed by the transport.
   *
   * @param client the client, used as it is configured
   * @return this builder
   */
  public ApacheTransportBuilder httpClient(CloseableHttpClient client) {
    this.httpClient = Objects.requireNonNull(client, "client");
    return this;
  }

  /**
   * Your async client, for {@link ApacheTransport#executeAsync}; started by the transport if it is
   * not running yet, never closed by it.
   *
   * @param client the client, used as it is configured
   * @return this builder
   */
  public ApacheTransportBuilder asyncClient(CloseableHttpAsyncClient client) {
    this.asyncClient = Objects.requireNonNull(client, "client");
    return this;
  }

  /**
   * The transport.
   *
   * @return a new transport, to be closed when done (which leaves your clients open)
   */
  public ApacheTransport build() {
    return new ApacheTransport(options, httpClient, asyncClient);
  }
}
