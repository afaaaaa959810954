package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.sign.HttpHeader;
import io.dynamo.testkit.RecordedRequest;
import io.dynamo.testkit.StubResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A transport's name, its two calling styles, and closing it: idempotent, ending calls in flight
 * with a {@link TransportClosedException}, and leaving no thread behind.
 */
interface LifecycleContract extends ContractFixture {

  /** The name is a short lower-case word, the same every time. */
  @Test
  default void hasAShortLowerCaseName() {
    String name = transport().name();

    assertTrue(name.matches("[a-z][a-z0-9-]{0,19}"), () -> "not a short name: '" + name + "'");
    assertEquals(name, transport().name());
  }

  /**
   * {@code execute} and {@code executeAsync} send the same request and return the same response.
   */
  @Test
  default void sendsAndReadsTheSameSynchronouslyAndAsynchronously() throws Exception {
    StubResponse answer =
        StubResponse.of(200, "application/x-amz-json-1.0", "{\"Count\":1}")
            .withHeader("X-Custom", "same");
    stub().enqueue(answer, answer);
    Transport transport = transport();

    HttpResponse sync = transport.execute(post("{\"a\":1}"), TIMEOUT);
    HttpResponse async =
        transport
            .executeAsync(post("{\"a\":1}"), TIMEOUT)
            .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

    assertEquals(sync.statusCode(), async.statusCode());
    assertArrayEquals(sync.body(), async.body());
    assertEquals(headerMap(sync), headerMap(async));
    RecordedRequest first = stub().request(0);
    RecordedRequest second = stub().request(1);
    assertEquals(first.method(), second.method());
    assertEquals(first.path(), second.path());
    assertEquals(first.headers(), second.headers());
    assertArrayEquals(first.body(), second.body());
  }

  /** {@code executeAsync} returns before the answer arrives. */
  @Test
  default void executeAsyncReturnsBeforeTheAnswer() throws Exception {
    stub().enqueue(StubResponse.dynamo("{\"done\":1}").delayed(Duration.ofSeconds(2)));

    CompletableFuture<HttpResponse> future = transport().executeAsync(post("{}"), TIMEOUT);

    assertFalse(future.isDone(), "executeAsync waited for the response");
    assertEquals("{\"done\":1}", text(future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)));
  }

  /**
   * {@code close()} may be called twice; calls after it fail with a {@link
   * TransportClosedException}.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void closeIsIdempotentAndLaterCallsFail(Mode mode) {
    Transport transport = transport(TransportOptions.defaults());
    assertEquals(200, mode.send(transport, post("{}"), TIMEOUT).statusCode());

    transport.close();
    transport.close();

    TransportClosedException e =
        assertThrows(
            TransportClosedException.class, () -> mode.send(transport, post("{}"), TIMEOUT));
    assertFalse(e.isRetryable(), "a closed transport stays closed");
  }

  /**
   * {@code close()} ends a call in flight, asynchronous or blocked in {@code execute}, promptly
   * with a {@link TransportClosedException} that is not retried, rather than leaving it hanging.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void closeFailsCallsInFlight(Mode mode) throws Exception {
    stub().enqueue(StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)));
    Transport transport = transport(TransportOptions.defaults());
    CompletableFuture<HttpResponse> inFlight = InFlight.start(mode, transport, post("{}"));
    stub().awaitRequests(1, TIMEOUT);
    long start = System.nanoTime();

    transport.close();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> inFlight.get(10, TimeUnit.SECONDS));
    assertTrue(
        ContractFixture.millisSince(start) < 5_000,
        "the call in flight took " + ContractFixture.millisSince(start) + " ms to end");
    TransportClosedException closed =
        assertInstanceOf(TransportClosedException.class, e.getCause());
    assertFalse(closed.isRetryable());
    ContractFixture.assertSafeMessage(closed, stub().endpoint());
  }

  /**
   * Once closed, with a call that was in flight, the transport leaves no thread of its own behind:
   * every thread that appeared while it was in use ends.
   */
  @Test
  default void closeLeavesNoThreadBehind() throws Exception {
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    stub()
        .enqueue(
            StubResponse.dynamo("{}"),
            StubResponse.dynamo("{}"),
            StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)));
    Transport transport = createTransport(TransportOptions.defaults());
    CompletableFuture<HttpResponse> inFlight;
    try {
      assertEquals(200, transport.execute(post("{}"), TIMEOUT).statusCode());
      assertEquals(
          200,
          transport
              .executeAsync(post("{}"), TIMEOUT)
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
              .statusCode());
      inFlight = transport.executeAsync(post("{}"), TIMEOUT);
      stub().awaitRequests(3, TIMEOUT);
    } finally {
      transport.close();
    }
    assertThrows(ExecutionException.class, () -> inFlight.get(10, TimeUnit.SECONDS));

    List<String> left = Threads.awaitEnd(before, Duration.ofSeconds(20));

    assertEquals(List.of(), left, "threads still alive after close()");
  }

  private static Map<String, Object> headerMap(HttpResponse response) {
    Map<String, Object> map = new TreeMap<>();
    for (HttpHeader h : response.headers()) {
      if (!h.is("Date")) {
        map.merge(h.name().toLowerCase(Locale.ROOT), h.value(), (a, b) -> a + "," + b);
      }
    }
    return map;
  }
}
