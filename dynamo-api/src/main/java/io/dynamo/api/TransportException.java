package io.dynamo.api;

import io.dynamo.codec.DynamoException;

/**
 * A request could not be sent or its response not received: connection refused or reset, a stale
 * pooled connection, a truncated body, a TLS failure. The client retries these.
 */
public class TransportException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public TransportException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
