package io.dynamo.transport.apache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A transport on the user's own HttpClient instances: uses them, never closes them, and still keeps
 * its deadline, its response cap and its close() promise.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SuppliedClientsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final StubServer stub = StubServer.start();
  // Clients with no timeouts of their own: whatever ends a call early is the transport's doing.
  private final CloseableHttpClient classic = HttpClients.createDefault();
  private final CloseableHttpAsyncClient async = HttpAsyncClients.createDefault();

  @AfterEach
  void close() {
    classic.close(CloseMode.IMMEDIATE);
    async.close(CloseMode.IMMEDIATE);
    stub.close();
  }

  private ApacheTransport transport(TransportOptions options) {
    return ApacheTransport.builder()
        .options(options)
        .httpClient(classic)
        .asyncClient(async)
        .build();
  }

  private HttpRequest request() {
    return HttpRequest.of("POST", stub.endpoint(), List.of(), new byte[] {'{', '}'});
  }

  private int statusOf(HttpGet get) throws java.io.IOException {
    Integer status = classic.execute(get, r -> r.getCode());
    return status;
  }

  @Test
  void usesTheGivenClientsAndLeavesThemOpen() throws Exception {
    ApacheTransport transport = transport(TransportOptions.defaults());

    assertEquals(200, transport.execute(request(), TIMEOUT).statusCode());
    assertEquals(
        200, transport.executeAsync(request(), TIMEOUT).get(10, TimeUnit.SECONDS).statusCode());
    transport.close();

    assertEquals(2, stub.requestCount());
    assertEquals(IOReactorStatus.ACTIVE, async.getStatus(), "started by the transport, left so");
    assertEquals(200, statusOf(new HttpGet(stub.endpoint())));
    SimpleHttpRequest get = SimpleRequestBuilder.get(stub.endpoint()).build();
    SimpleHttpResponse response = async.execute(get, null).get(10, TimeUnit.SECONDS);
    assertEquals(200, response.getCode());
    assertEquals(
        "ApacheTransport[httpClient=supplied, asyncClient=supplied, maxResponseBytes=67108864,"
            + " closed]",
        transport.toString());
  }

  @Test
  void keepsItsDeadlineOnTheGivenClients() {
    stub.enqueue(
        StubResponse.dynamo("{}").delayedBody(Duration.ofSeconds(5)),
        StubResponse.dynamo("{}").delayedBody(Duration.ofSeconds(5)));
    ApacheTransport transport = transport(TransportOptions.defaults());
    Duration shortTimeout = Duration.ofMillis(300);
    long start = System.nanoTime();

    assertThrows(AttemptTimeoutException.class, () -> transport.execute(request(), shortTimeout));
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> transport.executeAsync(request(), shortTimeout).get(10, TimeUnit.SECONDS));

    assertInstanceOf(AttemptTimeoutException.class, e.getCause());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 4_000, "two 300 ms deadlines took " + millis + " ms");
    transport.close();
  }

  @Test
  void keepsItsResponseCapOnTheGivenClients() {
    stub.defaultResponse(StubResponse.of(200).withBody(new byte[1000]));
    ApacheTransport transport = transport(TransportOptions.defaults().withMaxResponseBytes(999));

    ResponseTooLargeException sync =
        assertThrows(ResponseTooLargeException.class, () -> transport.execute(request(), TIMEOUT));
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () -> transport.executeAsync(request(), TIMEOUT).get(10, TimeUnit.SECONDS));

    assertEquals(999, sync.limit());
    assertInstanceOf(ResponseTooLargeException.class, async.getCause());
    transport.close();
  }

  @Test
  void closeEndsItsOwnCallsOnTheGivenClients() throws Exception {
    stub.enqueue(
        StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)),
        StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)));
    ApacheTransport transport = transport(TransportOptions.defaults());
    CompletableFuture<HttpResponse> sync =
        CompletableFuture.supplyAsync(() -> transport.execute(request(), Duration.ofMinutes(1)));
    CompletableFuture<HttpResponse> async =
        transport.executeAsync(request(), Duration.ofMinutes(1));
    stub.awaitRequests(2, TIMEOUT);

    transport.close();

    for (CompletableFuture<HttpResponse> call : List.of(sync, async)) {
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
      assertInstanceOf(TransportClosedException.class, e.getCause());
    }
    assertEquals(200, statusOf(new HttpGet(stub.endpoint())));
  }

  @Test
  void createsTheClientItIsNotGiven() throws Exception {
    ApacheTransport transport = ApacheTransport.builder().httpClient(classic).build();
    try {
      assertEquals(
          200, transport.executeAsync(request(), TIMEOUT).get(10, TimeUnit.SECONDS).statusCode());
      assertTrue(
          transport.threads().stream().anyMatch(t -> t.getName().startsWith("dynamo-apache-io-")),
          "its own async client");
      assertTrue(transport.toString().contains("httpClient=supplied"), transport.toString());
    } finally {
      transport.close();
    }
  }
}
