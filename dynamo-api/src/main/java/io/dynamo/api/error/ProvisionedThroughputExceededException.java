package io.dynamo.api.error;

/** The request rate is above the table's provisioned throughput. Retried with backoff. */
public class ProvisionedThroughputExceededException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public ProvisionedThroughputExceededException(ServiceError error) {
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
