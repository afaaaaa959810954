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
}
