package io.dynamo.codec.internal;

import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.InvalidAttributeValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validation and defensive copies for the attribute value records. */
public final class Checks {
  private Checks() {}

  /** An unmodifiable, insertion-ordered copy of a string set, rejecting empties and nulls. */
  @SuppressWarnings("unchecked") // a CheckedSet of this kind holds only such members
  public static Set<String> stringSet(Collection<String> values) {
    if (isChecked(values, CheckedSet.STRINGS)) {
      return (Set<String>) values;
    }
    requireNonEmpty(values, "string set (SS)");
    Set<String> copy = new LinkedHashSet<>(values.size() * 2);
    int i = 0;
    for (String s : values) {
      if (s == null) {
        throw new InvalidAttributeValueException("null member in a string set (SS)").inside(i);
      }
      if (!copy.add(s)) {
        throw duplicate("string set (SS)", i);
      }
      i++;
    }
    return new CheckedSet<>(CheckedSet.STRINGS, copy);
  }

  /** An unmodifiable, insertion-ordered copy of a number set; numerically equal members clash. */
  @SuppressWarnings("unchecked") // a CheckedSet of this kind holds only such members
  public static Set<String> numberSet(Collection<String> values) {
    if (isChecked(values, CheckedSet.NUMBERS)) {
      return (Set<String>) values;
    }
    requireNonEmpty(values, "number set (NS)");
    Set<String> copy = new LinkedHashSet<>(values.size() * 2);
    Set<BigDecimal> seen = new HashSet<>(values.size() * 2);
    int i = 0;
    for (String s : values) {
      try {
        Numbers.check(s);
      } catch (InvalidAttributeValueException e) {
        throw e.inside(i);
      }
      if (!seen.add(Numbers.canonical(s)) || !copy.add(s)) {
        throw duplicate("number set (NS)", i);
      }
      i++;
    }
    return new CheckedSet<>(CheckedSet.NUMBERS, copy);
  }

  /** An unmodifiable, insertion-ordered copy of a binary set. */
  @SuppressWarnings("unchecked") // a CheckedSet of this kind holds only such members
  public static Set<Bytes> binarySet(Collection<Bytes> values) {
    if (isChecked(values, CheckedSet.BINARIES)) {
      return (Set<Bytes>) values;
    }
    requireNonEmpty(values, "binary set (BS)");
    Set<Bytes> copy = new LinkedHashSet<>(values.size() * 2);
    int i = 0;
    for (Bytes b : values) {
      if (b == null) {
        throw new InvalidAttributeValueException("null member in a binary set (BS)").inside(i);
      }
      if (!copy.add(b)) {
        throw duplicate("binary set (BS)", i);
      }
      i++;
    }
    return new CheckedSet<>(CheckedSet.BINARIES, copy);
  }

  /** An unmodifiable copy of a list of values, rejecting nulls. */
  public static List<AttributeValue> list(List<? extends AttributeValue> values) {
    if (values == null) {
      throw new InvalidAttributeValueException("list (L) is null; use an empty list");
    }
    if (values instanceof FrozenList) {
      return (FrozenList) values; // made and checked by this library: no copy
    }
    List<AttributeValue> copy = new ArrayList<>(values.size());
    for (AttributeValue v : values) {
      if (v == null) {
        throw new InvalidAttributeValueException(
                "null element in a list (L); use AttributeValue.nul() for a NULL value")
            .inside(copy.size());
      }
      copy.add(v);
    }
    return FrozenList.of(copy);
  }

  /** An unmodifiable, insertion-ordered copy of a map of values, rejecting null keys and values. */
  public static Map<String, AttributeValue> map(Map<String, ? extends AttributeValue> values) {
    if (values == null) {
      throw new InvalidAttributeValueException("map (M) is null; use an empty map");
    }
    if (values instanceof FrozenMap) {
      return (FrozenMap) values; // made and checked by this library: no copy
    }
    Map<String, AttributeValue> copy = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
    for (Map.Entry<String, ? extends AttributeValue> e : values.entrySet()) {
      if (e.getKey() == null) {
        throw new InvalidAttributeValueException("null key in a map (M)");
      }
      if (e.getValue() == null) {
        throw new InvalidAttributeValueException(
                "null value in a map (M); use AttributeValue.nul() for a NULL value")
            .inside(e.getKey());
      }
      copy.put(e.getKey(), e.getValue());
    }
    return FrozenMap.of((LinkedHashMap<String, AttributeValue>) copy);
  }

  /**
   * As {@link #map}, for the top level of an item or key, whose names DynamoDB wants at least one
   * character long (a nested map's keys are not attribute names).
   */
  public static Map<String, AttributeValue> item(Map<String, ? extends AttributeValue> values) {
    Map<String, AttributeValue> copy = map(values);
    if (copy.containsKey("")) {
      throw emptyName();
    }
    return copy;
  }

  /** The error for an empty attribute name. */
  public static InvalidAttributeValueException emptyName() {
    return new InvalidAttributeValueException(
        "attribute name is empty; DynamoDB attribute names are at least one character");
  }

  /** Whether {@code values} is a set this class made with the checks of {@code kind}. */
  private static boolean isChecked(Collection<?> values, int kind) {
    return values instanceof CheckedSet && ((CheckedSet<?>) values).kind == kind;
  }

  private static void requireNonEmpty(Collection<?> values, String what) {
    if (values == null) {
      throw new InvalidAttributeValueException(what + " is null");
    }
    if (values.isEmpty()) {
      throw new InvalidAttributeValueException(
          "empty " + what + "; DynamoDB does not store empty sets (omit the attribute instead)");
    }
  }

  private static CodecException duplicate(String what, int index) {
    return new InvalidAttributeValueException(
            "member equals an earlier one in a " + what + "; set members must be distinct")
        .inside(index);
  }
}
