package io.dynamo.api.model;

/** What a DynamoDB stream record holds for a changed item. */
public enum StreamViewType {
  /** The item as it is after the change. */
  NEW_IMAGE,
  /** The item as it was before the change. */
  OLD_IMAGE,
  /** Both images of the item. */
  NEW_AND_OLD_IMAGES,
  /** Only the key attributes. */
  KEYS_ONLY
}
