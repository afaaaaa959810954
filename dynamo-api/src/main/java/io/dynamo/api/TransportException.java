package io.dynamo.api;

import io.dynamo.codec.DynamoException;

/**
 * A request could not be sent or its response not received: connection refused or reset, a stale
 * pooled connection, a truncated body, a TLS failure. The client retries these, except those that
 * cannot get better by trying again (such as a certificate the client does not trust), for which
 * {@link #isRetryable()} is false.
 */
public class TransportException extends DynamoException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /** Creates a retryable exception. */
  public TransportException(String message) {
    this(message, null, true);
  }

  /** Creates a retryable exception with its cause. */
  public TransportException(String message, Throwable cause) {
    this(message, cause, true);
  }

  /** Creates the exception, saying whether trying again may help. */
  public TransportException(String message, Throwable cause, boolean retryable) {
    super(message, cause);
    this.retryable = retryable;
  }

  /**
   * Whether trying again may succeed; false for permanent failures such as an untrusted
   * certificate.
   */
  public boolean isRetryable() {
    return retryable;
  }
}
