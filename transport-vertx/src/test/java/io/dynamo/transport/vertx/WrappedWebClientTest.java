package io.dynamo.transport.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.sign.HttpHeader;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A transport around the application's own Web Client keeps the promises that work per request
 * (deadline, cap, connections reset, close) and leaves the client open.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WrappedWebClientTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static Vertx vertx;

  private final StubServer stub = StubServer.start();
  private WebClient webClient;

  @BeforeAll
  static void startVertx() {
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
  }

  @AfterAll
  static void stopVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void closeClientAndServer() {
    if (webClient != null) {
      webClient.close();
    }
    stub.close();
  }

  private VertxTransport transport(TransportOptions options) {
    webClient =
        WebClient.create(
            vertx,
            new WebClientOptions().setFollowRedirects(false).setDecompressionSupported(false));
    return VertxTransport.wrap(webClient, options);
  }

  private HttpRequest request(String body) {
    return HttpRequest.of(
        "POST",
        stub.endpoint(),
        List.of(HttpHeader.of("Content-Type", "application/x-amz-json-1.0")),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(HttpResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void sendsThroughTheGivenClientAndLeavesItOpen() throws Exception {
    stub.enqueue(StubResponse.dynamo("{\"a\":1}"), StubResponse.dynamo("{\"b\":2}"));
    VertxTransport transport = transport(TransportOptions.defaults());

    HttpResponse response = transport.execute(request("{}"), TIMEOUT);
    transport.close();

    assertEquals("{\"a\":1}", text(response));
    assertEquals("{}", stub.lastRequest().bodyAsString());
    int status =
        webClient
            .postAbs(stub.endpoint().toString())
            .send()
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS)
            .statusCode();
    assertEquals(200, status, "the given Web Client still works after the transport closed");
  }

  @Test
  void capsTheResponseAndDropsItsConnection() {
    stub.enqueue(StubResponse.ofLength(64 * 1024), StubResponse.dynamo("{\"fresh\":1}"));
    VertxTransport transport = transport(TransportOptions.defaults().withMaxResponseBytes(1024));

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class, () -> transport.execute(request("{}"), TIMEOUT));

    assertEquals(1024, e.limit());
    assertFalse(e.isRetryable());
    assertEquals("{\"fresh\":1}", text(transport.execute(request("{}"), TIMEOUT)));
  }

  @Test
  void boundsTheExchangeByTheAttemptTimeout() {
    stub.enqueue(
        StubResponse.dynamo("{\"slow\":1}").delayedBody(Duration.ofSeconds(5)),
        StubResponse.dynamo("{\"fresh\":1}"));
    VertxTransport transport = transport(TransportOptions.defaults());
    long start = System.nanoTime();

    AttemptTimeoutException e =
        assertThrows(
            AttemptTimeoutException.class,
            () -> transport.execute(request("{}"), Duration.ofMillis(300)));

    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(elapsed < 3_000, "timed out after " + elapsed + " ms");
    assertTrue(e.getMessage().contains("attempt timeout of 300 ms"), e.getMessage());
    assertEquals("{\"fresh\":1}", text(transport.execute(request("{}"), TIMEOUT)));
  }

  @Test
  void closeFailsCallsInFlightButLeavesTheClientOpen() throws Exception {
    stub.enqueue(StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)));
    stub.enqueue(StubResponse.dynamo("{\"after\":1}"));
    VertxTransport transport = transport(TransportOptions.defaults());
    CompletableFuture<HttpResponse> inFlight =
        transport.executeAsync(request("{}"), Duration.ofSeconds(60));
    stub.awaitRequests(1, TIMEOUT);

    transport.close();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> inFlight.get(5, TimeUnit.SECONDS));
    assertInstanceOf(TransportClosedException.class, e.getCause());
    String body =
        webClient
            .postAbs(stub.endpoint().toString())
            .send()
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS)
            .bodyAsString();
    assertEquals("{\"after\":1}", body);
  }

  @Test
  void refusesAnSslContextItCannotApply() throws Exception {
    webClient = WebClient.create(vertx);
    TransportOptions options = TransportOptions.defaults().withSslContext(SSLContext.getDefault());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VertxTransport.wrap(webClient, options));

    assertTrue(e.getMessage().contains("WebClientOptions"), e.getMessage());
  }

  @Test
  void saysItWrapsAGivenClient() {
    VertxTransport transport = transport(TransportOptions.defaults());

    assertEquals(
        "VertxTransport[given WebClient, maxResponseBytes=67108864, proxy=default]",
        transport.toString());
    transport.close();
  }
}
