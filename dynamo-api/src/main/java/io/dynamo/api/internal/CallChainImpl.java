package io.dynamo.api.internal;

import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.error.InvalidRequestException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Runs the call-level interceptors, then the retrying executor. */
final class CallChainImpl implements Interceptor.CallChain {
  private final List<Interceptor> interceptors;
  private final int index;
  private final ApiRequest request;
  private final Function<ApiRequest, CompletableFuture<ApiResponse>> executor;

  CallChainImpl(
      List<Interceptor> interceptors,
      int index,
      ApiRequest request,
      Function<ApiRequest, CompletableFuture<ApiResponse>> executor) {
    this.interceptors = interceptors;
    this.index = index;
    this.request = request;
    this.executor = executor;
  }

  @Override
  public ApiRequest request() {
    return request;
  }

  @Override
  public CompletableFuture<ApiResponse> proceed(ApiRequest next) {
    if (next == null) {
      return CompletableFuture.failedFuture(
          index < 0
              ? new InvalidRequestException("request", "is null; give the call to make")
              : new IllegalStateException(
                  "interceptor "
                      + interceptors.get(index).getClass().getName()
                      + " called CallChain.proceed with null; pass chain.request() or a request"
                      + " made from it"));
    }
    int nextIndex = index + 1;
    if (nextIndex == interceptors.size()) {
      return executor.apply(next);
    }
    Interceptor interceptor = interceptors.get(nextIndex);
    try {
      CompletableFuture<ApiResponse> result =
          interceptor.interceptCall(new CallChainImpl(interceptors, nextIndex, next, executor));
      if (result == null) {
        throw new IllegalStateException(
            "interceptor "
                + interceptor.getClass().getName()
                + " returned null from interceptCall");
      }
      return result;
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
