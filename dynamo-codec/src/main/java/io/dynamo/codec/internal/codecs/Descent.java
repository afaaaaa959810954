package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.internal.Nesting;

/**
 * Counts, per thread, how deep the collection codecs are inside the Java value they encode, so that
 * a value nested too deep (or a map that holds itself) fails with a typed error long before the
 * stack ends.
 */
final class Descent {
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private Descent() {}

  /**
   * One level further down; pass what it returns to {@link #leave}.
   *
   * @throws io.dynamo.codec.InvalidAttributeValueException beyond {@link Nesting#HELD_LIMIT}
   */
  static int[] enter() {
    int[] depth = DEPTH.get();
    if (depth[0] >= Nesting.HELD_LIMIT) {
      throw Nesting.tooDeep();
    }
    depth[0]++;
    return depth;
  }

  /** One level back up. */
  static void leave(int[] depth) {
    depth[0]--;
  }
}
