package io.dynamo.codec.internal;

import io.dynamo.codec.AttributeValue;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable, insertion-ordered map of attribute values that this library built and checked
 * itself (the JSON reader's maps): {@link Checks#map} takes it as it is instead of copying it
 * again, and knows its {@linkplain Nesting depth}. Nobody outside can make one, since this package
 * is not exported.
 */
public final class FrozenMap extends AbstractMap<String, AttributeValue> {
  private final Map<String, AttributeValue> map;
  private final int depth;

  private FrozenMap(Map<String, AttributeValue> map, int depth) {
    this.map = map;
    this.depth = depth;
  }

  /**
   * Freezes {@code map}, which the caller made, filled with non-null keys and values, and will
   * never touch again.
   */
  public static Map<String, AttributeValue> of(LinkedHashMap<String, AttributeValue> map) {
    return new FrozenMap(map, Nesting.containing(map.values()));
  }

  /** Levels of maps and lists, this one included. */
  int depth() {
    return depth;
  }

  @Override
  public AttributeValue get(Object key) {
    return map.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return map.containsKey(key);
  }

  @Override
  public int size() {
    return map.size();
  }

  @Override
  public boolean isEmpty() {
    return map.isEmpty();
  }

  @Override
  public Set<Entry<String, AttributeValue>> entrySet() {
    return Collections.unmodifiableMap(map).entrySet();
  }

  @Override
  public Set<String> keySet() {
    return Collections.unmodifiableSet(map.keySet());
  }

  @Override
  public Collection<AttributeValue> values() {
    return Collections.unmodifiableCollection(map.values());
  }
}
