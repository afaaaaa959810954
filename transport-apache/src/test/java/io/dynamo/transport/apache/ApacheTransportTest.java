package io.dynamo.transport.apache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.sign.HttpHeader;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the contract does not cover: this transport's threads, arguments and description. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ApacheTransportTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final StubServer stub = StubServer.start();
  private final ApacheTransport transport = ApacheTransport.create();

  @AfterEach
  void close() {
    transport.close();
    stub.close();
  }

  private HttpRequest request() {
    return HttpRequest.of("POST", stub.endpoint(), List.of(), new byte[] {'{', '}'});
  }

  @Test
  void completesAsyncCallsOnItsOwnNamedDaemonThreads() throws Exception {
    stub.enqueue(StubResponse.dynamo("{}").delayed(Duration.ofMillis(200)));

    Thread thread =
        transport
            .executeAsync(request(), TIMEOUT)
            .thenApply(response -> Thread.currentThread())
            .get(10, TimeUnit.SECONDS);

    assertTrue(thread.getName().startsWith("dynamo-apache-callback-"), thread.getName());
    assertTrue(thread.isDaemon(), "daemon threads never keep the JVM alive");
  }

  @Test
  void startsTheAsyncClientOnlyOnTheFirstAsyncCall() throws Exception {
    transport.execute(request(), TIMEOUT);

    assertEquals(Set.of("dynamo-apache-timer-"), kinds(transport.threads()));

    transport.executeAsync(request(), TIMEOUT).get(10, TimeUnit.SECONDS);

    assertEquals(
        Set.of("dynamo-apache-timer-", "dynamo-apache-io-", "dynamo-apache-callback-"),
        kinds(transport.threads()));
    for (Thread thread : transport.threads()) {
      assertTrue(thread.isDaemon(), thread.getName());
    }
  }

  @Test
  void endsEveryThreadOfItsOwnInClose() throws Exception {
    transport.execute(request(), TIMEOUT);
    transport.executeAsync(request(), TIMEOUT).get(10, TimeUnit.SECONDS);
    List<Thread> threads = List.copyOf(transport.threads());

    transport.close();

    assertEquals(Set.of(), transport.threads());
    for (Thread thread : threads) {
      assertFalse(thread.isAlive(), thread.getName());
    }
  }

  @Test
  void closeCalledFromACallbackDoesNotWaitForItself() throws Exception {
    long start = System.nanoTime();

    transport.executeAsync(request(), TIMEOUT).thenRun(transport::close).get(10, TimeUnit.SECONDS);

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < ApacheTransport.CLOSE_WAIT.toMillis(), "close() took " + millis + " ms");
    assertTrue(transport.toString().endsWith(", closed]"), transport.toString());
  }

  @Test
  void rejectsAMissingOrNonPositiveTimeout() {
    assertThrows(NullPointerException.class, () -> transport.execute(request(), null));
    assertThrows(IllegalArgumentException.class, () -> transport.execute(request(), Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> transport.executeAsync(request(), Duration.ofMillis(-1)));
    assertThrows(NullPointerException.class, () -> transport.execute(null, TIMEOUT));
    assertThrows(NullPointerException.class, () -> ApacheTransport.create(null));
    assertEquals(0, stub.requestCount());
  }

  @Test
  void describesItsOptionsAndState() {
    ApacheTransport custom =
        ApacheTransport.create(
            new TransportOptions(Duration.ofMillis(1500), 7, null).withMaxResponseBytes(1000));

    assertEquals(
        "ApacheTransport[HTTP/1.1, connectTimeout=1500 ms, maxConnections=7, tls=default,"
            + " proxy=default, maxResponseBytes=1000]",
        custom.toString());
    custom.close();
    assertTrue(custom.toString().endsWith(", closed]"), custom.toString());
  }

  @Test
  void masksTheProxyPasswordInItsDescription() {
    HttpProxy proxy =
        HttpProxy.of("proxy.example", 3128)
            .withCredentials("svc", "s3cr3t-Pa55")
            .bypassing("*.internal");
    ApacheTransport proxied = ApacheTransport.create(TransportOptions.defaults().withProxy(proxy));
    try {
      String description = proxied.toString();

      assertTrue(description.contains("proxy.example:3128, user=svc"), description);
      assertFalse(description.contains("s3cr3t"), description);
    } finally {
      proxied.close();
    }
  }

  @Test
  void failsCallsAfterCloseWithoutSendingThem() {
    transport.close();

    TransportClosedException sync =
        assertThrows(TransportClosedException.class, () -> transport.execute(request(), TIMEOUT));
    CompletableFuture<?> async = transport.executeAsync(request(), TIMEOUT);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> async.get(10, TimeUnit.SECONDS));

    assertInstanceOf(TransportClosedException.class, e.getCause());
    for (Throwable failure : List.of(sync, e.getCause())) {
      assertFalse(((TransportClosedException) failure).isRetryable());
      assertTrue(
          failure.getMessage().startsWith("POST " + stub.endpoint() + "/: "), failure.getMessage());
    }
    assertEquals(0, stub.requestCount());
  }

  @Test
  void cancellingAnAsyncCallAbortsItsExchangeAndClosesItsConnection() throws Exception {
    stub.enqueue(
        StubResponse.dynamo("{}"),
        StubResponse.dynamo("{\"late\":1}").delayed(Duration.ofSeconds(5)),
        StubResponse.dynamo("{\"fresh\":1}"));
    transport.executeAsync(request(), TIMEOUT).get(10, TimeUnit.SECONDS);
    CompletableFuture<HttpResponse> call = transport.executeAsync(request(), TIMEOUT);
    stub.awaitRequests(2, TIMEOUT);

    call.cancel(true);

    HttpResponse next = transport.executeAsync(request(), TIMEOUT).get(10, TimeUnit.SECONDS);
    assertEquals("{\"fresh\":1}", new String(next.body(), StandardCharsets.UTF_8));
    assertEquals(2, stub.connectionCount(), "the cancelled call's connection was not reused");
  }

  @Test
  void keepsResponseHeadersInTheOrderReceived() throws Exception {
    StubResponse answer =
        StubResponse.of(200)
            .withHeader("X-Zulu", "1")
            .withHeader("X-Alpha", "2")
            .withHeader("X-Mike", "3");
    stub.enqueue(answer, answer);

    List<HttpResponse> responses =
        List.of(
            transport.execute(request(), TIMEOUT),
            transport.executeAsync(request(), TIMEOUT).get(10, TimeUnit.SECONDS));

    for (HttpResponse response : responses) {
      List<String> custom = new ArrayList<>();
      for (HttpHeader header : response.headers()) {
        if (header.name().startsWith("X-")) {
          custom.add(header.name() + ": " + header.value());
        }
      }
      assertEquals(List.of("X-Zulu: 1", "X-Alpha: 2", "X-Mike: 3"), custom, "not sorted");
    }
  }

  @Test
  void aThreadInterruptedBeforeTheCallFailsAtOnceAndStaysInterrupted() {
    stub.enqueue(
        StubResponse.dynamo("{}"), StubResponse.dynamo("{}").delayed(Duration.ofSeconds(10)));
    transport.execute(request(), TIMEOUT); // a pooled connection, so the call gets to its socket
    Thread.currentThread().interrupt();
    long start = System.nanoTime();
    try {
      TransportException e =
          assertThrows(TransportException.class, () -> transport.execute(request(), TIMEOUT));

      assertTrue(e.getMessage().startsWith("interrupted while waiting for POST"), e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag stays set");
      assertTrue((System.nanoTime() - start) / 1_000_000 < 3_000, "at once");
    } finally {
      Thread.interrupted();
    }
  }

  private static Set<String> kinds(Set<Thread> threads) {
    Set<String> kinds = new TreeSet<>();
    for (Thread thread : threads) {
      kinds.add(thread.getName().replaceAll("[0-9]+$", ""));
    }
    return kinds;
  }
}
