package io.dynamo.codec;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of attribute values: every type, nesting up to DynamoDB's 32 levels,
 * edge numbers, unicode with surrogate pairs and control characters, empty strings and binaries.
 */
final class Generators {
  /** Examples per property. */
  static final int EXAMPLES = 1000;

  /** Deepest nesting of maps and lists DynamoDB (and our reader and writer) accept. */
  static final int MAX_DEPTH = 32;

  /** Numbers at DynamoDB's limits and in unusual but valid spellings. */
  static final List<String> EDGE_NUMBERS =
      List.of(
          "0",
          "-0",
          "0.0",
          "-0.000",
          "000",
          "0e0",
          "0E+200",
          "1E-130",
          "-1E-130",
          "1e-130",
          "10E-131",
          "0.1E-129",
          "0.00000000000000000000000000000000000001",
          "9.9999999999999999999999999999999999999E+125",
          "-9.9999999999999999999999999999999999999E+125",
          "99999999999999999999999999999999999999",
          "-99999999999999999999999999999999999999",
          "12345678901234567890123456789012345678E+88",
          "1.0000000000000000000000000000000000000",
          "100000000000000000000000000000000000000000000",
          "0001.5000",
          "+1.5",
          "1E+0005",
          ".5",
          "5.",
          "9223372036854775807",
          "-9223372036854775808",
          "123456789012345678");

  /** Type tags DynamoDB does not define (tags are case-sensitive, so "s" is unknown). */
  static final List<String> UNKNOWN_TAGS =
      List.of("FLOAT32VECTOR", "VECTOR", "X", "s", "null", "M2", "Ünïcødé 😀");

  /** Raw JSON of values under unknown tags: kept exactly, whitespace and escapes included. */
  static final List<String> UNKNOWN_JSON =
      List.of(
          "[0.1,0.2]",
          "[ 0.1 , 0.2 ]",
          "[]",
          "{}",
          "{\"a\":[1,{\"b\":null}],\"c\":\"d\"}",
          "\"text with \\\"escapes\\\", \\\\ \\u00e9 é 😀\"",
          "\"\"",
          "1e5",
          "-0.0",
          "123456789012345678901234567890123456789012345",
          "true",
          "false",
          "null");

  private Generators() {}

  /**
   * Code points: ASCII (quotes, backslash, controls), 2-, 3- and 4-byte UTF-8 (surrogate pairs in
   * Java). No lone surrogates: they are not Unicode and the writer rejects them.
   */
  static Gen<Integer> codePoints() {
    return frequency(
        Pair.of(6, range(0x20, 0x7e)),
        Pair.of(2, range(0x00, 0x1f)),
        Pair.of(1, pick(List.of(0x22, 0x5c, 0x2f, 0x7f, 0x2028, 0x2029, 0xfeff, 0xfffd))),
        Pair.of(2, range(0x80, 0x7ff)),
        Pair.of(2, range(0x800, 0xd7ff)),
        Pair.of(1, range(0xe000, 0xfffd)),
        Pair.of(3, range(0x10000, 0x10ffff)));
  }

  /** Strings of 0 to 16 code points, the empty string included. */
  static Gen<String> strings() {
    return in -> {
      int length = range(0, 16).generate(in);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < length; i++) {
        sb.appendCodePoint(codePoints().generate(in));
      }
      return sb.toString();
    };
  }

  /** Valid DynamoDB number texts: longs, 1 to 38 digits at every exponent, edge spellings. */
  static Gen<String> numbers() {
    return frequency(
        Pair.of(3, Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).map(l -> String.valueOf(l))),
        Pair.of(6, Generators::decimal),
        Pair.of(2, pick(EDGE_NUMBERS)));
  }

  /** Byte sequences of 0 to 40 bytes, the empty one included. */
  static Gen<Bytes> bytes() {
    return Generate.byteArrays(
            range(0, 40), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
        .map(b -> Bytes.of(b));
  }

  /** Attribute values of every type, nested up to 32 levels; a tenth are exactly 32 deep. */
  static Gen<AttributeValue> values() {
    return values(MAX_DEPTH);
  }

  /** Attribute values nested up to {@code maxDepth} levels; a tenth are exactly that deep. */
  static Gen<AttributeValue> values(int maxDepth) {
    return in -> {
      int shape = range(0, 9).generate(in);
      if (shape < 6) {
        return tree(in, range(0, Math.min(4, maxDepth)).generate(in));
      }
      return spine(in, shape < 9 ? range(0, maxDepth).generate(in) : maxDepth);
    };
  }

  /** Values whose deepest path has exactly {@code depth} maps and lists. */
  static Gen<AttributeValue> valuesOfDepth(int depth) {
    return in -> spine(in, depth);
  }

  /** Items: 0 to 6 attributes with any names (at least one character, as DynamoDB's) and values. */
  static Gen<Map<String, AttributeValue>> items() {
    return items(MAX_DEPTH);
  }

  /** Items whose values are nested up to {@code maxDepth} levels. */
  static Gen<Map<String, AttributeValue>> items(int maxDepth) {
    return in -> {
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      int size = range(0, 6).generate(in);
      for (int i = 0; i < size; i++) {
        String name = strings().generate(in);
        item.put(name.isEmpty() ? "_" : name, values(maxDepth).generate(in));
      }
      return item;
    };
  }

  /** Scalar and set values (no maps or lists). */
  static Gen<AttributeValue> scalars() {
    return Generators::scalar;
  }

  /** The number of nested maps and lists on the value's deepest path. */
  static int depth(AttributeValue v) {
    int deepest = 0;
    if (v instanceof AttributeValue.L) {
      for (AttributeValue e : ((AttributeValue.L) v).values()) {
        deepest = Math.max(deepest, depth(e));
      }
      return deepest + 1;
    }
    if (v instanceof AttributeValue.M) {
      for (AttributeValue e : ((AttributeValue.M) v).values().values()) {
        deepest = Math.max(deepest, depth(e));
      }
      return deepest + 1;
    }
    return 0;
  }

  /** Keeps the first of each group of members that are equal by {@code key}. */
  static <T, K> List<T> distinctBy(List<T> members, Function<T, K> key) {
    Set<K> seen = new LinkedHashSet<>();
    List<T> out = new ArrayList<>();
    for (T m : members) {
      if (seen.add(key.apply(m))) {
        out.add(m);
      }
    }
    return out;
  }

  /** A number's value for telling numerically equal members apart: 1.0 and 1 are the same. */
  static BigDecimal numericKey(String number) {
    BigDecimal d = new BigDecimal(number);
    return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
  }

  private static String decimal(RandomnessSource in) {
    int precision = range(1, 38).generate(in);
    StringBuilder digits = new StringBuilder().append((char) ('0' + range(1, 9).generate(in)));
    for (int i = 1; i < precision; i++) {
      digits.append((char) ('0' + range(0, 9).generate(in)));
    }
    int exponent = range(-130, 125).generate(in); // of the leading digit
    String sign = booleans().generate(in) ? "-" : "";
    String e = pick(List.of("E", "e", "E+", "e+")).generate(in);
    switch (range(0, 2).generate(in)) {
      case 0: // d.dddE±x
        String fraction = precision > 1 ? "." + digits.substring(1) : "";
        return sign + digits.charAt(0) + fraction + exponentText(e, exponent);
      case 1: // dddE±x, the exponent shifted by the digits
        return sign + digits + exponentText(e, exponent - (precision - 1));
      default: // plain decimal with leading and trailing zeros
        if (exponent < -40 || exponent > 50) {
          return sign + digits + exponentText(e, exponent - (precision - 1));
        }
        String plain =
            new BigDecimal(new BigInteger(digits.toString()), precision - 1 - exponent)
                .toPlainString();
        String leading = "0".repeat(range(0, 2).generate(in));
        int trailing = range(0, 3).generate(in);
        String zeros = trailing == 0 ? "" : (plain.contains(".") ? "" : ".") + "0".repeat(trailing);
        return sign + leading + plain + zeros;
    }
  }

  private static String exponentText(String e, int exponent) {
    return exponent < 0 ? e.substring(0, 1) + exponent : e + exponent;
  }

  private static AttributeValue scalar(RandomnessSource in) {
    switch (range(0, 9).generate(in)) {
      case 0:
        return AttributeValue.n(numbers().generate(in));
      case 1:
        return AttributeValue.b(bytes().generate(in));
      case 2:
        return AttributeValue.ss(distinctBy(members(in, strings()), s -> s));
      case 3:
        return AttributeValue.ns(distinctBy(members(in, numbers()), Generators::numericKey));
      case 4:
        return AttributeValue.bs(distinctBy(members(in, bytes()), b -> b));
      case 5:
        return AttributeValue.bool(booleans().generate(in));
      case 6:
        return AttributeValue.nul();
      case 7:
        return new AttributeValue.Unknown(
            pick(UNKNOWN_TAGS).generate(in), pick(UNKNOWN_JSON).generate(in));
      default:
        return AttributeValue.s(strings().generate(in));
    }
  }

  private static <T> List<T> members(RandomnessSource in, Gen<T> member) {
    int size = range(1, 5).generate(in);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(member.generate(in));
    }
    return out;
  }

  /** A value at most {@code budget} maps and lists deep. */
  private static AttributeValue tree(RandomnessSource in, int budget) {
    if (budget == 0 || range(0, 2).generate(in) == 0) {
      return scalar(in);
    }
    List<AttributeValue> children = new ArrayList<>();
    int size = range(0, 4).generate(in);
    for (int i = 0; i < size; i++) {
      children.add(tree(in, budget - 1));
    }
    return container(in, children);
  }

  /** A value exactly {@code depth} deep: one deep path, shallow side branches. */
  private static AttributeValue spine(RandomnessSource in, int depth) {
    if (depth == 0) {
      return scalar(in);
    }
    int size = range(1, 3).generate(in);
    int deep = range(0, size - 1).generate(in);
    List<AttributeValue> children = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      children.add(i == deep ? spine(in, depth - 1) : tree(in, Math.min(1, depth - 1)));
    }
    return container(in, children);
  }

  private static AttributeValue container(RandomnessSource in, List<AttributeValue> children) {
    if (booleans().generate(in)) {
      return AttributeValue.l(children);
    }
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    for (AttributeValue child : children) {
      String name = strings().generate(in);
      while (map.containsKey(name)) {
        name += "#";
      }
      map.put(name, child);
    }
    return AttributeValue.m(map);
  }

  /** {@code null} now and then, for codecs that must map it to {@code NULL} and back. */
  static <T> Gen<T> orNull(Gen<T> gen) {
    return frequency(Pair.of(6, gen), Pair.of(1, constant(() -> null)));
  }
}
