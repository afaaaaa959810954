package io.dynamo.transport.vertx;

import static io.dynamo.api.spi.TransportFailures.attemptTimeout;
import static io.dynamo.api.spi.TransportFailures.describe;
import static io.dynamo.api.spi.TransportFailures.find;
import static io.dynamo.api.spi.TransportFailures.unwrap;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.TransportFailures;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.proxy.ProxyConnectException;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.vertx.core.http.HttpClosedException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns what Vert.x and Netty fail with into the client's exceptions. Messages name the method, the
 * URI (without user info, query or fragment) and what failed; never a header, never a proxy
 * password (Vert.x and Netty name the proxy by address only).
 */
final class Failures {
  private Failures() {}

  /**
   * The client's exception for an exchange Vert.x failed.
   *
   * @param what the method and printable URI, such as {@code POST http://127.0.0.1:8000/}
   * @param answering whether the response had begun (its head had arrived)
   */
  static TransportException map(
      Throwable error, String what, long connectMillis, long attemptMillis, boolean answering) {
    Throwable t = unwrap(error);
    if (t instanceof TransportException) {
      return (TransportException) t;
    }
    if (find(t, ConnectTimeoutException.class) != null) {
      return new AttemptTimeoutException(
          what + ": no connection within the connect timeout of " + connectMillis + " ms", t);
    }
    if (t instanceof TimeoutException || find(t, SslHandshakeTimeoutException.class) != null) {
      // Vert.x's own: no connection from the pool in time (the request's connect timeout, which
      // is the attempt's remaining time), or a TLS handshake that outlasted the connect timeout.
      return attemptTimeout(what, attemptMillis, t);
    }
    SSLException tls = find(t, SSLException.class);
    if (tls != null) {
      return new TransportException(what + ": TLS failed: " + describe(tls), t, retryable(tls));
    }
    ProxyConnectException proxy = find(t, ProxyConnectException.class);
    if (proxy != null) {
      // Netty's message names the proxy by address and the target, never the credentials.
      boolean loginRefused = String.valueOf(proxy.getMessage()).contains("status: 407");
      return new TransportException(
          what
              + ": the proxy did not open a tunnel"
              + (loginRefused ? " (it refused the credentials)" : "")
              + ": "
              + describe(proxy),
          t,
          !loginRefused);
    }
    ConnectException connect = find(t, ConnectException.class);
    if (connect != null) {
      return TransportFailures.couldNotConnect(what, connect);
    }
    if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
      return new TransportException(
          what
              + (answering
                  ? ": the connection closed before the whole response arrived"
                  : ": the server closed the connection without answering (a kept-alive connection"
                      + " it had closed, or it dropped the request)"),
          t);
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return TransportFailures.failed(what, t);
  }

  /**
   * A handshake the client refused (an untrusted certificate, a certificate for another host name,
   * no protocol or cipher in common) fails the same way every time; a handshake cut short by the
   * network, or any TLS error after it, may not.
   */
  private static boolean retryable(SSLException tls) {
    if (!(tls instanceof SSLHandshakeException)) {
      return true;
    }
    return find(tls.getCause(), EOFException.class) != null
        || find(tls.getCause(), ClosedChannelException.class) != null
        || tls.getCause() instanceof IOException && !(tls.getCause() instanceof SSLException);
  }

  /** A response whose body is, or says it will be, longer than the cap. */
  static ResponseTooLargeException tooLarge(String what, long limit, long declared) {
    return TransportFailures.tooLarge(what, limit, declared);
  }

  /** A proxy's 407 to a forwarded request; not retryable. */
  static TransportException proxyRefused(String what) {
    return TransportFailures.proxyRefused(what, null);
  }

  /** A call made after {@link VertxTransport#close()}. */
  static TransportClosedException closed(String what) {
    return TransportFailures.closed(what, "VertxTransport");
  }

  /** A call {@link VertxTransport#close()} ended while it was in flight. */
  static TransportClosedException closedInFlight(String what) {
    return TransportFailures.closedInFlight(what, null);
  }
}
