package io.dynamo.codec.internal;

import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.InvalidAttributeValueException;

/**
 * How deep maps and lists may nest.
 *
 * <p>Two limits: DynamoDB's, checked when a value is written into a request, and a larger one that
 * holds for every value this library makes or reads, so that whatever walks a value (equality,
 * hashing, {@code toString()}, codecs, the JSON writer) stays far from the end of the stack. A
 * DynamoDB-compatible server may store items deeper than DynamoDB's limit; they are read as long as
 * they stay within the larger one.
 *
 * <p>Every map and list records its own depth when it is made (one look at each element), so that
 * checking a value's depth never walks it.
 */
public final class Nesting {
  /** DynamoDB's limit: at most 32 levels of maps and lists in a value written. */
  public static final int WRITE_LIMIT = 32;

  /** The deepest nesting of maps and lists a value of this library can have, read or made. */
  public static final int HELD_LIMIT = 256;

  private Nesting() {}

  /** Levels of maps and lists in {@code value}: 0 for a scalar or set, 1 for a flat map or list. */
  public static int depth(AttributeValue value) {
    if (value instanceof AttributeValue.M) {
      return ((FrozenMap) ((AttributeValue.M) value).values()).depth();
    }
    if (value instanceof AttributeValue.L) {
      return ((FrozenList) ((AttributeValue.L) value).values()).depth();
    }
    return 0;
  }

  /** The depth of a map or list holding {@code values}. */
  static int containing(Iterable<? extends AttributeValue> values) {
    int deepest = 0;
    for (AttributeValue v : values) {
      if (v instanceof AttributeValue.M || v instanceof AttributeValue.L) {
        deepest = Math.max(deepest, depth(v));
      }
    }
    return deepest + 1;
  }

  /**
   * The values of a map or list, once checked against {@link #HELD_LIMIT}.
   *
   * @throws InvalidAttributeValueException if they nest too deep
   */
  public static <T> T held(T frozen) {
    int depth =
        frozen instanceof FrozenMap ? ((FrozenMap) frozen).depth() : ((FrozenList) frozen).depth();
    if (depth > HELD_LIMIT) {
      throw tooDeep();
    }
    return frozen;
  }

  /** The error for a value nested beyond {@link #HELD_LIMIT}. */
  public static InvalidAttributeValueException tooDeep() {
    return new InvalidAttributeValueException(
        "maps and lists nest more than "
            + HELD_LIMIT
            + " levels deep, the most this client holds (DynamoDB stores at most "
            + WRITE_LIMIT
            + ")");
  }
}
