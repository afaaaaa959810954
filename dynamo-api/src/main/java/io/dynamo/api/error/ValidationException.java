package io.dynamo.api.error;

/** DynamoDB rejected the request's parameters. */
public class ValidationException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public ValidationException(ServiceError error) {
    super(error);
  }
}
