package io.dynamo.api.error;

import java.util.List;

/** A transaction was cancelled; {@link #reasons()} says, action by action, why. */
public class TransactionCanceledException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  private final transient List<CancellationReason> reasons;

  /** Creates the exception. */
  public TransactionCanceledException(ServiceError error, List<CancellationReason> reasons) {
    super(error);
    this.reasons = List.copyOf(reasons);
  }

  /** One reason per action of the transaction, in order; empty if the service gave none. */
  public List<CancellationReason> reasons() {
    return reasons == null ? List.of() : reasons; // null after deserialization: items don't travel
  }
}
