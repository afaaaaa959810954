package io.dynamo.api.error;

/** DynamoDB, or a proxy in front of it, is unavailable (503, 502, 504). Retried. */
public class ServiceUnavailableException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public ServiceUnavailableException(ServiceError error) {
    super(error);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
