package io.dynamo.testkit.internal;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * Paths into a JSON document as violations name them: member names joined with {@code .}, list
 * indexes in brackets ({@code Item.orders.L[3].M.price}), and names that would be ambiguous (empty,
 * or holding {@code . [ ] "}) quoted in brackets ({@code Item["a.b"]}).
 */
final class JsonPaths {
  private JsonPaths() {}

  /** The path of member or map key {@code name} under {@code parent}. */
  static String child(String parent, String name) {
    boolean plain =
        !name.isEmpty()
            && name.chars().noneMatch(c -> c == '.' || c == '[' || c == ']' || c == '"');
    if (!plain) {
      return parent + "[" + Json.quote(name) + "]";
    }
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** A Jackson JSON pointer ({@code /Item/orders/L/3}) as a path. */
  static String of(JsonPointer pointer) {
    String path = "";
    for (JsonPointer ptr = pointer; ptr != null && !ptr.matches(); ptr = ptr.tail()) {
      int index = ptr.getMatchingIndex();
      boolean element =
          index >= 0
              && ptr.getMatchingProperty().equals(Integer.toString(index))
              && !path.isEmpty();
      path = element ? path + "[" + index + "]" : child(path, ptr.getMatchingProperty());
    }
    return path;
  }
}
