package io.dynamo.transport.apache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.TransportException;
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
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link TransportOptions#maxConnections()} caps both pools, and the wait for a free connection
 * counts against the attempt timeout (and can be interrupted).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectionLimitTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SHORT = Duration.ofMillis(300);

  private final StubServer stub = StubServer.start();
  private final ApacheTransport transport =
      ApacheTransport.create(TransportOptions.defaults().withMaxConnections(1));

  @AfterEach
  void close() {
    transport.close();
    stub.close();
  }

  private HttpRequest request() {
    return HttpRequest.of("POST", stub.endpoint(), List.of(), new byte[] {'{', '}'});
  }

  @Test
  void sizesBothPoolsFromTheOptions() {
    ClientFactory factory = new ClientFactory(TransportOptions.defaults().withMaxConnections(7));
    ClientFactory.Owned<CloseableHttpClient> classic = factory.classic();
    ClientFactory.Owned<CloseableHttpAsyncClient> async =
        factory.async(new DaemonThreads().factory("test-io"));
    try {
      for (ClientFactory.Owned<?> owned : List.of(classic, async)) {
        assertEquals(7, owned.pool().getMaxTotal());
        assertEquals(7, owned.pool().getDefaultMaxPerRoute());
      }
    } finally {
      classic.client().close(CloseMode.IMMEDIATE);
      async.client().close(CloseMode.IMMEDIATE);
    }
  }

  @Test
  void aSyncCallWaitingForTheOnlyConnectionTimesOutAtItsDeadline() throws Exception {
    stub.enqueue(StubResponse.dynamo("{\"first\":1}").delayed(Duration.ofSeconds(2)));
    CompletableFuture<HttpResponse> first =
        CompletableFuture.supplyAsync(() -> transport.execute(request(), TIMEOUT));
    stub.awaitRequests(1, TIMEOUT);
    long start = System.nanoTime();

    AttemptTimeoutException e =
        assertThrows(AttemptTimeoutException.class, () -> transport.execute(request(), SHORT));

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis >= SHORT.toMillis() - 50 && millis < 3_000, "after " + millis + " ms");
    assertTrue(e.getMessage().contains("within the attempt timeout of 300 ms"), e.getMessage());
    assertEquals(1, stub.requestCount(), "the waiting call never got a connection");
    assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void anAsyncCallWaitingForTheOnlyConnectionTimesOutAtItsDeadline() throws Exception {
    stub.enqueue(StubResponse.dynamo("{\"first\":1}").delayed(Duration.ofSeconds(2)));
    CompletableFuture<HttpResponse> first = transport.executeAsync(request(), TIMEOUT);
    stub.awaitRequests(1, TIMEOUT);

    CompletableFuture<HttpResponse> second = transport.executeAsync(request(), SHORT);

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> second.get(3, TimeUnit.SECONDS));
    assertInstanceOf(AttemptTimeoutException.class, e.getCause());
    assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(1, stub.requestCount());
  }

  @Test
  void interruptingACallWaitingForAConnectionFailsItAtOnce() throws Exception {
    stub.enqueue(StubResponse.dynamo("{}").delayed(Duration.ofSeconds(2)));
    CompletableFuture<HttpResponse> first =
        CompletableFuture.supplyAsync(() -> transport.execute(request(), TIMEOUT));
    stub.awaitRequests(1, TIMEOUT);
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread waiting =
        new Thread(
            () -> {
              try {
                transport.execute(request(), TIMEOUT);
                failure.complete(null);
              } catch (Throwable t) {
                failure.complete(t);
              }
              flagKept.set(Thread.currentThread().isInterrupted());
            },
            "test-waiting-caller");
    waiting.start();
    awaitWaiting(waiting);

    waiting.interrupt();
    waiting.join(3_000);

    assertFalse(waiting.isAlive(), "execute kept waiting after its thread was interrupted");
    Throwable t = failure.get(1, TimeUnit.SECONDS);
    assertTrue(
        t instanceof TransportException && !(t instanceof AttemptTimeoutException),
        () -> "expected a TransportException, got " + t);
    assertTrue(t.getMessage().startsWith("interrupted while waiting for POST"), t.getMessage());
    assertTrue(flagKept.get(), "the interrupt flag must stay set");
    assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
  }

  /** Until the thread parks in the pool's wait for a connection (its state is the only sign). */
  private static void awaitWaiting(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.TIMED_WAITING
        && thread.getState() != Thread.State.WAITING) {
      assertTrue(System.nanoTime() < deadline, "the caller never started waiting");
      Thread.onSpinWait();
    }
  }
}
