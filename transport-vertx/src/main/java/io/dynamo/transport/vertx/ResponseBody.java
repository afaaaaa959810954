package io.dynamo.transport.vertx;

import io.dynamo.api.error.ResponseTooLargeException;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;
import java.util.Arrays;

/**
 * Reads the response body into one array, never past {@link Exchange#maxResponseBytes()}.
 *
 * <p>The Web Client asks for the body's stream when the response head has arrived and before it
 * lets a byte of the body flow: a head that declares a longer {@code Content-Length} fails there,
 * unread. A body that grows past the cap (chunked, or read to the connection's end) fails at the
 * write that crosses it. Either way the exchange fails with a {@link ResponseTooLargeException},
 * which resets the request and so closes its connection: nothing more is read, nothing kept, and
 * the connection is not pooled. So whatever the server sends costs at most the cap.
 */
final class ResponseBody implements BodyCodec<byte[]> {
  /** The first array of a body of unknown length; it doubles as the body grows. */
  static final int INITIAL_CAPACITY = 8 * 1024;

  /**
   * The most allocated for a declared length before its bytes arrive, so that a server that
   * declares large bodies on many connections at once and sends nothing costs little: DynamoDB's
   * pages (1 MB) fit, larger bodies grow as they arrive.
   */
  static final int PREALLOCATED_MAX = 2 * 1024 * 1024;

  private final Exchange exchange;

  ResponseBody(Exchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public BodyStream<byte[]> stream() {
    long declared = exchange.declaredLength();
    long max = exchange.maxResponseBytes();
    if (declared > max) {
      ResponseTooLargeException e = Failures.tooLarge(exchange.what(), max, declared);
      exchange.quietResponse();
      exchange.fail(e);
      throw e;
    }
    return new Collector(declared);
  }

  /** One body's bytes; called on the request's event loop only. */
  private final class Collector implements BodyStream<byte[]> {
    private final Promise<byte[]> done = Promise.promise();
    private final long declared;
    private byte[] bytes;
    private int size;

    Collector(long declared) {
      this.declared = declared;
      long capacity = declared >= 0 ? Math.min(declared, PREALLOCATED_MAX) : INITIAL_CAPACITY;
      bytes = new byte[(int) Math.min(capacity, exchange.maxResponseBytes())];
    }

    @Override
    public Future<Void> write(Buffer data) {
      if (exchange.isSettled()) {
        return Future.failedFuture(exchange.what() + ": the call has ended"); // stop reading
      }
      int n = data.length();
      long max = exchange.maxResponseBytes();
      if (size + (long) n > max) {
        ResponseTooLargeException e = Failures.tooLarge(exchange.what(), max, -1);
        exchange.fail(e);
        done.tryFail(e);
        return Future.failedFuture(e);
      }
      if (size + n > bytes.length) {
        long needed = size + (long) n;
        long limit = declared >= needed ? declared : max; // grow to the declared length at most
        bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(bytes.length * 2L, needed), limit));
      }
      data.getBytes(0, n, bytes, size);
      size += n;
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> end() {
      done.tryComplete(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
      return Future.succeededFuture();
    }

    @Override
    public void handle(Throwable failure) {
      done.tryFail(failure);
    }

    @Override
    public Future<byte[]> result() {
      return done.future();
    }

    @Override
    public Collector exceptionHandler(Handler<Throwable> handler) {
      return this;
    }

    @Override
    public Collector setWriteQueueMaxSize(int maxSize) {
      return this;
    }

    @Override
    public boolean writeQueueFull() {
      return false;
    }

    @Override
    public Collector drainHandler(Handler<Void> handler) {
      return this;
    }
  }
}
