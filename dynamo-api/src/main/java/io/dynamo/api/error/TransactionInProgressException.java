package io.dynamo.api.error;

/** A transaction with the same client token is still in progress. */
public class TransactionInProgressException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public TransactionInProgressException(ServiceError error) {
    super(error);
  }
}
