package io.dynamo.api.error;

/**
 * The transport was closed: before the call, or while it was in flight (its connection was closed
 * under it). Not retried, as no later attempt could get through either.
 */
public class TransportClosedException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public TransportClosedException(String message) {
    super(message, null, false);
  }

  /** Creates the exception with its cause. */
  public TransportClosedException(String message, Throwable cause) {
    super(message, cause, false);
  }
}
