package io.dynamo.api.error;

/** The table or index does not exist, or is not ACTIVE yet. */
public class ResourceNotFoundException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public ResourceNotFoundException(ServiceError error) {
    super(error);
  }
}
