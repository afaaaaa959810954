package io.dynamo.transport.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * An HTTPS server on 127.0.0.1 with a {@link SelfSignedCertificate}, answering every request with a
 * DynamoDB-shaped {@code 200 {}}. Thread-safe.
 */
final class TlsServer implements AutoCloseable {
  static final String BODY = "{}";

  private final HttpsServer server;
  private final AtomicInteger requests = new AtomicInteger();

  private TlsServer(HttpsServer server) {
    this.server = server;
  }

  /** Starts a server on a free port with {@link SelfSignedCertificate#get()}. */
  static TlsServer start() {
    return start(SelfSignedCertificate.get());
  }

  /** Starts a server on a free port presenting {@code certificate}. */
  static TlsServer start(SelfSignedCertificate certificate) {
    SSLContext context = certificate.serverContext();
    try {
      HttpsServer server =
          HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(context));
      TlsServer tls = new TlsServer(server);
      server.createContext("/", tls::answer);
      server.start();
      return tls;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the HTTPS server", e);
    }
  }

  /** {@code https://127.0.0.1:PORT}. */
  URI endpoint() {
    return URI.create("https://127.0.0.1:" + port());
  }

  /** The port it listens on. */
  int port() {
    return server.getAddress().getPort();
  }

  /** Requests answered so far (a request only gets here once the TLS handshake succeeded). */
  int requestCount() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      requests.incrementAndGet();
      byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
