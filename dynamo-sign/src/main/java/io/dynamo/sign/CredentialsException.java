package io.dynamo.sign;

import io.dynamo.codec.DynamoException;

/**
 * Credentials (or a bearer token) could not be found or loaded.
 *
 * <p>The message says which sources were tried and what to do about it. It never contains a secret
 * key, a session token or a bearer token.
 */
public class CredentialsException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public CredentialsException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the cause. */
  public CredentialsException(String message, Throwable cause) {
    super(message, cause);
  }
}
