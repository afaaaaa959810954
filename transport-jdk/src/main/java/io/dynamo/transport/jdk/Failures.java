package io.dynamo.transport.jdk;

import io.dynamo.api.AttemptTimeoutException;
import io.dynamo.api.ResponseTooLargeException;
import io.dynamo.api.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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
    String what = method + " " + printable(uri);
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
        String reason = connect.getMessage();
        return new TransportException(
            what
                + ": could not connect"
                + (reason == null || reason.isBlank()
                    ? " (refused, or nothing listening there)"
                    : ": " + reason),
            t);
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
      return new TransportException(what + " failed: " + describe(t), t);
    }
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new TransportException(what + " failed: " + describe(t), t);
  }

  /** A proxy's 407 that the credentials given (if any) did not get past; not retryable. */
  static TransportException proxyRefused(String what, URI uri) {
    return new TransportException(
        what
            + ": the proxy answered 407 Proxy Authentication Required; check the proxy's user name"
            + " and password (HttpProxy.withCredentials)"
            + (TunnelAuth.basicDisabled() && "https".equals(uri.getScheme())
                ? ", and that the JVM runs with -D"
                    + TunnelAuth.PROPERTY
                    + "= (java.net.http refuses Basic credentials for HTTPS tunnels without it)"
                : ""),
        null,
        false);
  }

  /** The timeout of an attempt that got no complete response in time. */
  static AttemptTimeoutException attemptTimeout(String what, long millis, Throwable cause) {
    return new AttemptTimeoutException(
        what + ": no complete response within the attempt timeout of " + millis + " ms", cause);
  }

  /** {@code scheme://host:port/path}: no user info, query or fragment, which may hold secrets. */
  static String printable(URI uri) {
    StringBuilder s = new StringBuilder();
    s.append(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() >= 0) {
      s.append(':').append(uri.getPort());
    }
    String path = uri.getRawPath();
    s.append(path == null || path.isEmpty() ? "/" : path);
    return s.toString();
  }

  /** The exception's simple class name and message, or its cause's when it has no message. */
  static String describe(Throwable t) {
    String name = t.getClass().getSimpleName();
    if (t.getMessage() != null && !t.getMessage().isBlank()) {
      return name + ": " + t.getMessage();
    }
    if (t.getCause() != null && t.getCause() != t) {
      return name + " (" + describe(t.getCause()) + ")";
    }
    return name;
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
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
