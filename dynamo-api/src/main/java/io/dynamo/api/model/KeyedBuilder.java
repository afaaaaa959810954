package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.Key;

/**
 * What the builders of conditional writes to one item by its key share (UpdateItem, DeleteItem, and
 * a transaction's Update, Delete and ConditionCheck): the key, as a {@link Key} or as names and
 * values. Not public: its methods appear on each public {@code Builder}.
 *
 * @param <B> the builder itself
 */
abstract class KeyedBuilder<B extends KeyedBuilder<B>> extends ConditionalBuilder<B> {
  Key key;
  private Object[] keyPairs;

  KeyedBuilder() {}

  /** The item's primary key ({@code Key}). */
  public B key(Key key) {
    this.key = key;
    this.keyPairs = null;
    return self();
  }

  /**
   * The item's primary key from alternating attribute names and plain Java values, encoded with
   * {@link #codecs}: {@code key("user/id", 1, "user/name", "Ivan")}.
   */
  public B key(Object... namesAndValues) {
    this.keyPairs = Require.present("Key", namesAndValues, "give names and values");
    this.key = null;
    return self();
  }

  /** The key of the built request, made from the names and values if those were given. */
  final Key builtKey() {
    return Require.key(key, keyPairs, parts.codecs());
  }
}
