package io.dynamo.api.error;

/** Another transaction is working on the same item. */
public class TransactionConflictException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public TransactionConflictException(ServiceError error) {
    super(error);
  }
}
