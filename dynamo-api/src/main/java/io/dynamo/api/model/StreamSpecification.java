package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;

/**
 * Whether a table has a DynamoDB stream and what its records hold. Immutable and thread-safe.
 *
 * @param streamEnabled whether the stream is on
 * @param streamViewType what each record holds; required when on, {@code null} when off
 */
public record StreamSpecification(boolean streamEnabled, StreamViewType streamViewType) {

  /** Checks that an enabled stream has a view type. */
  public StreamSpecification {
    if (streamEnabled && streamViewType == null) {
      throw new InvalidRequestException(
          "StreamViewType",
          "is required but missing; an enabled stream needs NEW_IMAGE, OLD_IMAGE,"
              + " NEW_AND_OLD_IMAGES or KEYS_ONLY");
    }
  }

  /** A stream whose records hold {@code viewType}. */
  public static StreamSpecification of(StreamViewType viewType) {
    return new StreamSpecification(true, viewType);
  }

  /** No stream. */
  public static StreamSpecification disabled() {
    return new StreamSpecification(false, null);
  }
}
