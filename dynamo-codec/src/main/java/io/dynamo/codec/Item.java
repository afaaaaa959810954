package io.dynamo.codec;

import io.dynamo.codec.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A DynamoDB item: attribute names mapped to values, with typed getters.
 *
 * <p>Made from plain Java values, which the {@link CodecRegistry} encodes: {@code
 * Item.of("user/id", 1, "user/name", "Ivan", "tags", Set.of("a"))}. Immutable and thread-safe;
 * {@link #with} and {@link #without} return new items. Equal when the attributes are equal.
 */
public final class Item extends AttributeMap {
  private static final Item EMPTY = new Item(Map.of(), CodecRegistry.defaults());

  Item(Map<String, AttributeValue> attributes, CodecRegistry registry) {
    super(attributes, registry);
  }

  /** The item with no attributes. */
  public static Item empty() {
    return EMPTY;
  }

  /**
   * An item from alternating attribute names and plain Java values, encoded with {@link
   * CodecRegistry#defaults()}. Attribute values are taken as they are; {@code null} is {@code
   * NULL}.
   */
  public static Item of(Object... namesAndValues) {
    return create(CodecRegistry.defaults(), namesAndValues);
  }

  /** An item from a map of names to plain Java values, kept in the map's order. */
  public static Item of(Map<String, ?> values) {
    CodecRegistry registry = CodecRegistry.defaults();
    return new Item(registry.encodeAll(values), registry);
  }

  static Item create(CodecRegistry registry, Object... namesAndValues) {
    return new Item(Pairs.encode("Item.of", registry, namesAndValues), registry);
  }

  /** An item holding a copy of {@code attributes}. */
  public static Item from(Map<String, ? extends AttributeValue> attributes) {
    return from(attributes, CodecRegistry.defaults());
  }

  /** An item holding a copy of {@code attributes}, whose getters decode with {@code registry}. */
  public static Item from(
      Map<String, ? extends AttributeValue> attributes, CodecRegistry registry) {
    return new Item(Checks.item(attributes), registry);
  }

  /** A builder of items, encoding with {@link CodecRegistry#defaults()}. */
  public static ItemBuilder builder() {
    return new ItemBuilder(CodecRegistry.defaults());
  }

  /** A builder of items, encoding with {@code registry}. */
  public static ItemBuilder builder(CodecRegistry registry) {
    return new ItemBuilder(registry);
  }

  /** This item with attribute {@code name} set to {@code value} (encoded by its runtime class). */
  public Item with(String name, Object value) {
    if (name == null || name.isEmpty()) {
      throw new InvalidAttributeValueException("attribute name is null or empty");
    }
    Map<String, AttributeValue> copy = new LinkedHashMap<>(attributes());
    try {
      copy.put(name, registry().encode(value));
    } catch (CodecException e) {
      throw e.inside(name);
    }
    return new Item(java.util.Collections.unmodifiableMap(copy), registry());
  }

  /** This item without the named attributes. */
  public Item without(String... names) {
    Map<String, AttributeValue> copy = new LinkedHashMap<>(attributes());
    for (String name : names) {
      copy.remove(name);
    }
    return new Item(java.util.Collections.unmodifiableMap(copy), registry());
  }

  /** The key part of this item: the named attributes, which must be present. */
  public Key key(String... keyNames) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (String name : keyNames) {
      AttributeValue v = get(name);
      if (v == null) {
        throw new MissingAttributeException(name);
      }
      key.put(name, v);
    }
    return Key.from(key, registry());
  }
}
