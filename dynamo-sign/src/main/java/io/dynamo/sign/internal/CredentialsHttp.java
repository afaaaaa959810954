package io.dynamo.sign.internal;

import io.dynamo.sign.CredentialsException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Small HTTP calls to credential endpoints (container, instance metadata, STS, the SSO portal),
 * each bounded in time as a whole and in size, never through a proxy. The client is created on
 * first use and kept.
 */
public final class CredentialsHttp {
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final Duration timeout;
  private volatile HttpClient client;

  /** Creates a helper whose exchanges each end within {@code timeout}, connection included. */
  public CredentialsHttp(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
  }

  /** Returns the timeout. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Sends a request and returns the body of a 200 response. The whole exchange (connection, headers
   * and body) must end within the timeout, and the body be at most 64 KiB: an endpoint that
   * trickles its body, or sends an endless one, fails in time.
   *
   * @param what what is being fetched, for messages, such as "container credentials"
   * @throws CredentialsException on any failure or a non-200 status
   */
  public byte[] send(String method, URI uri, Map<String, String> headers, String what) {
    Response response = exchange(method, uri, headers, null, what);
    int status = response.status();
    if (status != 200) {
      throw new StatusException(
          status,
          what
              + ": "
              + method
              + " "
              + describe(uri)
              + " returned HTTP "
              + status
              + (status == 404
                  ? " (not found)"
                  : status == 401 || status == 403 ? " (refused)" : ""));
    }
    return response.body();
  }

  /** A response: its status and its body, at most 64 KiB. */
  public record Response(int status, byte[] body) {}

  /**
   * Sends a request with an optional body and returns the response whatever its status, bounded as
   * {@link #send} is.
   *
   * @param body the request body, or null for none
   * @throws CredentialsException on any failure to get a whole response in time
   */
  public Response exchange(
      String method, URI uri, Map<String, String> headers, byte[] body, String what) {
    String call = what + ": " + method + " " + describe(uri); // for messages
    HttpResponse<byte[]> response;
    CappedBody received = new CappedBody(MAX_BODY_BYTES);
    CompletableFuture<HttpResponse<byte[]>> exchange;
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
      headers.forEach(b::header);
      b.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange = client().sendAsync(b.build(), info -> received);
    } catch (IllegalArgumentException e) {
      // a URI that parses but that java.net.http refuses (a port beyond 65535, say); its message
      // and the URI's query and user info are left out, as everywhere here
      throw new CredentialsException(call + " is not a URI an HTTP client can send to");
    }
    // the cap's failure ends the wait at once, whether or not the client completes the exchange
    CompletableFuture<HttpResponse<byte[]>> outcome = new CompletableFuture<>();
    exchange.whenComplete(
        (r, t) -> {
          if (t != null) {
            outcome.completeExceptionally(t);
          } else {
            outcome.complete(r);
          }
        });
    received.result.whenComplete(
        (b, t) -> {
          if (t != null) {
            outcome.completeExceptionally(t);
          }
        });
    try {
      response = outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      received.cancel();
      exchange.cancel(true);
      throw new CredentialsException(
          call + " did not answer in full within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof IllegalArgumentException) {
        throw new CredentialsException(call + " is not a URI an HTTP client can send to");
      }
      if (cause instanceof java.net.http.HttpTimeoutException) {
        // the client's own timer, the same as ours, came first: the same failure
        throw new CredentialsException(
            call + " did not answer in full within " + timeout.toMillis() + " ms");
      }
      if (cause instanceof CredentialsException) {
        throw new CredentialsException(what + ": " + describe(uri) + " " + cause.getMessage());
      }
      throw new CredentialsException(
          call
              + " failed ("
              + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
              + ")",
          cause);
    } catch (InterruptedException e) {
      received.cancel();
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new CredentialsException(what + ": interrupted while waiting for " + describe(uri), e);
    }
    return new Response(response.statusCode(), response.body());
  }

  /** Collects a body of at most {@code cap} bytes; a longer one fails as soon as it is. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int cap;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;
    private int size;

    CappedBody(int cap) {
      this.cap = cap;
    }

    void cancel() {
      cancelled = true;
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (cancelled) {
        s.cancel();
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer b : buffers) {
        size += b.remaining();
        if (size > cap) {
          subscription.cancel();
          result.completeExceptionally(
              new CredentialsException(
                  "returned more than the " + cap + " bytes a credentials response can be"));
          return;
        }
        parts.add(b);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      byte[] out = new byte[size];
      int at = 0;
      for (ByteBuffer b : parts) {
        int n = b.remaining();
        b.get(out, at, n);
        at += n;
      }
      result.complete(out);
    }
  }

  /** Returns scheme, host, port and path of a URI: never its query or user info. */
  public static String describe(URI uri) {
    StringBuilder b =
        new StringBuilder().append(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() != -1) {
      b.append(':').append(uri.getPort());
    }
    return b.append(uri.getRawPath() == null ? "" : uri.getRawPath()).toString();
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c =
              HttpClient.newBuilder()
                  .connectTimeout(timeout)
                  .proxy(HttpClient.Builder.NO_PROXY)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .version(HttpClient.Version.HTTP_1_1)
                  .build();
          client = c;
        }
      }
    }
    return c;
  }

  /** A response with a status other than 200. */
  public static final class StatusException extends CredentialsException {
    private static final long serialVersionUID = 1L;
    private final int status;

    StatusException(int status, String message) {
      super(message);
      this.status = status;
    }

    /** Returns the HTTP status. */
    public int status() {
      return status;
    }
  }
}
