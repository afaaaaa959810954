package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.assertIoFailure;
import static io.dynamo.transport.contract.ContractFixture.millisSince;
import static io.dynamo.transport.contract.ContractFixture.text;
import static io.dynamo.transport.contract.ContractFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.StubResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How a transport fails: timeouts as {@link AttemptTimeoutException}, every other I/O failure as a
 * {@link TransportException} (both of which the client retries), promptly, with the URI and without
 * headers in the message, and without leaving a half-read connection in the pool.
 */
interface FailureContract extends ContractFixture {
  /** The attempt timeout of the timeout tests. */
  Duration SHORT = Duration.ofMillis(300);

  /** How late a failure may come, beyond its timeout, on a busy machine. */
  long SLACK_MILLIS = 3_000;

  /**
   * A late answer fails with {@link AttemptTimeoutException} near the timeout, and its connection
   * is not reused.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void failsWithAttemptTimeoutWhenTheAnswerIsLate(Mode mode) {
    stub()
        .enqueue(
            StubResponse.dynamo("{\"late\":1}").delayed(Duration.ofSeconds(5)),
            StubResponse.dynamo("{\"fresh\":1}"));
    Transport transport = transport();
    long start = System.nanoTime();

    AttemptTimeoutException e =
        assertThrows(AttemptTimeoutException.class, () -> mode.send(transport, post("{}"), SHORT));

    long elapsed = millisSince(start);
    assertTrue(elapsed >= SHORT.toMillis() - 50, "timed out early, after " + elapsed + " ms");
    assertTrue(
        elapsed < SHORT.toMillis() + SLACK_MILLIS, "timed out late, after " + elapsed + " ms");
    ContractFixture.assertSafeMessage(e, stub().endpoint());
    assertEquals(
        "{\"fresh\":1}",
        text(mode.send(transport, post("{}"), TIMEOUT)),
        "the timed-out connection, with its answer still to come, must not be reused");
  }

  /** The attempt timeout covers the body too, not only the headers. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void countsASlowBodyAgainstTheAttemptTimeout(Mode mode) {
    stub()
        .enqueue(
            StubResponse.dynamo("{\"slow\":1}").delayedBody(Duration.ofSeconds(5)),
            StubResponse.dynamo("{\"fresh\":1}"));
    Transport transport = transport();
    long start = System.nanoTime();

    assertThrows(AttemptTimeoutException.class, () -> mode.send(transport, post("{}"), SHORT));

    long elapsed = millisSince(start);
    assertTrue(
        elapsed < SHORT.toMillis() + SLACK_MILLIS, "timed out late, after " + elapsed + " ms");
    assertEquals("{\"fresh\":1}", text(mode.send(transport, post("{}"), TIMEOUT)));
  }

  /**
   * A refused connection fails at once with a {@link TransportException}, not after the connect
   * timeout.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void failsQuicklyWhenTheConnectionIsRefused(Mode mode) throws IOException {
    URI closedPort;
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }
    Duration longTime = Duration.ofSeconds(20);
    Transport transport = transport(new TransportOptions(longTime, 10, null));
    long start = System.nanoTime();

    assertIoFailure(
        closedPort,
        () -> mode.send(transport, ContractFixture.post(closedPort, utf8("{}")), longTime));

    long elapsed = millisSince(start);
    assertTrue(elapsed < SLACK_MILLIS, "a refused connection took " + elapsed + " ms to report");
  }

  /**
   * A connection closed without an answer fails with a {@link TransportException}, and the POST is
   * not repeated.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void failsWhenTheServerClosesWithoutAnswering(Mode mode) {
    stub().enqueue(StubResponse.disconnect());

    assertIoFailure(stub().endpoint(), () -> mode.send(transport(), post("{}"), TIMEOUT));

    assertEquals(
        1, stub().requestCount(), "a POST on a new connection must not be repeated silently");
  }

  /** A reset connection fails with a {@link TransportException}. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void failsWhenTheServerResetsTheConnection(Mode mode) {
    stub().enqueue(StubResponse.reset());

    assertIoFailure(stub().endpoint(), () -> mode.send(transport(), post("{}"), TIMEOUT));

    assertEquals(1, stub().requestCount());
  }

  /** A body shorter than its {@code Content-Length} fails with a {@link TransportException}. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void failsWhenTheBodyIsTruncated(Mode mode) {
    String json = "{\"Items\":[" + "{\"id\":{\"S\":\"x\"}},".repeat(50) + "{}]}";
    stub().enqueue(StubResponse.dynamo(json).truncatedAfter(10), StubResponse.dynamo("{}"));
    Transport transport = transport();

    assertIoFailure(stub().endpoint(), () -> mode.send(transport, post("{}"), TIMEOUT));

    assertEquals("{}", text(mode.send(transport, post("{}"), TIMEOUT)));
  }

  /**
   * An answer whose framing cannot be parsed (a list for a {@code Content-Length}, two lengths that
   * disagree, broken chunks, a status line that is not one) is a response if the transport makes
   * sense of it, else a {@link TransportException}, in time; never another exception
   * (HttpResponseFuzzTest found java.net.http's {@code IllegalArgumentException} for {@code
   * Content-Length: 2, 2} and httpcore's for a negative chunk size escaping).
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void failsOnFramingItCannotParseWithATransportException(Mode mode) {
    String[] answers = {
      "HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\n{}",
      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{} ",
      "HTTP/1.1 200 OK\r\nContent-Length: two\r\n\r\n{}",
      "HTTP/1.1 200 OK\r\nContent-Length: -2\r\n\r\n{}",
      "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n{}",
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n{}\r\n",
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-2\r\n{}\r\n0\r\n\r\n",
      "HTTP/1.1 2OO OK\r\nContent-Length: 2\r\n\r\n{}",
      "ICY 200 OK\r\nContent-Length: 2\r\n\r\n{}",
    };
    for (String answer : answers) {
      stub().enqueue(StubResponse.raw(answer.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      long start = System.nanoTime();
      try {
        mode.send(transport(), post("{}"), SHORT);
      } catch (TransportException e) {
        ContractFixture.assertSafeMessage(e, stub().endpoint());
      } catch (RuntimeException e) {
        throw new AssertionError(
            "the answer " + answer.replace("\r\n", "\\r\\n") + " threw " + e, e);
      }
      long elapsed = millisSince(start);
      assertTrue(elapsed < SHORT.toMillis() + SLACK_MILLIS, "took " + elapsed + " ms");
    }
  }

  /**
   * Interrupting a thread in {@code execute} fails the call with a {@link TransportException} at
   * once and leaves the interrupt flag set.
   */
  @Test
  default void interruptingASyncCallFailsItAndKeepsTheInterruptFlag() throws Exception {
    stub().enqueue(StubResponse.dynamo("{}").delayed(Duration.ofSeconds(10)));
    Transport transport = transport();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<HttpResponse> response = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                response.set(transport.execute(post("{}"), TIMEOUT));
              } catch (Throwable t) {
                failure.set(t);
              }
              flagKept.set(Thread.currentThread().isInterrupted());
            },
            "contract-interrupted-caller");
    caller.start();
    stub().awaitRequests(1, TIMEOUT);

    long start = System.nanoTime();
    caller.interrupt();
    caller.join(SLACK_MILLIS * 2);

    assertFalse(caller.isAlive(), "execute kept waiting after its thread was interrupted");
    assertTrue(millisSince(start) < SLACK_MILLIS, "execute took long to notice the interrupt");
    assertEquals(null, response.get(), "no response was sent yet");
    assertTrue(
        failure.get() instanceof TransportException
            && !(failure.get() instanceof AttemptTimeoutException),
        () -> "expected a TransportException, got " + failure.get());
    assertTrue(flagKept.get(), "the interrupt flag must stay set");
  }
}
