package io.dynamo.sign;

import java.util.List;

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
}
