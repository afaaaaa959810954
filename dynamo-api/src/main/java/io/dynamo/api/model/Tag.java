package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * A tag on a table: a key and a value. Immutable and thread-safe.
 *
 * @param key 1 to 128 characters
 * @param value 0 to 256 characters
 */
public record Tag(String key, String value) {

  /** Checks the lengths. */
  public Tag {
    Require.present("Tags.Key", key, "tags need a key");
    Require.length("Tags.Key", key, 1, 128, "tag keys are 1 to 128 characters");
    Require.present("Tags.Value", value, "tag '" + key + "' needs a value (it may be empty)");
    Require.length("Tags.Value", value, 0, 256, "tag values are at most 256 characters");
  }

  /** The tag {@code key=value}. */
  public static Tag of(String key, String value) {
    return new Tag(key, value);
  }
}
