package io.dynamo.api.error;

import io.dynamo.codec.Item;

/**
 * A condition expression was false, so nothing was written. With {@code
 * ReturnValuesOnConditionCheckFailure=ALL_OLD}, {@link #item()} holds the item as it was.
 */
public class ConditionalCheckFailedException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  private final transient Item item;

  /** Creates the exception; {@code item} may be {@code null}. */
  public ConditionalCheckFailedException(ServiceError error, Item item) {
    super(error);
    this.item = item;
  }

  /** The item as it was when the condition failed, or {@code null} if it was not returned. */
  public Item item() {
    return item;
  }
}
