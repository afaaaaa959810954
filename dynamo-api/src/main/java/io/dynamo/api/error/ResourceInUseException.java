package io.dynamo.api.error;

/** The table is being created, updated or deleted, or already exists. */
public class ResourceInUseException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public ResourceInUseException(ServiceError error) {
    super(error);
  }
}
