package io.dynamo.transport.apache;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.ConnPoolControl;

/**
 * What {@link ApacheTransport#executeAsync} needs, made on its first call: the async client (its
 * own, with its I/O reactor threads, or the user's, started if need be) and the threads that
 * complete asynchronous results. A transport used only synchronously never starts either.
 * Thread-safe.
 */
final class AsyncSide {
  /** How long an idle callback thread lives before it ends. */
  static final long CALLBACK_IDLE_SECONDS = 30;

  private final ClientFactory factory;
  private final DaemonThreads threads;
  private final CloseableHttpAsyncClient supplied;
  private volatile Started started;
  private boolean closed;

  /** The async client, its pool when the transport owns it (else null), the callback threads. */
  record Started(
      CloseableHttpAsyncClient client,
      ConnPoolControl<HttpRoute> pool,
      ExecutorService callbacks) {}

  /**
   * @param supplied the user's async client, or {@code null} for one made by {@code factory}
   */
  AsyncSide(ClientFactory factory, DaemonThreads threads, CloseableHttpAsyncClient supplied) {
    this.factory = factory;
    this.threads = threads;
    this.supplied = supplied;
  }

  /** The async side, made now if need be; {@code null} once closed. */
  Started get() {
    Started side = started;
    if (side != null) {
      return side;
    }
    synchronized (this) {
      if (closed) {
        return null;
      }
      if (started == null) {
        // Like Executors.newCachedThreadPool: threads on demand, none kept idle beyond 30 s. It is
        // unbounded on purpose: a fixed pool would deadlock as soon as a callback blocks, and the
        // connection limit already bounds the calls in flight.
        ExecutorService callbacks =
            new ThreadPoolExecutor(
                0,
                Integer.MAX_VALUE,
                CALLBACK_IDLE_SECONDS,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                threads.factory("callback"));
        if (supplied != null) {
          supplied.start(); // does nothing if it runs already
          started = new Started(supplied, null, callbacks);
        } else {
          ClientFactory.Owned<CloseableHttpAsyncClient> own = factory.async(threads.factory("io"));
          started = new Started(own.client(), own.pool(), callbacks);
        }
      }
      return started;
    }
  }

  /** Closes idle and expired pooled connections, if the transport owns a started async client. */
  void evictIdleConnections() {
    Started side = started;
    if (side != null) {
      ClientFactory.evictIdle(side.pool());
    }
  }

  /**
   * Shuts the async client down if the transport made it, and lets the callback threads end once
   * they have run what they were given. Idempotent.
   */
  void close() {
    Started side;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      side = started;
    }
    if (side != null) {
      if (supplied == null) {
        side.client().close(CloseMode.IMMEDIATE);
      }
      side.callbacks().shutdown();
    }
  }
}
