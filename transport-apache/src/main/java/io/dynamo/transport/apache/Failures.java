package io.dynamo.transport.apache;

import static io.dynamo.api.spi.TransportFailures.attemptTimeout;
import static io.dynamo.api.spi.TransportFailures.describe;
import static io.dynamo.api.spi.TransportFailures.find;
import static io.dynamo.api.spi.TransportFailures.unwrap;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.TransportFailures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Turns what HttpClient throws into the client's exceptions. Messages name the method, the URI
 * (without user info, query or fragment) and what failed; never a header, and never the proxy's
 * password (HttpClient's own messages hold neither).
 */
final class Failures {
  private Failures() {}

  /**
   * The client's exception for a failed exchange that was neither timed out nor closed by the
   * transport (those are decided by the exchange, which knows why it aborted).
   */
  static RuntimeException map(Throwable error, String what, Timeouts timeouts) {
    Throwable t = unwrap(error);
    BodyTooLargeException tooLarge = find(t, BodyTooLargeException.class);
    if (tooLarge != null) {
      return tooLarge(what, tooLarge);
    }
    if (find(t, ConnectTimeoutException.class) != null) {
      return new AttemptTimeoutException(
          what
              + ": no connection within the "
              + (timeouts.connectMillis() < 0
                  ? "HTTP client's connect timeout"
                  : "connect timeout of " + timeouts.connectMillis() + " ms"),
          t);
    }
    if (find(t, ConnectionRequestTimeoutException.class) != null) {
      return new AttemptTimeoutException(
          attemptTimeout(what, timeouts.attemptMillis(), null).getMessage()
              + " (no pooled connection became free)",
          t);
    }
    if (find(t, SocketTimeoutException.class) != null) {
      return attemptTimeout(what, timeouts.attemptMillis(), t);
    }
    SSLException tls = find(t, SSLException.class);
    if (tls != null) {
      // A handshake the client refused (untrusted certificate, a name the certificate does not
      // cover, no common protocol) fails the same way every time; other TLS errors (a reset in
      // the middle of a handshake) may not.
      boolean refused =
          tls instanceof SSLHandshakeException || tls instanceof SSLPeerUnverifiedException;
      return new TransportException(what + ": TLS failed: " + describe(tls), t, !refused);
    }
    ConnectException connect = find(t, ConnectException.class);
    if (connect != null) {
      return new TransportException(
          what + ": could not connect (refused, or nothing listening there): " + describe(connect),
          t);
    }
    if (find(t, NoHttpResponseException.class) != null) {
      return new TransportException(
          what
              + ": the server closed the connection without answering (a kept-alive connection"
              + " it had closed, or it dropped the request)",
          t);
    }
    if (t instanceof UnknownHostException) {
      return new TransportException(what + ": unknown host: " + describe(t), t);
    }
    if (t instanceof CancellationException
        || t instanceof IllegalStateException
            && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("shut down")) {
      // HttpClient's answer once it was shut down ("Request execution cancelled", "Connection
      // pool shut down"): a user-supplied client closed by its owner.
      return new TransportClosedException(
          what + ": the HTTP client is shut down: " + describe(t), t);
    }
    if (t instanceof IOException || t instanceof HttpException) {
      return TransportFailures.failed(what, t);
    }
    return TransportFailures.otherwise(what, t);
  }

  /** The cap was passed: not retried, as the same request would get the same answer. */
  static ResponseTooLargeException tooLarge(String what, BodyTooLargeException e) {
    return TransportFailures.tooLarge(what, e.limit(), e.declaredLength());
  }

  /** A call that arrives after {@link ApacheTransport#close()}. */
  static TransportClosedException closed(String what) {
    return TransportFailures.closed(what, "ApacheTransport");
  }

  /** A call that was in flight when the transport was closed. */
  static TransportClosedException closedInFlight(String what, Throwable cause) {
    return TransportFailures.closedInFlight(what, cause);
  }

  /** A synchronous call whose thread was interrupted. */
  static TransportException interrupted(String what, Throwable cause) {
    return new TransportException("interrupted while waiting for " + what, cause);
  }

  /**
   * A proxy that refused the credentials, or wanted some and got none: the same every time, so not
   * retried. Only proxies answer 407.
   */
  static TransportException proxyAuthenticationRequired(String what) {
    return TransportFailures.proxyRefused(what, null);
  }

  /**
   * The timeouts of one exchange, for messages.
   *
   * @param connectMillis the connect timeout, or -1 when a user's client has its own
   * @param attemptMillis the attempt timeout, at least 1
   */
  record Timeouts(long connectMillis, long attemptMillis) {}
}
