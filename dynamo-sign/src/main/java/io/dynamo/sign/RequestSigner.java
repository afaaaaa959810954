package io.dynamo.sign;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Authenticates one HTTP request attempt: returns the headers to add to it.
 *
 * <p>Obtained from an {@link Auth} for a region, a service and a clock. Called once per attempt,
 * after every other header is set and the body is final, so that each attempt gets a fresh
 * signature time. Implementations are thread-safe.
 */
@FunctionalInterface
public interface RequestSigner {

  /**
   * Returns the headers to add to the request (never the {@code Host} header, which HTTP clients
   * set from the URI).
   *
   * @throws CredentialsException if credentials or a token cannot be had
   * @throws SigningException if the request cannot be signed
   */
  List<HttpHeader> sign(SignableRequest request);

  /**
   * As {@link #sign}, without blocking the caller while credentials or a token are fetched (see
   * {@link CredentialsProvider#resolveAsync()}), so that a client can bound the wait by its call
   * timeout. The default signs on the calling thread.
   *
   * @return a future of the headers, failing with the exceptions {@link #sign} throws
   */
  default CompletableFuture<List<HttpHeader>> signAsync(SignableRequest request) {
    try {
      return CompletableFuture.completedFuture(sign(request));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
