package io.dynamo.testkit;

/**
 * Dynalite could not be installed, started or stopped.
 *
 * <p>The message says what failed and what to do about it, and includes the tail of the Node.js
 * process's error output where there is one.
 */
public class DynaliteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public DynaliteException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the cause. */
  public DynaliteException(String message, Throwable cause) {
    super(message, cause);
  }
}
