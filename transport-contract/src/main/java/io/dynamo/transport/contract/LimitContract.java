package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.millisSince;
import static io.dynamo.transport.contract.ContractFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.StubResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cap on a response body ({@link TransportOptions#maxResponseBytes()}): whatever a server
 * sends, a transport reads no more than the cap, fails the attempt with a {@link
 * ResponseTooLargeException} that is not retried, and does not reuse the connection the rest came
 * on.
 */
interface LimitContract extends ContractFixture {
  /** The cap these tests set: 64 KiB. */
  long CAP = 64 * 1024;

  /** How long reading up to the cap and giving up may take, on a busy machine. */
  long PROMPT_MILLIS = 5_000;

  /** Options with the test cap. */
  private static TransportOptions capped() {
    return TransportOptions.defaults().withMaxResponseBytes(CAP);
  }

  /**
   * A body one byte over the cap, with its {@code Content-Length}, fails without retry; the next
   * call on the same transport gets its own answer, on a new connection.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void failsABodyOverTheCapAndDoesNotReuseItsConnection(Mode mode) {
    byte[] tooLong = new byte[(int) CAP + 1];
    Arrays.fill(tooLong, (byte) 'x');
    stub().enqueue(StubResponse.of(200).withBody(tooLong), StubResponse.dynamo("{\"next\":1}"));
    Transport transport = transport(capped());

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class, () -> mode.send(transport, post("{}"), TIMEOUT));

    assertFalse(e.isRetryable(), "the same request would get the same answer");
    assertEquals(CAP, e.limit());
    ContractFixture.assertSafeMessage(e, stub().endpoint());
    assertTrue(e.getMessage().contains(Long.toString(CAP)), () -> "name the limit: " + e);
    assertEquals("{\"next\":1}", text(mode.send(transport, post("{}"), TIMEOUT)));
    assertEquals(2, stub().connectionCount(), "the over-long answer's connection was reused");
  }

  /** A body exactly as long as the cap is read whole. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void readsABodyExactlyAsLongAsTheCap(Mode mode) {
    byte[] full = new byte[(int) CAP];
    Arrays.fill(full, (byte) 'y');
    stub().enqueue(StubResponse.of(200).withBody(full));

    HttpResponse response = mode.send(transport(capped()), post("{}"), TIMEOUT);

    assertEquals(CAP, response.body().length);
  }

  /**
   * A declared {@code Content-Length} of 10 GB fails at once, without reading (or holding) the
   * body, and without retry.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void failsAHugeDeclaredLengthPromptly(Mode mode) {
    stub().enqueue(StubResponse.ofLength(10_000_000_000L));
    Transport transport = transport(capped());
    long start = System.nanoTime();

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class, () -> mode.send(transport, post("{}"), TIMEOUT));

    assertTrue(millisSince(start) < PROMPT_MILLIS, "took " + millisSince(start) + " ms");
    assertFalse(e.isRetryable());
    assertEquals(200, mode.send(transport, post("{}"), TIMEOUT).statusCode());
  }

  /**
   * A chunked body that never ends stops being read at the cap: the call fails promptly instead of
   * filling the heap or waiting for the attempt timeout.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void stopsReadingAnEndlessBodyAtTheCap(Mode mode) {
    stub().enqueue(StubResponse.endless());
    Transport transport = transport(capped());
    long start = System.nanoTime();

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class, () -> mode.send(transport, post("{}"), TIMEOUT));

    assertTrue(millisSince(start) < PROMPT_MILLIS, "took " + millisSince(start) + " ms");
    ContractFixture.assertSafeMessage(e, stub().endpoint());
    assertEquals(200, mode.send(transport, post("{}"), TIMEOUT).statusCode());
  }

  /**
   * With default options, a 10 GB body is refused at the default cap ({@value
   * TransportOptions#DEFAULT_MAX_RESPONSE_BYTES} bytes) rather than read into memory.
   */
  @Test
  default void hasACapByDefault() {
    assertEquals(
        TransportOptions.DEFAULT_MAX_RESPONSE_BYTES,
        TransportOptions.defaults().maxResponseBytes());
    stub().enqueue(StubResponse.ofLength(10_000_000_000L));

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class, () -> transport().execute(post("{}"), TIMEOUT));

    assertEquals(TransportOptions.DEFAULT_MAX_RESPONSE_BYTES, e.limit());
  }
}
