package io.dynamo.sign;

/**
 * Finds AWS credentials.
 *
 * <p>Called once per request attempt by the SigV4 signer of {@link Auth#sigV4}; providers that
 * reach the network or the file system are meant to be wrapped in {@link
 * CredentialsProviders#caching}. {@link CredentialsProviders} has one provider per source and the
 * default chain. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {

  /**
   * Returns credentials.
   *
   * @throws CredentialsException if none can be found; the message says what was tried
   */
  Credentials resolve();

  /**
   * Returns credentials without blocking the caller when this provider would have to wait for them,
   * so that a client can bound the wait by its call timeout and never block a caller of an
   * asynchronous method. The default calls {@link #resolve()} on the calling thread, which suits
   * providers that answer at once; {@link CredentialsProviders#caching caching} providers (the
   * default chain among them) answer from their cache and otherwise fetch on a thread of their own.
   *
   * @return a future of the credentials, failing with a {@link CredentialsException} if none can be
   *     found
   */
  default java.util.concurrent.CompletableFuture<Credentials> resolveAsync() {
    try {
      return java.util.concurrent.CompletableFuture.completedFuture(resolve());
    } catch (RuntimeException e) {
      return java.util.concurrent.CompletableFuture.failedFuture(e);
    }
  }
}
