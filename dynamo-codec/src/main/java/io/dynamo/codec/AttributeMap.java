package io.dynamo.codec;

import io.dynamo.codec.internal.json.JsonText;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable map of attribute names to values with typed getters: what {@link Item} and {@link
 * Key} share.
 *
 * <p>Getters decode through the {@link CodecRegistry} the map was made with. A getter for an
 * attribute that is absent throws {@link MissingAttributeException}; one for an attribute of
 * another type throws {@link AttributeTypeException}; both name the attribute. {@link #find} is the
 * lenient form. Instances are thread-safe.
 */
public abstract sealed class AttributeMap permits Item, Key {
  private final Map<String, AttributeValue> attributes;
  private final CodecRegistry registry;

  AttributeMap(Map<String, AttributeValue> attributes, CodecRegistry registry) {
    this.attributes = attributes;
    this.registry = registry;
  }

  /** The attributes as an unmodifiable map, in insertion order. */
  public Map<String, AttributeValue> attributes() {
    return attributes;
  }

  /** The registry used by the getters. */
  public CodecRegistry registry() {
    return registry;
  }

  /** The value of attribute {@code name}, or {@code null} when there is none. */
  public AttributeValue get(String name) {
    return attributes.get(name);
  }

  /** Whether there is an attribute {@code name}. */
  public boolean has(String name) {
    return attributes.containsKey(name);
  }

  /** The attribute names, in order. */
  public Set<String> names() {
    return attributes.keySet();
  }

  /** The number of attributes. */
  public int size() {
    return attributes.size();
  }

  /** Whether there are no attributes. */
  public boolean isEmpty() {
    return attributes.isEmpty();
  }

  /** The string of {@code S} attribute {@code name}; {@code null} if it is {@code NULL}. */
  public String getString(String name) {
    return get(name, String.class);
  }

  /** The {@code N} attribute {@code name} as a long, exactly. */
  public long getLong(String name) {
    return present(name, Long.class);
  }

  /** The {@code N} attribute {@code name} as an int, exactly. */
  public int getInt(String name) {
    return present(name, Integer.class);
  }

  /** The {@code N} attribute {@code name} as the nearest double. */
  public double getDouble(String name) {
    return present(name, Double.class);
  }

  /** The {@code N} attribute {@code name}, exactly; {@code null} if it is {@code NULL}. */
  public BigDecimal getBigDecimal(String name) {
    return get(name, BigDecimal.class);
  }

  /** The {@code BOOL} attribute {@code name}. */
  public boolean getBoolean(String name) {
    return present(name, Boolean.class);
  }

  /** The bytes of {@code B} attribute {@code name}; {@code null} if it is {@code NULL}. */
  public Bytes getBytes(String name) {
    return get(name, Bytes.class);
  }

  /** The members of {@code SS} attribute {@code name}. */
  public Set<String> getStringSet(String name) {
    return get(name, TypeRef.setOf(String.class));
  }

  /** The members of {@code NS} attribute {@code name}. */
  public Set<BigDecimal> getNumberSet(String name) {
    return get(name, TypeRef.setOf(BigDecimal.class));
  }

  /** The {@code L} attribute {@code name}, each element decoded to {@code element}. */
  public <T> List<T> getList(String name, Class<T> element) {
    return get(name, TypeRef.listOf(element));
  }

  /** The {@code M} attribute {@code name}, each value decoded to {@code value}. */
  public <T> Map<String, T> getMap(String name, Class<T> value) {
    return get(name, TypeRef.mapOf(value));
  }

  /** Attribute {@code name} decoded to {@code type}; {@code null} if it is {@code NULL}. */
  public <T> T get(String name, Class<T> type) {
    return get(name, TypeRef.of(type));
  }

  /** Attribute {@code name} decoded to {@code type}; {@code null} if it is {@code NULL}. */
  public <T> T get(String name, TypeRef<T> type) {
    AttributeValue value = attributes.get(name);
    if (value == null) {
      throw new MissingAttributeException(name);
    }
    try {
      return registry.decode(value, type);
    } catch (CodecException e) {
      throw e.inside(name);
    }
  }

  /** Attribute {@code name} decoded to {@code type}; empty when absent or {@code NULL}. */
  public <T> Optional<T> find(String name, Class<T> type) {
    return has(name) ? Optional.ofNullable(get(name, type)) : Optional.empty();
  }

  /**
   * The attributes as plain Java values: String, BigDecimal, {@link Bytes}, Boolean, null, sets,
   * {@code List<Object>} and {@code Map<String, Object>}.
   */
  public Map<String, Object> toPlainMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      out.put(e.getKey(), registry.decode(e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The attributes as DynamoDB JSON. */
  public String toJson() {
    return DynamoJson.writeItem(attributes);
  }

  private <T> T present(String name, Class<T> type) {
    T value = get(name, type);
    if (value == null) {
      throw new AttributeTypeException(
              type == Boolean.class ? "BOOL" : "N",
              AttributeType.NULL,
              "is NULL but a "
                  + type.getSimpleName().toLowerCase(java.util.Locale.ROOT)
                  + " was asked for; use find(name, type) for optional values")
          .inside(name);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && ((AttributeMap) o).attributes.equals(attributes);
  }

  @Override
  public int hashCode() {
    return attributes.hashCode();
  }

  /** The attributes as DynamoDB JSON (nesting limits not checked). */
  @Override
  public String toString() {
    return JsonText.ofItem(attributes);
  }
}
