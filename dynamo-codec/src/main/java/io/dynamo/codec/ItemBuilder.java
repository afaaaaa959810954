package io.dynamo.codec;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds an {@link Item} attribute by attribute; also what an {@link ItemCodec}'s writer writes to.
 *
 * <p>Every method returns this builder. A {@code null} value leaves the attribute out (call {@link
 * #nul(String)} to store {@code NULL}). Setting a name twice keeps the last value. Not thread-safe.
 */
public final class ItemBuilder {
  private final CodecRegistry registry;
  private final Map<String, AttributeValue> attributes = new LinkedHashMap<>();

  ItemBuilder(CodecRegistry registry) {
    this.registry = registry;
  }

  /**
   * The registry this builder encodes plain values with: the one of the {@link ItemCodec} writing
   * to it, for writers that encode nested values themselves.
   */
  public CodecRegistry registry() {
    return registry;
  }

  /** A string attribute ({@code S}). */
  public ItemBuilder string(String name, String value) {
    return value == null ? this : put(name, AttributeValue.s(value));
  }

  /** A number attribute ({@code N}). */
  public ItemBuilder number(String name, long value) {
    return put(name, AttributeValue.n(value));
  }

  /** A number attribute ({@code N}) from any Java number. */
  public ItemBuilder number(String name, Number value) {
    return value == null ? this : value(name, value);
  }

  /** A number attribute ({@code N}) from its decimal string. */
  public ItemBuilder number(String name, String decimal) {
    return decimal == null ? this : put(name, AttributeValue.n(decimal));
  }

  /** A boolean attribute ({@code BOOL}). */
  public ItemBuilder bool(String name, boolean value) {
    return put(name, AttributeValue.bool(value));
  }

  /** A binary attribute ({@code B}). */
  public ItemBuilder bytes(String name, Bytes value) {
    return value == null ? this : put(name, AttributeValue.b(value));
  }

  /** A binary attribute ({@code B}), copied. */
  public ItemBuilder bytes(String name, byte[] value) {
    return value == null ? this : put(name, AttributeValue.b(value));
  }

  /** A string set attribute ({@code SS}); the set must not be empty. */
  public ItemBuilder stringSet(String name, Collection<String> values) {
    if (values == null) {
      return this;
    }
    try {
      return put(name, AttributeValue.ss(values));
    } catch (CodecException e) {
      throw e.inside(name);
    }
  }

  /** A number set attribute ({@code NS}); the set must not be empty. */
  public ItemBuilder numberSet(String name, Collection<? extends Number> values) {
    if (values == null) {
      return this;
    }
    return value(name, new java.util.LinkedHashSet<Object>(values));
  }

  /** A {@code NULL} attribute. */
  public ItemBuilder nul(String name) {
    return put(name, AttributeValue.nul());
  }

  /** An attribute value as it is. */
  public ItemBuilder attribute(String name, AttributeValue value) {
    return value == null ? this : put(name, value);
  }

  /** Any Java value, encoded by its runtime class through the registry. */
  public ItemBuilder value(String name, Object value) {
    if (value == null) {
      return this;
    }
    try {
      return put(name, registry.encode(value));
    } catch (CodecException e) {
      throw e.inside(name);
    }
  }

  /** A value encoded with {@code codec}, for example a nested item's {@link ItemCodec}. */
  public <T> ItemBuilder value(String name, T value, AttributeCodec<T> codec) {
    if (value == null) {
      return this;
    }
    try {
      AttributeCodec<T> bound =
          codec instanceof ItemCodec ? ((ItemCodec<T>) codec).using(registry) : codec;
      return put(name, bound.encode(value));
    } catch (CodecException e) {
      throw e.inside(name);
    }
  }

  /** A value of a generic type, encoded with that type's codec from the registry. */
  public <T> ItemBuilder value(String name, T value, TypeRef<T> type) {
    return value == null ? this : value(name, value, registry.codec(type));
  }

  /** All entries of {@code values}, each encoded by its runtime class. */
  public ItemBuilder values(Map<String, ?> values) {
    attributes.putAll(registry.encodeAll(values));
    return this;
  }

  /** The item. The builder can go on being used; later changes don't affect it. */
  public Item build() {
    return new Item(Collections.unmodifiableMap(new LinkedHashMap<>(attributes)), registry);
  }

  private ItemBuilder put(String name, AttributeValue value) {
    if (name == null || name.isEmpty()) {
      throw new InvalidAttributeValueException("attribute name is null or empty");
    }
    attributes.put(name, value);
    return this;
  }
}
