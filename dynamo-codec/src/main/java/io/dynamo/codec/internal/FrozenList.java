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
  private final List<AttributeValue> values;
  private final int depth;

  private FrozenList(List<AttributeValue> values, int depth) {
    this.values = values;
    this.depth = depth;
  }

  /**
   * Freezes {@code list} without copying it: the caller made it (a random-access list), filled it
   * with non-null values, and will never touch it again.
   */
  public static List<AttributeValue> of(List<AttributeValue> list) {
    return new FrozenList(list, Nesting.containing(list));
  }

  /** Levels of lists and maps, this one included. */
  int depth() {
    return depth;
  }

  @Override
  public AttributeValue get(int index) {
    return values.get(index);
  }

  @Override
  public int size() {
    return values.size();
  }
}
