package io.dynamo.transport.vertx;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.streams.Pipe;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;

/**
 * The request body, given to the Web Client as a stream ({@code sendStream}) rather than a buffer
 * for one reason: the Web Client pipes a stream body into the core {@link HttpClientRequest} it
 * made, and so hands that request to {@link #pipe()}'s {@link Pipe#to}, which passes it to the
 * {@link Exchange} (the only public way to reach it, and so to reset it). The bytes are then sent
 * in one piece with {@code end(buffer)}, sized by the {@code Content-Length} the transport set.
 *
 * <p>As a plain {@link ReadStream} (should anything read it another way) it emits the body as one
 * buffer and ends.
 */
final class RequestBody implements ReadStream<Buffer> {
  private final Exchange exchange;
  private final Buffer body;
  private Handler<Buffer> handler;
  private Handler<Void> endHandler;
  private boolean paused = true;
  private boolean emitted;

  RequestBody(Exchange exchange, byte[] body) {
    this.exchange = exchange;
    this.body = Buffer.buffer(body);
  }

  @Override
  public Pipe<Buffer> pipe() {
    return new Sender();
  }

  @Override
  public synchronized RequestBody exceptionHandler(Handler<Throwable> exceptionHandler) {
    return this; // the body is in memory: it cannot fail
  }

  @Override
  public synchronized RequestBody handler(Handler<Buffer> dataHandler) {
    this.handler = dataHandler;
    emitIfFlowing();
    return this;
  }

  @Override
  public synchronized RequestBody endHandler(Handler<Void> end) {
    this.endHandler = end;
    emitIfFlowing();
    return this;
  }

  @Override
  public synchronized RequestBody pause() {
    paused = true;
    return this;
  }

  @Override
  public synchronized RequestBody resume() {
    paused = false;
    emitIfFlowing();
    return this;
  }

  @Override
  public synchronized RequestBody fetch(long amount) {
    if (amount > 0) {
      paused = false;
      emitIfFlowing();
    }
    return this;
  }

  private void emitIfFlowing() {
    if (paused || emitted || handler == null) {
      return;
    }
    emitted = true;
    handler.handle(body);
    if (endHandler != null) {
      endHandler.handle(null);
    }
  }

  /** Sends the body into the request the Web Client made, after showing it to the exchange. */
  private final class Sender implements Pipe<Buffer> {
    @Override
    public Pipe<Buffer> endOnFailure(boolean end) {
      return this;
    }

    @Override
    public Pipe<Buffer> endOnSuccess(boolean end) {
      return this;
    }

    @Override
    public Pipe<Buffer> endOnComplete(boolean end) {
      return this;
    }

    @Override
    public Future<Void> to(WriteStream<Buffer> destination) {
      exchange.sending();
      if (destination instanceof HttpClientRequest
          && !exchange.attach((HttpClientRequest) destination)) {
        return Future.failedFuture(exchange.what() + ": the call ended before it was sent");
      }
      return destination.end(body);
    }

    @Override
    public void close() {
      // nothing to release: the body is in memory
    }
  }
}
