package io.dynamo.api.error;

import io.dynamo.codec.Item;

/**
 * Why one action of a cancelled transaction failed, in the order of the transaction's actions.
 *
 * @param code such as {@code ConditionalCheckFailed}, {@code TransactionConflict} or {@code None}
 *     for an action that was fine
 * @param message the reason's message, possibly empty
 * @param item the item as it was, when the action asked for it on failure; else {@code null}
 */
public record CancellationReason(String code, String message, Item item) {
  /** Normalises nulls to empty strings. */
  public CancellationReason {
    code = code == null ? "None" : code;
    message = message == null ? "" : message;
  }

  /** Whether this action caused the cancellation (its code is not {@code None}). */
  public boolean failed() {
    return !"None".equals(code);
  }
}
