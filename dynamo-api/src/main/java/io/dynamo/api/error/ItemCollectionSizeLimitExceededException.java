package io.dynamo.api.error;

/** An item collection in a table with a local secondary index is over 10 GB. */
public class ItemCollectionSizeLimitExceededException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public ItemCollectionSizeLimitExceededException(ServiceError error) {
    super(error);
  }
}
