package io.dynamo.sign;

import io.dynamo.codec.DynamoException;

/**
 * A request could not be signed because of bad input: a malformed header, a URI without a host, a
 * header the signer adds itself already present, and the like.
 *
 * <p>The message names the part of the request and the rule it broke. It never contains a secret.
 */
public class SigningException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public SigningException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the cause. */
  public SigningException(String message, Throwable cause) {
    super(message, cause);
  }
}
