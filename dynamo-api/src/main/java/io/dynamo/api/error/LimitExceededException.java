package io.dynamo.api.error;

/** Too many concurrent control-plane operations, or an account limit is reached. */
public class LimitExceededException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public LimitExceededException(ServiceError error) {
    super(error);
  }
}
