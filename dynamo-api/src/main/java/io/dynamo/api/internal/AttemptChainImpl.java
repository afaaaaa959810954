package io.dynamo.api.internal;

import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/** Runs the attempt-level interceptors, then the transport; enforces "proceed exactly once". */
final class AttemptChainImpl implements Interceptor.AttemptChain {
  private final List<Interceptor> interceptors;
  private final int index;
  private final HttpRequest request;
  private final ApiRequest call;
  private final int attempt;
  private final Function<HttpRequest, CompletableFuture<HttpResponse>> transport;
  private final AtomicBoolean proceeded = new AtomicBoolean();

  AttemptChainImpl(
      List<Interceptor> interceptors,
      int index,
      HttpRequest request,
      ApiRequest call,
      int attempt,
      Function<HttpRequest, CompletableFuture<HttpResponse>> transport) {
    this.interceptors = interceptors;
    this.index = index;
    this.request = request;
    this.call = call;
    this.attempt = attempt;
    this.transport = transport;
  }

  static CompletableFuture<HttpResponse> run(
      List<Interceptor> interceptors,
      HttpRequest request,
      ApiRequest call,
      int attempt,
      Function<HttpRequest, CompletableFuture<HttpResponse>> transport) {
    return new AttemptChainImpl(interceptors, -1, request, call, attempt, transport)
        .proceed(request);
  }

  @Override
  public HttpRequest request() {
    return request;
  }

  @Override
  public ApiRequest call() {
    return call;
  }

  @Override
  public int attempt() {
    return attempt;
  }

  @Override
  public CompletableFuture<HttpResponse> proceed(HttpRequest next) {
    if (next == null && index >= 0) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "interceptor "
                  + interceptors.get(index).getClass().getName()
                  + " called AttemptChain.proceed with null; pass chain.request() or a request"
                  + " made from it"));
    }
    if (!proceeded.compareAndSet(false, true)) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "interceptor "
                  + interceptors.get(index).getClass().getName()
                  + " called AttemptChain.proceed more than once; it must call it exactly once"));
    }
    int nextIndex = index + 1;
    if (nextIndex == interceptors.size()) {
      return transport.apply(next);
    }
    Interceptor interceptor = interceptors.get(nextIndex);
    AttemptChainImpl chain =
        new AttemptChainImpl(interceptors, nextIndex, next, call, attempt, transport);
    CompletableFuture<HttpResponse> result;
    try {
      result = interceptor.interceptAttempt(chain);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (result == null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "interceptor "
                  + interceptor.getClass().getName()
                  + " returned null from interceptAttempt"));
    }
    return result.thenApply(
        response -> {
          if (!chain.proceeded.get()) {
            throw new IllegalStateException(
                "interceptor "
                    + interceptor.getClass().getName()
                    + " answered without calling AttemptChain.proceed; it must call it exactly once");
          }
          return response;
        });
  }
}
