package io.dynamo.transport.vertx;

import io.dynamo.api.spi.TransportFailures;
import io.dynamo.api.spi.TransportOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** How the transport configures the Vert.x instance and the Web Client it makes itself. */
final class ClientSetup {
  private static final System.Logger LOG = System.getLogger("io.dynamo.transport.vertx");

  /** The most event loops of a Vert.x the transport makes. */
  static final int MAX_EVENT_LOOPS = 4;

  private ClientSetup() {}

  /**
   * A Vert.x sized for a client: {@code min(cores, 4)} event loops (each multiplexes many
   * connections, and a DynamoDB client's work on them is writing requests and parsing JSON), one
   * worker and two internal blocking threads (neither is used by the transport; Vert.x starts their
   * threads only on demand), daemon threads (a transport nobody closed does not keep the JVM
   * alive), and no class-path file resolving (which would create a {@code vertx-cache-*} directory
   * in the temporary directory).
   */
  static Vertx newVertx() {
    int loops = Math.max(1, Math.min(MAX_EVENT_LOOPS, Runtime.getRuntime().availableProcessors()));
    VertxOptions options =
        new VertxOptions()
            .setEventLoopPoolSize(loops)
            .setWorkerPoolSize(1)
            .setInternalBlockingPoolSize(2)
            .setUseDaemonThread(true)
            .setFileSystemOptions(
                new FileSystemOptions()
                    .setClassPathResolvingEnabled(false)
                    .setFileCachingEnabled(false));
    return Vertx.builder().with(options).build();
  }

  /**
   * A Web Client for these options: HTTP/1.1 with keep-alive, at most {@code maxConnections} per
   * endpoint, no redirects, no compression (no {@code Accept-Encoding}), no user agent of its own
   * (the client's requests carry theirs), the connect timeout for TCP and for the TLS handshake,
   * certificates and host names verified, with the options' TLS context if they give one.
   */
  static WebClient newWebClient(Vertx vertx, TransportOptions options) {
    int connectMillis = saturatedInt(options.connectTimeout().toMillis());
    WebClientOptions client = new WebClientOptions();
    client
        .setUserAgentEnabled(false)
        .setFollowRedirects(false)
        .setProtocolVersion(HttpVersion.HTTP_1_1)
        .setKeepAlive(true)
        .setPipelining(false)
        .setDecompressionSupported(false)
        .setUseAlpn(false)
        .setConnectTimeout(connectMillis)
        .setSslHandshakeTimeout(connectMillis)
        .setSslHandshakeTimeoutUnit(TimeUnit.MILLISECONDS)
        .setTrustAll(false)
        .setVerifyHost(true)
        .setName("dynamo-vertx");
    if (options.sslContext() != null) {
      client.setSslEngineOptions(new GivenSslContext(options.sslContext()));
    }
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(options.maxConnections());
    HttpClientAgent http =
        vertx
            .httpClientBuilder()
            .with(client)
            .with(pool)
            .withConnectHandler(connection -> connection.exceptionHandler(ClientSetup::quiet))
            .build();
    return WebClient.wrap(http, client); // closing the Web Client closes the HTTP client
  }

  /**
   * A connection's failure (a reset, a TLS error) also fails its request, which the exchange
   * reports; without a handler Vert.x would log each one at ERROR level as well.
   */
  private static void quiet(Throwable failure) {
    LOG.log(Level.DEBUG, "connection failed: {0}", TransportFailures.describe(failure));
  }

  static int saturatedInt(long value) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, value));
  }

  /** Waits up to {@code seconds} for a Vert.x the transport made to stop its threads. */
  static void awaitStopped(io.vertx.core.Future<Void> stopped, long seconds) {
    try {
      stopped.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(
          Level.WARNING,
          "the transport's Vert.x did not stop cleanly within {0} s: {1}",
          seconds,
          TransportFailures.describe(e));
    }
  }
}
