package io.dynamo.api.error;

/** The account's throughput limit is exceeded. Retried with backoff. */
public class RequestLimitExceededException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public RequestLimitExceededException(ServiceError error) {
    super(error);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public boolean isThrottling() {
    return true;
  }
}
