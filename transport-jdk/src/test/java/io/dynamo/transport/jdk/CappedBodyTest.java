package io.dynamo.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.spi.HttpResponse;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class CappedBodyTest {
  private static final String WHAT = "POST http://127.0.0.1:1/";

  private static ResponseInfo info(Long contentLength) {
    Map<String, List<String>> headers =
        contentLength == null ? Map.of() : Map.of("Content-Length", List.of("" + contentLength));
    return new ResponseInfo() {
      @Override
      public int statusCode() {
        return 200;
      }

      @Override
      public HttpHeaders headers() {
        return HttpHeaders.of(headers, (k, v) -> true);
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
  }

  /** A subscription that only remembers whether it was cancelled. */
  private static final class Subscription implements Flow.Subscription {
    boolean cancelled;

    @Override
    public void request(long n) {}

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  private static Throwable failure(CappedBody body) {
    return ((CompletableFuture<HttpResponse>) body.getBody()).handle((r, e) -> e).join();
  }

  @Test
  void refusesADeclaredLengthOverTheCapAndCancels() {
    CappedBody body = new CappedBody(info(10_000_000_000L), 1000, WHAT, Long.MAX_VALUE);
    Subscription s = new Subscription();

    body.onSubscribe(s);

    assertEquals(1000, assertInstanceOf(ResponseTooLargeException.class, failure(body)).limit());
    assertTrue(s.cancelled, "the rest of the body must not be read");
  }

  @Test
  void readsANegativeDeclaredLengthAsNone() {
    // found by HttpResponseFuzzTest: Content-Length: -1 made a byte[-1]
    // (NegativeArraySizeException)
    CappedBody body = new CappedBody(info(-1L), 1000, WHAT, Long.MAX_VALUE);
    body.onSubscribe(new Subscription());

    body.onNext(List.of(ByteBuffer.wrap(new byte[] {'{', '}'})));
    body.onComplete();

    assertArrayEquals(new byte[] {'{', '}'}, body.getBody().toCompletableFuture().join().body());
  }

  @Test
  void stopsABodyThatGrowsPastTheCap() {
    CappedBody body = new CappedBody(info(null), 1000, WHAT, Long.MAX_VALUE);
    Subscription s = new Subscription();
    body.onSubscribe(s);

    body.onNext(List.of(ByteBuffer.allocate(600)));
    body.onNext(List.of(ByteBuffer.allocate(600)));

    assertInstanceOf(ResponseTooLargeException.class, failure(body));
    assertTrue(s.cancelled);
  }

  @Test
  void allocatesALargeDeclaredLengthOnlyAsItsBytesArrive() {
    int declared = 6 * 1024 * 1024;
    CappedBody body = new CappedBody(info((long) declared), 64L << 20, WHAT, Long.MAX_VALUE);
    body.onSubscribe(new Subscription());
    assertEquals(CappedBody.PREALLOCATED_MAX, body.capacity(), "a declaration costs little");

    byte[] sent = new byte[declared];
    for (int i = 0; i < declared; i++) {
      sent[i] = (byte) i;
    }
    for (int at = 0; at < declared; at += 64 * 1024) {
      body.onNext(List.of(ByteBuffer.wrap(sent, at, 64 * 1024)));
    }
    body.onComplete();

    assertEquals(declared, body.capacity(), "grown to the declared length, no further");
    assertArrayEquals(sent, body.getBody().toCompletableFuture().join().body());
  }
}
