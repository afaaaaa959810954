package io.dynamo.api.error;

/**
 * The request rate is too high (control-plane operations and on-demand tables). Retried with
 * backoff.
 */
public class ThrottlingException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public ThrottlingException(ServiceError error) {
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
