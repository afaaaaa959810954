package io.dynamo.api.call;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Observes or changes calls, in two tiers, as OkHttp's interceptors do.
 *
 * <ul>
 *   <li>{@link #interceptCall} runs once per call, around all its attempts and retries. It sees the
 *       operation and the JSON body, and the final response or failure. It may proceed more than
 *       once (each time a full call with retries) or answer without proceeding.
 *   <li>{@link #interceptAttempt} runs once per network attempt, after signing, with the exact HTTP
 *       request. It must call {@link AttemptChain#proceed} exactly once; breaking that rule fails
 *       the call with an {@link IllegalStateException} naming the interceptor. Headers added here
 *       are not signed; changing the body breaks the signature.
 * </ul>
 *
 * <p>Both run for synchronous and asynchronous calls alike: a synchronous call gets already
 * completed futures. Interceptors run in the order they were added, the first outermost, and must
 * be thread-safe. Implement either method or both; the defaults just proceed.
 */
public interface Interceptor {

  /** Runs once per call. */
  default CompletableFuture<ApiResponse> interceptCall(CallChain chain) {
    return chain.proceed(chain.request());
  }

  /** Runs once per attempt, with the signed HTTP request. */
  default CompletableFuture<HttpResponse> interceptAttempt(AttemptChain chain) {
    return chain.proceed(chain.request());
  }

  /** The rest of a call's interceptors, then the retrying executor. */
  interface CallChain {
    /** The call as it stands. */
    ApiRequest request();

    /** Runs the rest of the chain with {@code request}. */
    CompletableFuture<ApiResponse> proceed(ApiRequest request);
  }

  /** The rest of an attempt's interceptors, then the transport. */
  interface AttemptChain {
    /** The signed HTTP request of this attempt. */
    HttpRequest request();

    /** The call this attempt belongs to. */
    ApiRequest call();

    /** The attempt's number, 1 for the first. */
    int attempt();

    /** Runs the rest of the chain with {@code request}. Call exactly once. */
    CompletableFuture<HttpResponse> proceed(HttpRequest request);
  }
}
