package io.dynamo.api.error;

/** DynamoDB had an internal error. Retried. */
public class InternalServerErrorException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public InternalServerErrorException(ServiceError error) {
    super(error);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
