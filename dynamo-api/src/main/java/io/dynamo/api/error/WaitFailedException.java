package io.dynamo.api.error;

import io.dynamo.codec.DynamoException;

/**
 * A waiter saw a state from which what it waits for will not happen (an export that FAILED, a table
 * being deleted while waiting for it to be ACTIVE), so it stopped waiting.
 */
public class WaitFailedException extends DynamoException {
  private static final long serialVersionUID = 1L;

  private final String waitedFor;
  private final String lastState;

  /**
   * Creates the exception.
   *
   * @param message what was waited for, what was seen and why it ends the wait
   * @param waitedFor what was waited for, such as {@code ExportCompleted} or {@code table users to
   *     be ACTIVE}
   * @param lastState the state the last check saw, such as {@code ExportStatus FAILED}
   */
  public WaitFailedException(String message, String waitedFor, String lastState) {
    super(message);
    this.waitedFor = waitedFor;
    this.lastState = lastState;
  }

  /** What was waited for, such as {@code ExportCompleted} or {@code table users to be ACTIVE}. */
  public String waitedFor() {
    return waitedFor;
  }

  /** The state the last check saw, such as {@code ExportStatus FAILED}. */
  public String lastState() {
    return lastState;
  }
}
