package io.dynamo.api.error;

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
  private final boolean unsent;

  /** Creates a retryable exception. */
  public TransportException(String message) {
    this(message, null, true);
  }

  /** Creates a retryable exception with its cause. */
  public TransportException(String message, Throwable cause) {
    this(message, cause, true);
  }

  /**
   * Creates the exception, saying whether trying again may help; the request may have reached the
   * server.
   */
  public TransportException(String message, Throwable cause, boolean retryable) {
    this(message, cause, retryable, false);
  }

  /**
   * Creates the exception, saying whether trying again may help and whether the request is known
   * not to have been sent (no connection could be made, a proxy refused it, the transport was
   * closed before it went out).
   */
  public TransportException(String message, Throwable cause, boolean retryable, boolean unsent) {
    super(message, cause);
    this.retryable = retryable;
    this.unsent = unsent;
  }

  /**
   * Whether the request is known not to have reached the server, so that retrying it cannot apply
   * it twice. False when it may have (a connection reset or a timeout after it was sent).
   */
  public boolean isUnsent() {
    return unsent;
  }

  /**
   * Whether trying again may succeed; false for permanent failures such as an untrusted
   * certificate.
   */
  public boolean isRetryable() {
    return retryable;
  }
}
