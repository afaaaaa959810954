package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * Time to live for a table: whether items expire, and which number attribute holds their expiry
 * time in epoch seconds. Immutable and thread-safe.
 *
 * @param enabled whether expired items are deleted
 * @param attributeName the attribute with the expiry time, 1 to 255 characters
 */
public record TimeToLiveSpecification(boolean enabled, String attributeName) {

  /** Checks the attribute name. */
  public TimeToLiveSpecification {
    Require.present("AttributeName", attributeName, "name the attribute holding expiry times");
    Require.length(
        "AttributeName", attributeName, 1, 255, "attribute names are 1 to 255 characters");
  }

  /** Items expire at the epoch second in {@code attributeName}. */
  public static TimeToLiveSpecification enabled(String attributeName) {
    return new TimeToLiveSpecification(true, attributeName);
  }

  /** Items no longer expire; {@code attributeName} is the one TTL was on. */
  public static TimeToLiveSpecification disabled(String attributeName) {
    return new TimeToLiveSpecification(false, attributeName);
  }
}
