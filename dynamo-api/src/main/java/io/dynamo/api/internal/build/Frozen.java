package io.dynamo.api.internal.build;

import io.dynamo.api.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies of the lists and maps a model value is made with; {@code null} (a member left
 * out) becomes empty, and an empty one is not sent. A null element is refused naming the member.
 */
public final class Frozen {
  private Frozen() {}

  /** An immutable copy of {@code list}, in order. */
  public static <T> List<T> list(String member, List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(list.size());
    for (T t : list) {
      if (t == null) {
        throw new InvalidRequestException(member, "holds a null element; leave it out instead");
      }
      copy.add(t);
    }
    return Collections.unmodifiableList(copy);
  }

  /** An immutable copy of {@code map}, in its order. */
  public static <V> Map<String, V> map(String member, Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<String, V> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
    for (Map.Entry<String, V> e : map.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new InvalidRequestException(
            member, "holds a null key or value; leave it out instead");
      }
      copy.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }
}
