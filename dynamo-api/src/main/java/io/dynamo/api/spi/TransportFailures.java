package io.dynamo.api.spi;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The failures every {@link Transport} reports alike, with the same messages, and the helpers to
 * write them: what a transport maps from its own HTTP library stays in the transport.
 *
 * <p>Messages name the call as {@link #what(String, URI) what} ({@code POST
 * https://dynamodb.eu-west-1.amazonaws.com/}) and what failed; never a header, a query or user
 * info, all of which may hold secrets.
 */
public final class TransportFailures {
  private TransportFailures() {}

  /** {@code METHOD scheme://host:port/path}, for messages. */
  public static String what(String method, URI uri) {
    return method + " " + printable(uri);
  }

  /** {@code scheme://host:port/path}: no user info, query or fragment, which may hold secrets. */
  public static String printable(URI uri) {
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
  public static String describe(Throwable t) {
    String name = t.getClass().getSimpleName();
    if (t.getMessage() != null && !t.getMessage().isBlank()) {
      return name + ": " + t.getMessage();
    }
    if (t.getCause() != null && t.getCause() != t) {
      return name + " (" + describe(t.getCause()) + ")";
    }
    return name;
  }

  /**
   * {@code t} without the {@link CompletionException}s and {@link ExecutionException}s around it.
   */
  public static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** The first of {@code t} and its causes (ten deep at most) that is a {@code type}, or null. */
  public static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /**
   * A failure from another thread, to rethrow on the caller's: the same type, message and {@link
   * TransportException#isRetryable()}, with the caller's stack and the original as its cause, so a
   * stack trace shows where the call was made. An {@link Error} is thrown as it is.
   */
  public static RuntimeException forCaller(Throwable error) {
    Throwable t = unwrap(error);
    if (t instanceof ResponseTooLargeException) {
      return new ResponseTooLargeException(
          t.getMessage(), ((ResponseTooLargeException) t).limit(), t);
    }
    if (t instanceof AttemptTimeoutException) {
      return new AttemptTimeoutException(t.getMessage(), t);
    }
    if (t instanceof TransportClosedException) {
      return new TransportClosedException(t.getMessage(), t);
    }
    if (t instanceof TransportException && t.getClass() == TransportException.class) {
      TransportException e = (TransportException) t;
      return new TransportException(e.getMessage(), e, e.isRetryable(), e.isUnsent());
    }
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new TransportException(describe(t), t);
  }

  /** No connection could be made (refused, unreachable); retryable, and known unsent. */
  public static TransportException couldNotConnect(String what, java.net.ConnectException cause) {
    String reason = cause.getMessage();
    return new TransportException(
        what
            + ": could not connect"
            + (reason == null || reason.isBlank()
                ? " (refused, or nothing listening there)"
                : ": " + reason),
        cause,
        true,
        true);
  }

  /**
   * Anything else that went wrong with the exchange, described by {@code cause} (its type and
   * message); retryable, as I/O failures are.
   */
  public static TransportException failed(String what, Throwable cause) {
    return new TransportException(what + " failed: " + describe(cause), cause);
  }

  /**
   * What a transport does with a failure it has no mapping for: a {@link RuntimeException} passes
   * through as it is (a programming error, or already the client's), an {@link Error} is thrown,
   * anything else (a checked exception) is {@link #failed}.
   */
  public static RuntimeException otherwise(String what, Throwable t) {
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return failed(what, t);
  }

  /** The attempt got no complete response within its timeout. */
  public static AttemptTimeoutException attemptTimeout(String what, long millis, Throwable cause) {
    return new AttemptTimeoutException(
        what + ": no complete response within the attempt timeout of " + millis + " ms", cause);
  }

  /**
   * A response body longer than the cap: declared so by its {@code Content-Length} ({@code
   * declared}, or -1 when the body grew past the cap as it was read).
   */
  public static ResponseTooLargeException tooLarge(String what, long limit, long declared) {
    return new ResponseTooLargeException(
        what
            + (declared >= 0
                ? ": the response declares a body of " + declared + " bytes (Content-Length),"
                : ": the response body exceeds")
            + " the limit of "
            + limit
            + " bytes",
        limit);
  }

  /** A call made after the transport was closed. */
  public static TransportClosedException closed(String what, String transport) {
    return new TransportClosedException(
        what + ": this " + transport + " is closed; create a new one");
  }

  /** A call the transport's {@code close()} ended while it was in flight. */
  public static TransportClosedException closedInFlight(String what, Throwable cause) {
    return new TransportClosedException(
        what + ": the transport was closed while the call was in flight", cause);
  }

  /** A proxy's 407 that the credentials given, if any, did not get past; not retryable. */
  public static TransportException proxyRefused(String what, String hint) {
    return new TransportException(
        what
            + ": the proxy answered 407 Proxy Authentication Required; check the proxy's user name"
            + " and password (HttpProxy.withCredentials)"
            + (hint == null || hint.isEmpty() ? "" : ", " + hint),
        null,
        false,
        true);
  }
}
