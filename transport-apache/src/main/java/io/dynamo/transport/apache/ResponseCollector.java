package io.dynamo.transport.apache;

import io.dynamo.sign.HttpHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads one response on the async client's I/O thread into a {@link BodyBuffer}, sized from the
 * {@code Content-Length} when there is one. A declared length over the cap fails the exchange
 * before any body byte is read; a body that grows past it fails it as soon as it does. Either way
 * the failure is a {@link BodyTooLargeException} thrown into HttpClient, which then closes the
 * connection rather than reading on.
 *
 * <p>The response is handed over only in {@link #releaseResources()}, which HttpClient calls after
 * it has returned the connection to its pool. Completing it earlier (when the last body byte
 * arrives) lets a caller that sends its next request at once find no connection free, and open a
 * second one.
 */
final class ResponseCollector implements AsyncResponseConsumer<io.dynamo.api.spi.HttpResponse> {
  private final long cap;
  private int status;
  private List<HttpHeader> headers;
  private BodyBuffer body;
  private volatile FutureCallback<io.dynamo.api.spi.HttpResponse> callback;
  private final AtomicReference<io.dynamo.api.spi.HttpResponse> complete = new AtomicReference<>();

  ResponseCollector(long cap) {
    this.cap = cap;
  }

  @Override
  public void consumeResponse(
      HttpResponse response,
      EntityDetails entityDetails,
      HttpContext context,
      FutureCallback<io.dynamo.api.spi.HttpResponse> resultCallback)
      throws BodyTooLargeException {
    this.status = response.getCode();
    this.headers = Conversions.headers(response.getHeaders());
    this.callback = resultCallback;
    this.body =
        BodyBuffer.create(entityDetails == null ? 0 : entityDetails.getContentLength(), cap);
    if (entityDetails == null) {
      finish();
    }
  }

  @Override
  public void informationResponse(HttpResponse response, HttpContext context) {
    // 1xx answers (HttpClient never asks for 100-continue here) carry nothing to keep.
  }

  @Override
  public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
    // Every byte is copied out of HttpClient's buffer at once; the cap, not flow control, bounds
    // it.
    capacityChannel.update(Integer.MAX_VALUE);
  }

  @Override
  public void consume(ByteBuffer src) throws BodyTooLargeException {
    body.append(src);
  }

  @Override
  public void streamEnd(List<? extends Header> trailers) {
    finish();
  }

  @Override
  public void failed(Exception cause) {
    // HttpClient reports the failure to the exchange's own callback.
  }

  @Override
  public void releaseResources() {
    io.dynamo.api.spi.HttpResponse response = complete.getAndSet(null);
    FutureCallback<io.dynamo.api.spi.HttpResponse> done = callback;
    if (response != null && done != null) {
      done.completed(response);
    }
  }

  private void finish() {
    complete.set(io.dynamo.api.spi.HttpResponse.of(status, headers, body.toByteArray()));
    body = null;
  }
}
