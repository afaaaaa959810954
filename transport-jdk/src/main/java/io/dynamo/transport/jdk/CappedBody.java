package io.dynamo.transport.jdk;

import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportFailures;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a response body into one array, no longer than the cap, and turns it into the SPI's
 * response.
 *
 * <p>A {@code Content-Length} over the cap fails before a byte of the body is read; a body that
 * grows past it (chunked, or longer than declared) stops being read at the cap. Either way the
 * result fails with a {@link ResponseTooLargeException} and the subscription is cancelled, which
 * makes {@code java.net.http} close the connection instead of pooling it with the rest unread. The
 * array is sized from {@code Content-Length} when there is one (up to {@value #PREALLOCATED_MAX}
 * bytes before they arrive), so a body is copied once.
 *
 * <p>With a deadline, the body must be complete by then, or the result fails with a {@link
 * java.util.concurrent.TimeoutException} (the caller turns it into an attempt timeout): {@code
 * java.net.http}'s own request timeout stops at the response headers.
 */
final class CappedBody implements BodySubscriber<HttpResponse> {
  private static final int FIRST_CHUNK = 8 * 1024;

  /**
   * The most allocated for a declared length before its bytes arrive, so that a server that
   * declares large bodies on many connections at once and sends nothing costs little: DynamoDB's
   * pages (1 MB) fit, larger bodies grow as they arrive.
   */
  static final int PREALLOCATED_MAX = 2 * 1024 * 1024;

  private final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
  private final ResponseInfo info;
  private final long cap;
  private final String what;
  private final long deadlineNanos;
  private volatile Flow.Subscription subscription;
  private byte[] bytes;
  private int length;
  private long limit; // the declared length, or the cap

  /**
   * @param what the method and URI, for the message
   * @param deadlineNanos the {@link System#nanoTime()} by which the body must be complete, or
   *     {@link Long#MAX_VALUE} for none
   */
  CappedBody(ResponseInfo info, long cap, String what, long deadlineNanos) {
    this.info = info;
    this.cap = cap;
    this.what = what;
    this.deadlineNanos = deadlineNanos;
    result.whenComplete(
        (response, failure) -> {
          Flow.Subscription s = subscription;
          if (failure != null && s != null) {
            s.cancel();
          }
        });
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
    if (declared.isPresent() && declared.getAsLong() < 0) {
      // java.net.http reads a negative length as none (to the end of the connection); so does this
      declared = OptionalLong.empty();
    }
    if (declared.isPresent() && declared.getAsLong() > cap) {
      result.completeExceptionally(TransportFailures.tooLarge(what, cap, declared.getAsLong()));
      return;
    }
    limit = declared.isPresent() ? declared.getAsLong() : cap;
    bytes = new byte[(int) Math.min(limit, declared.isPresent() ? PREALLOCATED_MAX : FIRST_CHUNK)];
    if (deadlineNanos != Long.MAX_VALUE && deadlineNanos - System.nanoTime() <= 0) {
      result.completeExceptionally(new TimeoutException());
      return;
    }
    s.request(Long.MAX_VALUE);
    // A body already buffered with the headers (most of DynamoDB's answers) is read within
    // request(): the deadline then needs no timer, which would wake the JDK's delay thread on
    // every call. A body still to come gets one, for the time left.
    if (deadlineNanos != Long.MAX_VALUE && !result.isDone()) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        result.completeExceptionally(new TimeoutException());
      } else {
        // orTimeout schedules on the JDK's shared delay thread and unschedules once complete
        result.orTimeout(left, TimeUnit.NANOSECONDS);
      }
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      int n = buffer.remaining();
      if (length + (long) n > cap) {
        result.completeExceptionally(TransportFailures.tooLarge(what, cap, -1));
        return;
      }
      if (length + n > bytes.length) {
        long grown =
            Math.max(length + (long) n, Math.min(limit, Math.max(bytes.length * 2L, FIRST_CHUNK)));
        bytes = Arrays.copyOf(bytes, (int) grown);
      }
      buffer.get(bytes, length, n);
      length += n;
    }
  }

  @Override
  public void onError(Throwable failure) {
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    if (result.isDone()) {
      return;
    }
    byte[] body = length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    result.complete(HttpResponse.of(info.statusCode(), Conversions.headers(info.headers()), body));
  }

  /** How many bytes it has room for now (0 before it is subscribed). */
  int capacity() {
    return bytes == null ? 0 : bytes.length;
  }

  @Override
  public CompletionStage<HttpResponse> getBody() {
    return result;
  }
}
