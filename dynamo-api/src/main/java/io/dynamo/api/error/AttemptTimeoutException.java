package io.dynamo.api.error;

/** One attempt took longer than the attempt timeout. The client retries these. */
public class AttemptTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public AttemptTimeoutException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public AttemptTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
