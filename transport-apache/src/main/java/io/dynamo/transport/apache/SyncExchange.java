package io.dynamo.transport.apache;

import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportFailures;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;

/**
 * One call of {@link ApacheTransport#execute} on the classic client, run on the caller's thread.
 *
 * <p>The exchange can be aborted from other threads: by the attempt deadline (the transport's timer
 * calls {@link #timeOut()}) and by {@link ApacheTransport#close()} ({@link #abortOnClose()}).
 * Either cancels the {@link HttpUriRequestBase}, which makes HttpClient close the connection at
 * once (whether the exchange waits for a pooled connection, connects, sends, or reads); the caller
 * then sees an I/O failure, which is reported for what it is: a timeout or a closed transport. The
 * first reason to abort wins.
 *
 * <p>A response is read whole into a {@link BodyBuffer}; reading the last byte is what returns the
 * connection to the pool. On any failure, including a body over the cap, the request is cancelled
 * before the response is closed, so HttpClient never drains the rest of a body (which may be
 * endless) to save the connection: it is closed instead.
 */
final class SyncExchange implements InFlight {
  private enum Abort {
    TIMEOUT,
    CLOSED
  }

  private final AtomicReference<Abort> abort = new AtomicReference<>();
  private final HttpUriRequestBase request;
  private final String what;
  private final Failures.Timeouts timeouts;
  private final long cap;

  SyncExchange(HttpUriRequestBase request, String what, Failures.Timeouts timeouts, long cap) {
    this.request = request;
    this.what = what;
    this.timeouts = timeouts;
    this.cap = cap;
  }

  /** Sends the request and reads the whole response, or throws the client's exception. */
  HttpResponse run(CloseableHttpClient client, HttpClientContext context) {
    ClassicHttpResponse response;
    try {
      response = client.executeOpen(null, request, context);
    } catch (IOException | RuntimeException e) {
      throw failure(e);
    }
    byte[] body;
    try {
      HttpEntity entity = response.getEntity();
      BodyBuffer buffer = BodyBuffer.create(entity == null ? 0 : entity.getContentLength(), cap);
      if (entity != null) {
        buffer.readAll(entity.getContent());
      }
      body = buffer.toByteArray();
    } catch (IOException | RuntimeException e) {
      request.cancel(); // closes the connection: never drain or reuse a half-read one
      close(response, CloseMode.IMMEDIATE);
      throw failure(e);
    }
    close(response, CloseMode.GRACEFUL); // the body was read to its end: the connection is pooled
    if (response.getCode() == 407) {
      throw Failures.proxyAuthenticationRequired(what);
    }
    return HttpResponse.of(response.getCode(), Conversions.headers(response.getHeaders()), body);
  }

  /** The attempt deadline passed. */
  void timeOut() {
    if (abort.compareAndSet(null, Abort.TIMEOUT)) {
      request.cancel();
    }
  }

  @Override
  public void abortOnClose() {
    if (abort.compareAndSet(null, Abort.CLOSED)) {
      request.cancel();
    }
  }

  private RuntimeException failure(Throwable e) {
    if (Thread.currentThread().isInterrupted()) {
      // The thread's sockets are interruptible (InterruptiblePoolBuilder): the interrupt closed the
      // connection. The flag stays set for the caller.
      request.cancel();
      return Failures.interrupted(what, e);
    }
    Abort reason = abort.get();
    if (reason == Abort.TIMEOUT) {
      return TransportFailures.attemptTimeout(what, timeouts.attemptMillis(), e);
    }
    if (reason == Abort.CLOSED) {
      return Failures.closedInFlight(what, e);
    }
    return Failures.map(e, what, timeouts);
  }

  private static void close(ClassicHttpResponse response, CloseMode mode) {
    try {
      if (response instanceof ModalCloseable) {
        ((ModalCloseable) response).close(mode);
      } else {
        response.close();
      }
    } catch (IOException | RuntimeException e) {
      // The connection is closed or back in the pool either way.
    }
  }
}
