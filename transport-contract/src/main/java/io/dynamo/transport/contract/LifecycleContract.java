package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.TransportException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.sign.HttpHeader;
import io.dynamo.testkit.RecordedRequest;
import io.dynamo.testkit.StubResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A transport's name, its two calling styles, and closing it. */
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

  /** {@code close()} may be called twice; calls after it fail. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void closeIsIdempotentAndLaterCallsFail(Mode mode) {
    Transport transport = transport(TransportOptions.defaults());
    assertEquals(200, mode.send(transport, post("{}"), TIMEOUT).statusCode());

    transport.close();
    transport.close();

    assertThrows(RuntimeException.class, () -> mode.send(transport, post("{}"), TIMEOUT));
  }

  /**
   * {@code close()} fails a call in flight with a {@link TransportException} rather than leaving it
   * hanging.
   */
  @Test
  default void closeFailsCallsInFlight() throws Exception {
    stub().enqueue(StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)));
    Transport transport = transport(TransportOptions.defaults());
    CompletableFuture<HttpResponse> inFlight =
        transport.executeAsync(post("{}"), Duration.ofSeconds(60));
    stub().awaitRequests(1, TIMEOUT);

    transport.close();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> inFlight.get(10, TimeUnit.SECONDS));
    assertInstanceOf(TransportException.class, e.getCause());
    ContractFixture.assertSafeMessage(e.getCause(), stub().endpoint());
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
