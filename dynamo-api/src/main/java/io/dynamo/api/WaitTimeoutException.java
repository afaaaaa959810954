package io.dynamo.api;

import io.dynamo.codec.DynamoException;

/** A table did not reach the state waited for (such as ACTIVE) within the time allowed. */
public class WaitTimeoutException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message says what was waited for and the last state seen. */
  public WaitTimeoutException(String message) {
    super(message);
  }
}
