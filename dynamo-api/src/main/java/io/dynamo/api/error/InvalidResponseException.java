package io.dynamo.api.error;

import io.dynamo.codec.DynamoException;

/**
 * A successful response whose body is not the JSON the operation returns. The message holds the
 * status and the start of the body.
 */
public class InvalidResponseException extends DynamoException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;

  /** Creates the exception. */
  public InvalidResponseException(String message, int statusCode, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
  }

  /** The HTTP status of the response. */
  public int statusCode() {
    return statusCode;
  }
}
