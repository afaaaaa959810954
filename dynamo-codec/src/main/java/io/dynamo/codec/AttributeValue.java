package io.dynamo.codec;

import io.dynamo.codec.internal.Checks;
import io.dynamo.codec.internal.Nesting;
import io.dynamo.codec.internal.Numbers;
import io.dynamo.codec.internal.json.Json;
import io.dynamo.codec.internal.json.JsonText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DynamoDB attribute value: one record per DynamoDB data type.
 *
 * <p>Values are immutable and thread-safe; their constructors validate against DynamoDB's rules
 * (38-digit numbers, non-empty sets of distinct members, no nulls inside maps and lists) and copy
 * what they are given. Maps, lists and sets keep insertion order. Numbers keep the decimal string
 * they were given and compare numerically, as DynamoDB does: {@code n("1.50").equals(n("1.5"))}.
 * Dispatch on {@link #type()} where a {@code switch} is needed.
 *
 * <p>{@code toString()} is the value's DynamoDB JSON, such as {@code {"S":"hello"}}.
 */
public sealed interface AttributeValue {

  /** This value's DynamoDB type. */
  AttributeType type();

  /** A string ({@code S}). */
  static S s(String value) {
    return new S(value);
  }

  /** A number ({@code N}). */
  static N n(long value) {
    return new N(Long.toString(value));
  }

  /** A number ({@code N}) from a decimal; trailing zeros are kept as given. */
  static N n(BigDecimal value) {
    if (value == null) {
      throw new InvalidAttributeValueException("number is null");
    }
    return new N(value.toString());
  }

  /** A number ({@code N}). */
  static N n(BigInteger value) {
    if (value == null) {
      throw new InvalidAttributeValueException("number is null");
    }
    return new N(value.toString());
  }

  /**
   * A number ({@code N}) from a double, in its shortest decimal form ({@code -0.0} keeps its sign);
   * NaN and infinities fail.
   */
  static N n(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new InvalidAttributeValueException(
          value + " is not a number DynamoDB can store; NaN and infinities are not allowed");
    }
    // BigDecimal has no negative zero: keep -0.0 as the Float codec does, so doubles round-trip
    return new N(value == 0 ? Double.toString(value) : Numbers.shortest(value));
  }

  /**
   * A number ({@code N}) from a float, in the float's shortest decimal form ({@code 0.1f} is {@code
   * 0.1}, not the {@code 0.10000000149011612} of its widening to double); NaN and infinities fail.
   */
  static N n(float value) {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      throw new InvalidAttributeValueException(
          value + " is not a number DynamoDB can store; NaN and infinities are not allowed");
    }
    return new N(Float.toString(value));
  }

  /** A number ({@code N}) from its decimal string, such as {@code "-12.5E3"}. */
  static N n(String value) {
    return new N(value);
  }

  /** A binary value ({@code B}), copied. */
  static B b(byte[] value) {
    return new B(Bytes.of(value));
  }

  /** A binary value ({@code B}). */
  static B b(Bytes value) {
    return new B(value);
  }

  /** A string set ({@code SS}); members must be distinct. */
  static SS ss(String... members) {
    return new SS(Checks.stringSet(members == null ? null : Arrays.asList(members)));
  }

  /** A string set ({@code SS}); members must be distinct. */
  static SS ss(Collection<String> members) {
    return new SS(Checks.stringSet(members));
  }

  /** A number set ({@code NS}) from decimal strings; members must be numerically distinct. */
  static NS ns(String... members) {
    return new NS(Checks.numberSet(members == null ? null : Arrays.asList(members)));
  }

  /** A number set ({@code NS}) from Java numbers; members must be numerically distinct. */
  static NS ns(Number... members) {
    if (members == null) {
      return new NS(null);
    }
    List<String> strings = new ArrayList<>(members.length);
    for (Number m : members) {
      strings.add(m == null ? null : numberText(m));
    }
    return new NS(Checks.numberSet(strings));
  }

  /** A number set ({@code NS}) from decimal strings; members must be numerically distinct. */
  static NS ns(Collection<String> members) {
    return new NS(Checks.numberSet(members));
  }

  /** A binary set ({@code BS}); members must be distinct. */
  static BS bs(Bytes... members) {
    return new BS(Checks.binarySet(members == null ? null : Arrays.asList(members)));
  }

  /** A binary set ({@code BS}); members must be distinct. */
  static BS bs(Collection<Bytes> members) {
    return new BS(Checks.binarySet(members));
  }

  /** A map ({@code M}), keeping the given map's iteration order. */
  @SuppressWarnings("unchecked") // safe: M copies the map and never writes to the argument
  static M m(Map<String, ? extends AttributeValue> values) {
    return new M((Map<String, AttributeValue>) values);
  }

  /** A list ({@code L}). */
  static L l(AttributeValue... values) {
    return new L(values == null ? null : Arrays.asList(values));
  }

  /** A list ({@code L}). */
  @SuppressWarnings("unchecked") // safe: L copies the list and never writes to the argument
  static L l(List<? extends AttributeValue> values) {
    return new L((List<AttributeValue>) values);
  }

  /** A boolean ({@code BOOL}). */
  static Bool bool(boolean value) {
    return value ? Bool.TRUE : Bool.FALSE;
  }

  /** The null value ({@code NULL}). */
  static Null nul() {
    return Null.INSTANCE;
  }

  private static String numberText(Number n) {
    if (n instanceof BigDecimal || n instanceof BigInteger) {
      return n.toString();
    }
    if (n instanceof Float) {
      return n(n.floatValue()).value();
    }
    if (n instanceof Double) {
      return n(n.doubleValue()).value();
    }
    return Long.toString(n.longValue());
  }

  /** A string. Any string is allowed, including the empty string (except in keys). */
  record S(String value) implements AttributeValue {
    /** Validates: the string must not be null. */
    public S {
      if (value == null) {
        throw new InvalidAttributeValueException("string is null; use AttributeValue.nul()");
      }
    }

    @Override
    public AttributeType type() {
      return AttributeType.S;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /**
   * A number, kept as its decimal string. At most 38 significant digits, magnitude between 1E-130
   * and 9.9999999999999999999999999999999999999E+125, or zero. Equality is numeric.
   */
  record N(String value) implements AttributeValue {
    /** Validates the number against DynamoDB's rules. */
    public N {
      Numbers.check(value);
    }

    /** The number as a {@link BigDecimal}, exactly. */
    public BigDecimal bigDecimalValue() {
      return new BigDecimal(value);
    }

    /**
     * The number as a {@code long}.
     *
     * @throws InvalidAttributeValueException if it has a fraction or does not fit
     */
    public long longValue() {
      try {
        return Numbers.longValueExact(value);
      } catch (ArithmeticException e) {
        throw new InvalidAttributeValueException(
            "number is not a whole number that fits in a long", e);
      }
    }

    /** The nearest {@code double}. */
    public double doubleValue() {
      return Double.parseDouble(value);
    }

    @Override
    public AttributeType type() {
      return AttributeType.N;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof N && Numbers.canonical(value).equals(Numbers.canonical(((N) o).value));
    }

    @Override
    public int hashCode() {
      return Numbers.canonical(value).hashCode();
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /** A binary value. */
  record B(Bytes value) implements AttributeValue {
    /** Validates: the bytes must not be null. */
    public B {
      if (value == null) {
        throw new InvalidAttributeValueException("binary value is null");
      }
    }

    @Override
    public AttributeType type() {
      return AttributeType.B;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /** A set of distinct strings, in insertion order; never empty. */
  record SS(Set<String> values) implements AttributeValue {
    /** Copies and validates: non-empty, no nulls. */
    public SS {
      values = Checks.stringSet(values);
    }

    @Override
    public AttributeType type() {
      return AttributeType.SS;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /**
   * A set of numerically distinct numbers, kept as decimal strings in insertion order; never empty.
   * Equality is numeric.
   */
  record NS(Set<String> values) implements AttributeValue {
    /** Copies and validates: non-empty, valid numbers, numerically distinct. */
    public NS {
      values = Checks.numberSet(values);
    }

    @Override
    public AttributeType type() {
      return AttributeType.NS;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof NS && canonical().equals(((NS) o).canonical());
    }

    @Override
    public int hashCode() {
      return canonical().hashCode();
    }

    private Set<BigDecimal> canonical() {
      Set<BigDecimal> set = new HashSet<>();
      for (String v : values) {
        set.add(Numbers.canonical(v));
      }
      return set;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /** A set of distinct binary values, in insertion order; never empty. */
  record BS(Set<Bytes> values) implements AttributeValue {
    /** Copies and validates: non-empty, no nulls. */
    public BS {
      values = Checks.binarySet(values);
    }

    @Override
    public AttributeType type() {
      return AttributeType.BS;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /** A map from names to values, in insertion order. */
  record M(Map<String, AttributeValue> values) implements AttributeValue {
    /** Copies and validates: no null keys or values, at most 256 levels of maps and lists. */
    public M {
      values = Nesting.held(Checks.map(values));
    }

    @Override
    public AttributeType type() {
      return AttributeType.M;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /** A list of values. */
  record L(List<AttributeValue> values) implements AttributeValue {
    /** Copies and validates: no null elements, at most 256 levels of maps and lists. */
    public L {
      values = Nesting.held(Checks.list(values));
    }

    @Override
    public AttributeType type() {
      return AttributeType.L;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /** A boolean. */
  record Bool(boolean value) implements AttributeValue {
    /** {@code true}. */
    public static final Bool TRUE = new Bool(true);

    /** {@code false}. */
    public static final Bool FALSE = new Bool(false);

    @Override
    public AttributeType type() {
      return AttributeType.BOOL;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /** The DynamoDB null value. */
  record Null() implements AttributeValue {
    /** The one null value. */
    public static final Null INSTANCE = new Null();

    @Override
    public AttributeType type() {
      return AttributeType.NULL;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }

  /**
   * A value under a type tag DynamoDB does not define, sent by a DynamoDB-compatible server. It is
   * kept as the exact JSON text that followed the tag and written back unchanged.
   *
   * @param tag the type tag, such as {@code FLOAT32VECTOR}
   * @param json the raw JSON of the value under the tag, such as {@code [0.5,1.25]}
   */
  record Unknown(String tag, String json) implements AttributeValue {
    /**
     * Validates: the tag is not one DynamoDB defines, and {@code json} is exactly one JSON value
     * (it is written out as it is, so anything else would corrupt the document).
     */
    public Unknown {
      if (tag == null || tag.isEmpty()) {
        throw new InvalidAttributeValueException("unknown attribute type tag is empty");
      }
      for (AttributeType known : AttributeType.values()) {
        if (known != AttributeType.UNKNOWN && known.name().equals(tag)) {
          throw new InvalidAttributeValueException(
              "type tag " + tag + " is defined by DynamoDB; use its own AttributeValue type");
        }
      }
      if (json == null || json.isBlank()) {
        throw new InvalidAttributeValueException("value of type tag " + tag + " is empty");
      }
      Json.requireSingleValue(json, "value of type tag " + tag);
    }

    @Override
    public AttributeType type() {
      return AttributeType.UNKNOWN;
    }

    @Override
    public String toString() {
      return JsonText.of(this);
    }
  }
}
