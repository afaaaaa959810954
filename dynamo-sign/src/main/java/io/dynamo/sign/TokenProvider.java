package io.dynamo.sign;

/**
 * Supplies the bearer token of {@link Auth#bearer}, such as a Yandex Cloud IAM token.
 *
 * <p>Called once per request attempt; implementations that fetch tokens over the network should
 * cache them until shortly before they expire. Implementations must be thread-safe. The token is a
 * secret: the library never prints or logs it.
 */
@FunctionalInterface
public interface TokenProvider {

  /**
   * Returns the current token, without the {@code Bearer } prefix.
   *
   * @throws CredentialsException if no token can be had
   */
  String token();
}
