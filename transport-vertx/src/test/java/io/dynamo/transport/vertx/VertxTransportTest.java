package io.dynamo.transport.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.sign.HttpHeader;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the contract does not cover: threads, who closes what, arguments and the description. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VertxTransportTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final StubServer stub = StubServer.start();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
    stub.close();
  }

  private <T extends AutoCloseable> T closedAfter(T resource) {
    toClose.add(resource);
    return resource;
  }

  private Vertx givenVertx() {
    Vertx vertx = Vertx.vertx();
    toClose.add(
        () -> vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
    return vertx;
  }

  private HttpRequest request() {
    return HttpRequest.of("POST", stub.endpoint(), List.of(), new byte[] {'{', '}'});
  }

  @Test
  void completesAsyncCallsOnADaemonEventLoopOfItsOwnVertx() throws Exception {
    stub.enqueue(StubResponse.dynamo("{}").delayed(Duration.ofMillis(100)));
    VertxTransport transport = closedAfter(VertxTransport.create());

    Thread thread =
        transport
            .executeAsync(request(), TIMEOUT)
            .thenApply(response -> Thread.currentThread())
            .get(10, TimeUnit.SECONDS);

    assertTrue(thread.getName().startsWith("vert.x-eventloop-thread-"), thread.getName());
    assertTrue(thread.isDaemon(), "a transport nobody closed must not keep the JVM alive");
  }

  @Test
  void completesACallMadeOnAVertxContextOnThatContextsThread() throws Exception {
    Vertx vertx = givenVertx();
    VertxTransport transport =
        closedAfter(VertxTransport.create(vertx, TransportOptions.defaults()));
    CompletableFuture<Thread[]> threads = new CompletableFuture<>();

    vertx.runOnContext(
        ignored -> {
          Thread caller = Thread.currentThread();
          transport
              .executeAsync(request(), TIMEOUT)
              .whenComplete(
                  (response, failure) ->
                      threads.complete(new Thread[] {caller, Thread.currentThread()}));
        });

    Thread[] callerAndCallback = threads.get(10, TimeUnit.SECONDS);
    assertSame(callerAndCallback[0], callerAndCallback[1]);
  }

  @Test
  void refusesToBlockAnEventLoopInExecute() throws Exception {
    Vertx vertx = givenVertx();
    VertxTransport transport =
        closedAfter(VertxTransport.create(vertx, TransportOptions.defaults()));
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();

    vertx.runOnContext(
        ignored -> {
          try {
            transport.execute(request(), TIMEOUT);
            outcome.complete(null);
          } catch (Throwable t) {
            outcome.complete(t);
          }
        });

    Throwable failure = outcome.get(5, TimeUnit.SECONDS);
    IllegalStateException e = assertInstanceOf(IllegalStateException.class, failure);
    assertTrue(e.getMessage().contains("event loop"), e.getMessage());
    assertTrue(e.getMessage().contains("DynamoAsyncClient"), e.getMessage());
    assertEquals(0, stub.requestCount(), "nothing is sent");
  }

  @Test
  void runsExecuteOnAVertxWorkerThread() throws Exception {
    Vertx vertx = givenVertx();
    VertxTransport transport =
        closedAfter(VertxTransport.create(vertx, TransportOptions.defaults()));

    int status =
        vertx
            .executeBlocking(() -> transport.execute(request(), TIMEOUT).statusCode())
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);

    assertEquals(200, status);
  }

  @Test
  void leavesAGivenVertxOpen() throws Exception {
    Vertx vertx = givenVertx();
    VertxTransport first = VertxTransport.create(vertx, TransportOptions.defaults());
    assertEquals(200, first.execute(request(), TIMEOUT).statusCode());

    first.close();

    CompletableFuture<Boolean> ran = new CompletableFuture<>();
    vertx.runOnContext(ignored -> ran.complete(true));
    assertTrue(ran.get(5, TimeUnit.SECONDS), "the given Vert.x still runs tasks");
    VertxTransport second = closedAfter(VertxTransport.create(vertx, TransportOptions.defaults()));
    assertEquals(200, second.execute(request(), TIMEOUT).statusCode());
  }

  @Test
  void closesItsOwnVertxAndItsThreadsEnd() throws Exception {
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    VertxTransport transport = VertxTransport.create();
    assertEquals(200, transport.execute(request(), TIMEOUT).statusCode());
    List<Thread> started = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(t) && t.getName().startsWith("vert")) {
        started.add(t);
      }
    }
    assertFalse(started.isEmpty(), "the transport's Vert.x started threads");

    transport.close();

    for (Thread t : started) {
      t.join(10_000);
      assertFalse(t.isAlive(), t.getName() + " is still running after close()");
    }
  }

  @Test
  void failsCallsAfterCloseWithoutSendingThem() throws Exception {
    VertxTransport transport = VertxTransport.create();
    transport.close();

    TransportClosedException sync =
        assertThrows(TransportClosedException.class, () -> transport.execute(request(), TIMEOUT));
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () -> transport.executeAsync(request(), TIMEOUT).get(5, TimeUnit.SECONDS));

    assertTrue(sync.getMessage().contains("closed"), sync.getMessage());
    assertTrue(sync.getMessage().contains(stub.endpoint().getHost()), sync.getMessage());
    assertInstanceOf(TransportClosedException.class, async.getCause());
    assertFalse(sync.isRetryable());
    assertEquals(0, stub.requestCount());
  }

  @Test
  void countsTheWaitForAConnectionAgainstTheAttemptTimeout() throws Exception {
    stub.enqueue(
        StubResponse.dynamo("{\"slow\":1}").delayed(Duration.ofMillis(1500)),
        StubResponse.dynamo("{\"next\":1}"));
    VertxTransport transport =
        closedAfter(VertxTransport.create(TransportOptions.defaults().withMaxConnections(1)));
    CompletableFuture<HttpResponse> holding = transport.executeAsync(request(), TIMEOUT);
    stub.awaitRequests(1, TIMEOUT);
    long start = System.nanoTime();

    AttemptTimeoutException e =
        assertThrows(
            AttemptTimeoutException.class,
            () -> transport.execute(request(), Duration.ofMillis(300)));

    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(elapsed >= 250 && elapsed < 1400, "waited " + elapsed + " ms");
    assertTrue(e.getMessage().contains("attempt timeout of 300 ms"), e.getMessage());
    assertEquals(200, holding.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, transport.execute(request(), TIMEOUT).statusCode());
    assertEquals(1, stub.connectionCount(), "the one connection served all, the late one unsent");
  }

  @Test
  void keepsResponseHeadersInTheOrderReceived() {
    stub.enqueue(
        StubResponse.dynamo("{}")
            .withHeader("X-Zeta", "1")
            .withHeader("X-Alpha", "2")
            .withHeader("X-Mid", "3"));
    VertxTransport transport = closedAfter(VertxTransport.create());

    List<String> names = new ArrayList<>();
    for (HttpHeader h : transport.execute(request(), TIMEOUT).headers()) {
      if (h.name().startsWith("X-") && h.name().length() > 4 && !h.name().startsWith("X-Amz")) {
        names.add(h.name());
      }
    }

    assertEquals(List.of("X-Zeta", "X-Alpha", "X-Mid"), names);
  }

  @Test
  void failsAtOnceWithoutSendingWhenTheThreadIsAlreadyInterrupted() {
    VertxTransport transport = closedAfter(VertxTransport.create());

    Thread.currentThread().interrupt();
    TransportException e;
    try {
      e = assertThrows(TransportException.class, () -> transport.execute(request(), TIMEOUT));
    } finally {
      assertTrue(Thread.interrupted(), "the interrupt flag stays set (and is cleared here)");
    }

    assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    assertEquals(0, stub.requestCount());
  }

  @Test
  void rejectsMissingOrUnusableArguments() {
    VertxTransport transport = closedAfter(VertxTransport.create());
    HttpRequest ftp =
        HttpRequest.of("POST", URI.create("ftp://127.0.0.1/"), List.of(), new byte[0]);

    assertThrows(NullPointerException.class, () -> transport.execute(request(), null));
    assertThrows(IllegalArgumentException.class, () -> transport.execute(request(), Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> transport.executeAsync(request(), Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> transport.executeAsync(ftp, TIMEOUT));
    assertThrows(NullPointerException.class, () -> VertxTransport.create(null));
    assertThrows(
        NullPointerException.class, () -> VertxTransport.create(null, TransportOptions.defaults()));
    assertThrows(
        NullPointerException.class, () -> VertxTransport.wrap(null, TransportOptions.defaults()));
  }

  @Test
  void describesItsOptionsAndStateWithoutTheProxyPassword() throws Exception {
    HttpProxy proxy =
        HttpProxy.of("proxy.example", 3128)
            .withCredentials("svc-dynamo", "s3cret-pa55")
            .bypassing("*.internal");
    TransportOptions options =
        new TransportOptions(Duration.ofMillis(1500), 7, SSLContext.getDefault())
            .withMaxResponseBytes(1024)
            .withProxy(proxy);
    VertxTransport transport = VertxTransport.create(options);

    String described = transport.toString();
    transport.close();

    assertEquals(
        "VertxTransport[HTTP/1.1, connectTimeout=1500 ms, maxConnections=7, tls=custom,"
            + " maxResponseBytes=1024, proxy=HttpProxy[proxy.example:3128, user=svc-dynamo,"
            + " password=****, bypass=[*.internal]], own Vert.x]",
        described);
    assertFalse(described.contains("s3cret"), described);
    assertTrue(transport.toString().endsWith(", closed]"), transport.toString());
    assertEquals("vertx", transport.name());
  }
}
