package io.dynamo.codec.internal;

import io.dynamo.codec.AttributeValue;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of attribute values that this library built and checked itself, knowing its
 * {@linkplain Nesting depth}. Nobody outside can make one, since this package is not exported.
 */
public final class FrozenList extends AbstractList<AttributeValue> implements RandomAccess {
  private final AttributeValue[] values;
  private final int depth;

  private FrozenList(AttributeValue[] values, int depth) {
    this.values = values;
    this.depth = depth;
  }

  /**
   * Freezes {@code list}, which the caller made, filled with non-null values, and will never touch
   * again.
   */
  public static List<AttributeValue> of(List<AttributeValue> list) {
    return new FrozenList(list.toArray(new AttributeValue[0]), Nesting.containing(list));
  }

  /** Levels of lists and maps, this one included. */
  int depth() {
    return depth;
  }

  @Override
  public AttributeValue get(int index) {
    return values[index];
  }

  @Override
  public int size() {
    return values.length;
  }
}
