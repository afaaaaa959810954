package io.dynamo.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

class ExchangeTest {
  private static final URI URI_ = URI.create("http://127.0.0.1:9/");

  /** An HttpClient whose exchanges all end with {@code outcome}. */
  private static HttpClient answering(
      CompletableFuture<HttpResponse<io.dynamo.api.spi.HttpResponse>> outcome) {
    return new HttpClient() {
      @Override
      public Optional<CookieHandler> cookieHandler() {
        return Optional.empty();
      }

      @Override
      public Optional<Duration> connectTimeout() {
        return Optional.empty();
      }

      @Override
      public Redirect followRedirects() {
        return Redirect.NEVER;
      }

      @Override
      public Optional<ProxySelector> proxy() {
        return Optional.empty();
      }

      @Override
      public SSLContext sslContext() {
        return null;
      }

      @Override
      public SSLParameters sslParameters() {
        return null;
      }

      @Override
      public Optional<Authenticator> authenticator() {
        return Optional.empty();
      }

      @Override
      public Version version() {
        return Version.HTTP_1_1;
      }

      @Override
      public Optional<Executor> executor() {
        return Optional.empty();
      }

      @Override
      public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException();
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> CompletableFuture<HttpResponse<T>> sendAsync(
          HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return (CompletableFuture<HttpResponse<T>>) (Object) outcome;
      }

      @Override
      public <T> CompletableFuture<HttpResponse<T>> sendAsync(
          HttpRequest request,
          HttpResponse.BodyHandler<T> handler,
          HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
      }
    };
  }

  @Test
  void anErrorEndingTheExchangeFailsTheResultAtOnceNotAsATimeout() {
    CompletableFuture<HttpResponse<io.dynamo.api.spi.HttpResponse>> outcome =
        new CompletableFuture<>();
    AtomicInteger released = new AtomicInteger();
    Duration longTimeout = Duration.ofHours(1);
    Exchange exchange =
        new Exchange(
            answering(outcome),
            HttpRequest.newBuilder(URI_).POST(HttpRequest.BodyPublishers.noBody()).build(),
            "POST",
            URI_,
            new Failures.Timeouts(Duration.ofSeconds(2), longTimeout),
            1024,
            null,
            released::incrementAndGet);
    assertTrue(exchange.getAsBoolean());
    OutOfMemoryError error = new OutOfMemoryError("reading the body");
    outcome.completeExceptionally(error);
    assertEquals(1, released.get());
    assertTrue(exchange.result().isDone(), "still pending: it would end as an attempt timeout");
    assertEquals(error, exchange.result().handle((v, e) -> e).join());
  }
}
