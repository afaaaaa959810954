package io.dynamo.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.TransportFailures;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  private static final URI URI_WITH_SECRETS =
      URI.create("https://user:pass@db.example:8443/ru-central1/b1g?X-Amz-Signature=abc#f");
  private static final Failures.Timeouts TIMEOUTS =
      new Failures.Timeouts(Duration.ofSeconds(2), Duration.ofMillis(300));

  private static RuntimeException map(Throwable t) {
    return Failures.map(t, "POST", URI_WITH_SECRETS, TIMEOUTS);
  }

  @Test
  void printsTheUriWithoutUserInfoQueryOrFragment() {
    assertEquals(
        "https://db.example:8443/ru-central1/b1g", TransportFailures.printable(URI_WITH_SECRETS));
    assertEquals("http://127.0.0.1/", TransportFailures.printable(URI.create("http://127.0.0.1")));
  }

  @Test
  void mapsTimeoutsToAttemptTimeouts() {
    RuntimeException response = map(new HttpTimeoutException("request timed out"));
    RuntimeException connect = map(new HttpConnectTimeoutException("HTTP connect timed out"));

    assertInstanceOf(AttemptTimeoutException.class, response);
    assertEquals(
        "POST https://db.example:8443/ru-central1/b1g: no complete response within the attempt"
            + " timeout of 300 ms",
        response.getMessage());
    assertInstanceOf(AttemptTimeoutException.class, connect);
    assertTrue(connect.getMessage().contains("connect timeout of 2000 ms"), connect.getMessage());
  }

  @Test
  void mapsAResponseHeaderJavaNetHttpCannotParseToATransportException() {
    // found by HttpResponseFuzzTest: Content-Length: 283, 283 escaped as IllegalArgumentException
    IllegalArgumentException refused =
        new IllegalArgumentException(
            "For input string: \"283, 283\"", new NumberFormatException("283, 283"));
    RuntimeException e = map(refused);

    assertEquals(TransportException.class, e.getClass());
    assertEquals(
        "POST https://db.example:8443/ru-central1/b1g: the response could not be read"
            + " (java.net.http refused one of its headers)",
        e.getMessage());
    assertEquals(refused, e.getCause());
    NumberFormatException async = new NumberFormatException("For input string: \"283, 283\"");
    assertEquals(TransportException.class, map(new CompletionException(async)).getClass());
  }

  @Test
  void mapsRefusedConnectionsToTransportExceptions() {
    ConnectException refused = new ConnectException();
    refused.initCause(new ClosedChannelException());

    RuntimeException e = map(new CompletionException(refused));

    assertEquals(TransportException.class, e.getClass());
    assertEquals(
        "POST https://db.example:8443/ru-central1/b1g: could not connect (refused, or nothing"
            + " listening there)",
        e.getMessage());
    assertSame(refused, e.getCause());
  }

  @Test
  void explainsAConnectionClosedWithoutAnAnswer() {
    RuntimeException e = map(new IOException("HTTP/1.1 header parser received no bytes"));

    assertEquals(TransportException.class, e.getClass());
    assertTrue(e.getMessage().contains("closed the connection without answering"), e.getMessage());
  }

  @Test
  void mapsOtherIoFailuresToTransportExceptions() {
    RuntimeException truncated = map(new EOFException("EOF reached while reading"));
    RuntimeException tls = map(new SSLHandshakeException("PKIX path building failed"));
    RuntimeException noMessage = map(new IOException(new EOFException()));

    assertEquals(
        "POST https://db.example:8443/ru-central1/b1g failed: EOFException: EOF reached while"
            + " reading",
        truncated.getMessage());
    assertEquals(
        "POST https://db.example:8443/ru-central1/b1g: TLS failed: SSLHandshakeException: PKIX"
            + " path building failed",
        tls.getMessage());
    assertTrue(noMessage.getMessage().endsWith("failed: IOException: java.io.EOFException"));
    for (RuntimeException e : new RuntimeException[] {truncated, tls, noMessage}) {
      assertEquals(TransportException.class, e.getClass());
      assertFalse(e.getMessage().contains("pass"), e.getMessage());
      assertFalse(e.getMessage().contains("Signature"), e.getMessage());
    }
  }

  @Test
  void mapsCancellationToATransportException() {
    assertEquals(
        TransportException.class,
        map(new CompletionException(new CancellationException())).getClass());
  }

  @Test
  void passesProgrammingErrorsThrough() {
    IllegalArgumentException bad = new IllegalArgumentException("unsupported URI scheme");
    StackOverflowError error = new StackOverflowError();

    assertSame(bad, map(new CompletionException(bad)));
    assertSame(error, assertThrows(StackOverflowError.class, () -> map(error)));
  }

  @Test
  void findsTheCapAndTheBodysDeadlineUnderTheJdksWrapping() {
    ResponseTooLargeException big = new ResponseTooLargeException("POST x: too long", 10);
    RuntimeException capped = map(new java.io.IOException("wrapped", big));
    RuntimeException late = map(new java.io.IOException("wrapped", new TimeoutException()));

    assertEquals(ResponseTooLargeException.class, capped.getClass());
    assertEquals(10, ((ResponseTooLargeException) capped).limit());
    assertSame(big, capped.getCause());
    assertEquals(AttemptTimeoutException.class, late.getClass());
  }

  @Test
  void keepsAHandshakeFailureUnretried() {
    TransportException e =
        (TransportException)
            map(new javax.net.ssl.SSLHandshakeException("PKIX path building failed"));

    assertFalse(e.isRetryable());
  }
}
