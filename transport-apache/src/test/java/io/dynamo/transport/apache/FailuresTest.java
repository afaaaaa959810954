package io.dynamo.transport.apache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.TransportFailures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  private static final String WHAT = "POST http://127.0.0.1:8000/";
  private static final Failures.Timeouts TIMEOUTS = new Failures.Timeouts(2000, 300);

  private static RuntimeException map(Throwable t) {
    return Failures.map(t, WHAT, TIMEOUTS);
  }

  @Test
  void printsSchemeHostPortAndPathOnly() {
    assertEquals(
        "https://h.example:8443/a/b",
        TransportFailures.printable(
            URI.create("https://user:pw@h.example:8443/a/b?X-Amz-Signature=s#f")));
    assertEquals("http://h.example/", TransportFailures.printable(URI.create("http://h.example")));
  }

  @Test
  void aBodyOverTheCapIsTooLargeAndNotRetried() {
    RuntimeException e = map(new BodyTooLargeException(1000, -1));

    ResponseTooLargeException tooLarge = assertInstanceOf(ResponseTooLargeException.class, e);
    assertEquals(1000, tooLarge.limit());
    assertFalse(tooLarge.isRetryable());
    assertEquals(WHAT + ": the response body exceeds the limit of 1000 bytes", e.getMessage());
  }

  @Test
  void timeoutsAreAttemptTimeouts() {
    assertEquals(
        WHAT + ": no connection within the connect timeout of 2000 ms",
        assertInstanceOf(AttemptTimeoutException.class, map(new ConnectTimeoutException("x")))
            .getMessage());
    assertEquals(
        WHAT + ": no complete response within the attempt timeout of 300 ms",
        assertInstanceOf(AttemptTimeoutException.class, map(new SocketTimeoutException("Read")))
            .getMessage());
    assertTrue(
        assertInstanceOf(
                AttemptTimeoutException.class,
                map(new ConnectionRequestTimeoutException("Timeout deadline")))
            .getMessage()
            .endsWith("(no pooled connection became free)"));
    assertTrue(
        Failures.map(new ConnectTimeoutException("x"), WHAT, new Failures.Timeouts(-1, 300))
            .getMessage()
            .endsWith("within the HTTP client's connect timeout"));
  }

  @Test
  void aRefusedCertificateOrHostNameIsNotRetried() {
    for (SSLException refused :
        new SSLException[] {
          new SSLHandshakeException("PKIX path building failed"),
          new SSLPeerUnverifiedException("Certificate for <a> doesn't match")
        }) {
      TransportException e =
          assertInstanceOf(TransportException.class, map(new IOException("wrapped", refused)));
      assertFalse(e.isRetryable(), e.toString());
      assertTrue(e.getMessage().startsWith(WHAT + ": TLS failed: "), e.getMessage());
    }
    TransportException reset =
        assertInstanceOf(TransportException.class, map(new SSLException("Connection reset")));
    assertTrue(reset.isRetryable(), "a TLS session cut short may go better next time");
  }

  @Test
  void otherIoFailuresAreRetried() {
    for (Throwable t :
        new Throwable[] {
          new HttpHostConnectException("Connect to http://127.0.0.1:8000 failed"),
          new ConnectException("Connection refused"),
          new NoHttpResponseException("127.0.0.1:8000 failed to respond"),
          new ConnectionClosedException("Premature end of Content-Length delimited message body"),
          new IOException("Connection reset")
        }) {
      TransportException e = assertInstanceOf(TransportException.class, map(t));
      assertFalse(e instanceof AttemptTimeoutException, e.toString());
      assertTrue(e.isRetryable(), e.toString());
      assertTrue(e.getMessage().startsWith(WHAT), e.getMessage());
      assertSame(t, e.getCause());
    }
  }

  @Test
  void aShutDownClientIsAClosedTransport() {
    assertInstanceOf(
        TransportClosedException.class,
        map(new IllegalStateException("Connection pool shut down")));
  }

  @Test
  void rethrowsOnTheCallersThreadKeepingTypeMessageAndRetryability() {
    TransportException unretryable = new TransportException("tls", null, false);
    ResponseTooLargeException tooLarge = new ResponseTooLargeException("big", 10);

    RuntimeException a = TransportFailures.forCaller(new CompletionException(unretryable));
    RuntimeException b = TransportFailures.forCaller(tooLarge);

    assertFalse(((TransportException) a).isRetryable());
    assertSame(unretryable, a.getCause());
    assertEquals(10, assertInstanceOf(ResponseTooLargeException.class, b).limit());
    assertThrows(
        AssertionError.class,
        () -> {
          throw TransportFailures.forCaller(new AssertionError("an Error is rethrown as it is"));
        });
  }
}
