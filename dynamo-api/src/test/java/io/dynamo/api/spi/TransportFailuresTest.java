package io.dynamo.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {

  @Test
  void namesACallWithoutUserInfoQueryOrFragment() {
    URI uri = URI.create("https://user:pw@example.com:8443/ru-central1/b1g?X-Amz-Signature=s#f");

    assertEquals(
        "POST https://example.com:8443/ru-central1/b1g", TransportFailures.what("POST", uri));
    assertEquals("http://127.0.0.1/", TransportFailures.printable(URI.create("http://127.0.0.1")));
  }

  @Test
  void rethrowsOnTheCallersThreadWithTheSameTypeMessageAndRetryability() {
    TransportException tls = new TransportException("TLS failed", null, false);
    ResponseTooLargeException big = new ResponseTooLargeException("too long", 10);
    TransportClosedException closed = new TransportClosedException("closed");
    AttemptTimeoutException late = new AttemptTimeoutException("late");

    RuntimeException t = TransportFailures.forCaller(new ExecutionException(tls));
    RuntimeException b = TransportFailures.forCaller(new CompletionException(big));

    assertEquals(TransportException.class, t.getClass());
    assertFalse(((TransportException) t).isRetryable());
    assertSame(tls, t.getCause());
    assertEquals(10, ((ResponseTooLargeException) b).limit());
    assertSame(big, b.getCause());
    assertEquals(TransportClosedException.class, TransportFailures.forCaller(closed).getClass());
    assertEquals(AttemptTimeoutException.class, TransportFailures.forCaller(late).getClass());
    assertEquals(
        TransportException.class, TransportFailures.forCaller(new IOException("x")).getClass());
    OutOfMemoryError oom = new OutOfMemoryError();
    assertSame(oom, assertThrows(OutOfMemoryError.class, () -> TransportFailures.forCaller(oom)));
  }

  @Test
  void findsACauseAndDescribesAFailure() {
    IOException root = new IOException("reset");
    RuntimeException wrapped = new RuntimeException(new IllegalStateException(root));

    assertSame(root, TransportFailures.find(wrapped, IOException.class));
    assertEquals(null, TransportFailures.find(wrapped, java.net.ConnectException.class));
    assertEquals("IOException: reset", TransportFailures.describe(root));
    assertEquals(
        "IllegalStateException (IOException: reset)",
        TransportFailures.describe(new IllegalStateException((String) null, root)));
  }

  @Test
  void saysTheSameOnEveryTransport() {
    String what = "POST http://127.0.0.1:1/";

    assertEquals(
        what + ": the response declares a body of 99 bytes (Content-Length), the limit of 10 bytes",
        TransportFailures.tooLarge(what, 10, 99).getMessage());
    assertEquals(
        what + ": the response body exceeds the limit of 10 bytes",
        TransportFailures.tooLarge(what, 10, -1).getMessage());
    assertFalse(TransportFailures.tooLarge(what, 10, -1).isRetryable());
    assertFalse(TransportFailures.closedInFlight(what, null).isRetryable());
    assertTrue(
        TransportFailures.closed(what, "JdkTransport")
            .getMessage()
            .contains("JdkTransport is closed"));
    TransportException refused = TransportFailures.proxyRefused(what, null);
    assertFalse(refused.isRetryable());
    assertTrue(refused.getMessage().contains("407"));
    IllegalArgumentException bug = new IllegalArgumentException("bad URI");
    assertSame(bug, TransportFailures.otherwise(what, bug));
    assertEquals(
        what + " failed: Exception: checked",
        TransportFailures.otherwise(what, new Exception("checked")).getMessage());
    assertEquals(
        what + ": no complete response within the attempt timeout of 300 ms",
        TransportFailures.attemptTimeout(what, 300, null).getMessage());
  }
}
