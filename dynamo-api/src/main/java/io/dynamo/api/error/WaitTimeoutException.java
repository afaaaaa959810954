package io.dynamo.api.error;

import io.dynamo.codec.DynamoException;

/**
 * What a waiter waited for (a table ACTIVE, an export COMPLETED) did not happen within the time
 * allowed, or the waiting thread was interrupted.
 */
public class WaitTimeoutException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message says what was waited for and the last state seen. */
  public WaitTimeoutException(String message) {
    super(message);
  }
}
