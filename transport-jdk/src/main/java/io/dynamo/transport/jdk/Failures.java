package io.dynamo.transport.jdk;

import static io.dynamo.api.spi.TransportFailures.attemptTimeout;
import static io.dynamo.api.spi.TransportFailures.describe;
import static io.dynamo.api.spi.TransportFailures.find;
import static io.dynamo.api.spi.TransportFailures.unwrap;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.TransportFailures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns what {@code java.net.http} throws into the client's exceptions. Messages name the method,
 * the URI (without user info, query or fragment) and what failed; never a header.
 */
final class Failures {
  private Failures() {}

  /** The client's exception for a failed exchange. */
  static RuntimeException map(Throwable error, String method, URI uri, Timeouts timeouts) {
    Throwable t = unwrap(error);
    String what = TransportFailures.what(method, uri);
    if (t instanceof HttpConnectTimeoutException) {
      return new AttemptTimeoutException(
          what
              + ": no connection within the connect timeout of "
              + timeouts.connectMillis()
              + " ms",
          t);
    }
    if (t instanceof HttpTimeoutException) {
      return attemptTimeout(what, timeouts.attemptMillis(), t);
    }
    if (t instanceof CancellationException) {
      return new TransportException(what + " was cancelled", t);
    }
    if (t instanceof IllegalArgumentException && find(t, NumberFormatException.class) != null) {
      return malformedResponse(what, t);
    }
    ResponseTooLargeException tooLarge = find(t, ResponseTooLargeException.class);
    if (tooLarge != null) {
      return new ResponseTooLargeException(tooLarge.getMessage(), tooLarge.limit(), tooLarge);
    }
    if (find(t, TimeoutException.class) != null) {
      return attemptTimeout(what, timeouts.attemptMillis(), t); // the body's deadline
    }
    if (t instanceof IOException) {
      SSLException tls = find(t, SSLException.class);
      if (tls != null) {
        // A handshake the client refused (untrusted certificate, no common protocol) fails the
        // same way every time; other TLS errors (a reset mid-handshake) may not.
        return new TransportException(
            what + ": TLS failed: " + describe(tls), t, !(tls instanceof SSLHandshakeException));
      }
      ConnectException connect = find(t, ConnectException.class);
      if (connect != null) {
        return TransportFailures.couldNotConnect(what, connect);
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("too many authentication attempts")) {
        // java.net.http gives up on a proxy's 407s this way once its credentials failed
        return proxyRefused(what, uri);
      }
      if (message.contains("header parser received no bytes")) {
        return new TransportException(
            what
                + ": the server closed the connection without answering (a kept-alive connection"
                + " it had closed, or it dropped the request)",
            t);
      }
      return TransportFailures.failed(what, t);
    }
    return TransportFailures.otherwise(what, t);
  }

  /**
   * java.net.http fails an exchange with a {@link NumberFormatException} (an {@link
   * IllegalArgumentException}, which {@code send} wraps in another) when a response header it reads
   * as a number cannot be parsed, such as a {@code Content-Length} of {@code 1, 1}: the server's
   * doing, not a programming error. Its message quotes the header, so it is left out.
   */
  static TransportException malformedResponse(String what, Throwable t) {
    return new TransportException(
        what + ": the response could not be read (java.net.http refused one of its headers)", t);
  }

  /** A proxy's 407 that the credentials given (if any) did not get past; not retryable. */
  static TransportException proxyRefused(String what, URI uri) {
    return TransportFailures.proxyRefused(
        what,
        TunnelAuth.basicDisabled() && "https".equals(uri.getScheme())
            ? "and that the JVM runs with -D"
                + TunnelAuth.PROPERTY
                + "= (java.net.http refuses Basic credentials for HTTPS tunnels without it)"
            : null);
  }

  /** The timeouts of one exchange, for messages. */
  record Timeouts(Duration connect, Duration attempt) {
    long connectMillis() {
      return connect.toMillis();
    }

    long attemptMillis() {
      return Math.max(1, attempt.toMillis());
    }
  }
}
