package io.dynamo.codec;

/**
 * The root of every exception this library throws.
 *
 * <p>All of them are unchecked. Client-side failures (bad input, codec errors, transport, timeouts,
 * credentials) and service-side failures (errors DynamoDB returned) both extend this class, so a
 * single {@code catch (DynamoException e)} catches everything the library can throw.
 *
 * <p>Messages never contain credentials, secrets or session tokens.
 */
public class DynamoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public DynamoException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the cause. */
  public DynamoException(String message, Throwable cause) {
    super(message, cause);
  }
}
