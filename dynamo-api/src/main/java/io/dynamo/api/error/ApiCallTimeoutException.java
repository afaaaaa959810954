package io.dynamo.api.error;

import io.dynamo.codec.DynamoException;

/**
 * A call, retries included, took longer than the call timeout. The last attempt's failure, if any,
 * is the cause.
 */
public class ApiCallTimeoutException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ApiCallTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
