package io.dynamo.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, replayable fuzz input for DynamoDB JSON items and attribute values: random values from a
 * grammar and mutations of them and of a corpus.
 *
 * <p>The twin, trimmed to attribute values, of {@code io.dynamo.testkit.Fuzz}, which makes whole
 * response bodies for the modules above this one: dynamo-codec does not depend on dynamo-testkit
 * (its build would then run dynalite). Each case has its own random source made from the seed and
 * the case's index, so that a case can be replayed alone with {@code -Ddynamo.fuzz.seed=S
 * -Ddynamo.fuzz.case=N}. Inputs are at most {@value #MAX_BYTES} bytes; the nesting a mutation adds
 * is at most {@value #MAX_NESTING} levels.
 */
final class JsonFuzz {
  static final int MAX_BYTES = 256 * 1024;
  static final int MAX_NESTING = 2_000;

  private static final String[] TAGS = {"S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"};
  private static final String[] ODD_TAGS = {"FUTURE", "s", "", "SSS", "\\u0000", "N ", "\\u0053"};
  private static final String[] ODD_NUMBERS = {
    "1e999999999",
    "-1E+2147483648",
    "1e-2147483649",
    "-0",
    "-0.0",
    "0e0",
    "1.5e-400",
    "4.9e-324",
    "1234567890123456789012345678901234567890",
    "-9223372036854775809",
    "18446744073709551616",
    "1E-130",
    "9.9999999999999999999999999999999999999E+125",
    "1E+126",
    "1E-131",
    "NaN",
    "Infinity",
    "0x1F",
    "00012",
    "1.",
    ".5",
    "+1",
    "--1",
    "1e",
    "-",
    " 1",
    "1 ",
  };
  private static final String[] OTHER_VALUES = {
    "0",
    "-1.5",
    "true",
    "null",
    "{}",
    "[]",
    "\"\"",
    "[null]",
    "{\"S\":\"x\"}",
    "[{\"N\":\"1\"}]",
    "{\"\":{}}",
    "\"\\u0000\"",
    "1e999999999",
  };
  private static final String[] CHARS = {
    "a",
    "Z",
    "0",
    " ",
    "\\\"",
    "\\\\",
    "\\/",
    "\\n",
    "\\u0000",
    "\\u001f",
    "\\u00e9",
    "\\ud83d\\ude00",
    "\\ud800",
    "\\udc00",
    "\u00e9",
    "\u4e2d",
    "\ud83d\ude00",
    "\u2028",
    "#",
  };

  /**
   * Attribute names (after a distinct digit): few, because Jackson's shared table of names copies
   * itself whenever a parse meets a name it does not hold yet, which would make every random name
   * cost as much as the rest of its case.
   */
  private static final String[] NAMES = {
    "",
    "id",
    "name",
    "n",
    "a b",
    "\\u00e9t\\u00e9",
    "\u4e2d",
    "\ud83d\ude00",
    "\\\\",
    "\\\"",
    "#x",
    ":v",
  };

  private static final String[] GARBAGE = {
    "\\ud800", "\\udfff\\ud800", "\\u12", "\\x41", "\\'", "\\", "\u0000", "\ufffd", "'", "/*", "\t",
  };
  private static final byte[][] BAD_UTF8 = {
    {(byte) 0x80},
    {(byte) 0xC0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xFF},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {0},
  };
  private static final String[] NOT_ITEMS = {
    "",
    " ",
    "[]",
    "null",
    "\"S\"",
    "0",
    "<html><body>502 Bad Gateway</body></html>",
    "{} {}",
    "{\"a\":{\"S\":\"x\"}}}",
    "\ufeff{}",
    "{'a':{}}",
    "{\"a\":{\"S\":\"x\"},}",
  };
  private static final Charset[] ENCODINGS = {
    StandardCharsets.UTF_16BE,
    StandardCharsets.UTF_16LE,
    StandardCharsets.UTF_16,
    Charset.forName("UTF-32BE"),
    Charset.forName("UTF-32LE"),
  };

  private JsonFuzz() {}

  /** The run's seed: {@code -Ddynamo.fuzz.seed} (decimal or 0x hex), else {@code fallback}. */
  static long seed(long fallback) {
    String text = System.getProperty("dynamo.fuzz.seed", "").trim();
    if (text.isEmpty()) {
      return fallback;
    }
    return text.startsWith("0x")
        ? Long.parseUnsignedLong(text.substring(2), 16)
        : Long.parseLong(text);
  }

  /** The only case to run ({@code -Ddynamo.fuzz.case}), or -1 for all. */
  static long onlyCase() {
    return Long.getLong("dynamo.fuzz.case", -1L);
  }

  /** The random source of one case. */
  static SplittableRandom random(long seed, long index) {
    return new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L)));
  }

  /** Names a case and how to replay it. */
  static String replay(long seed, long index) {
    String hex = "0x" + Long.toHexString(seed);
    return "seed "
        + hex
        + ", case "
        + index
        + " (replay: -Ddynamo.fuzz.seed="
        + hex
        + " -Ddynamo.fuzz.case="
        + index
        + ")";
  }

  /** An input shortened and escaped for a failure message. */
  static String show(byte[] input) {
    StringBuilder out = new StringBuilder().append(input.length).append(" bytes: ");
    for (int i = 0; i < Math.min(input.length, 300); i++) {
      int b = input[i] & 0xFF;
      out.append(
          b >= 0x20 && b < 0x7F && b != '\\'
              ? String.valueOf((char) b)
              : String.format("\\x%02x", b));
    }
    return input.length > 300 ? out.append("...").toString() : out.toString();
  }

  /**
   * One input: an item (or, if {@code value}, an attribute value) as generated, mutated one to four
   * times, nested deeply or not an item at all.
   */
  static byte[] input(SplittableRandom r, List<String> corpus, boolean value) {
    int pick = r.nextInt(100);
    String start;
    if (r.nextInt(3) == 0) {
      String item = corpus.get(r.nextInt(corpus.size()));
      start = value ? "{\"M\":" + item + "}" : item;
    } else {
      start = value ? randomValue(r, 0) : randomItem(r, 0);
    }
    if (pick < 15) {
      return utf8(start); // as it is: most of these must be read
    }
    if (pick < 18) {
      return utf8(NOT_ITEMS[r.nextInt(NOT_ITEMS.length)]);
    }
    if (pick < 21) {
      return randomBytes(r, sizeUpTo(r, 2048));
    }
    if (pick < 25) {
      String nest = nesting(r, "{\"S\":\"x\"}");
      return utf8(value ? nest : "{\"a\":" + nest + "}");
    }
    byte[] input = utf8(start);
    for (int i = 1 + r.nextInt(r.nextBoolean() ? 1 : 4); i > 0; i--) {
      input = mutate(r, input, corpus);
    }
    return input;
  }

  /** {@code input} with one mutation, within the size and nesting caps. */
  static byte[] mutate(SplittableRandom r, byte[] input, List<String> corpus) {
    byte[] out =
        switch (r.nextInt(16)) {
          case 0 -> flipBits(r, input);
          case 1 -> input.length == 0 ? input : copy(input, r.nextInt(input.length));
          case 2 -> insert(r, input, randomBytes(r, 1 + r.nextInt(8)));
          case 3 -> insert(r, input, BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
          case 4 -> insert(r, input, utf8(GARBAGE[r.nextInt(GARBAGE.length)]));
          case 5 -> duplicateOrDelete(r, input);
          case 6 -> replaceNumber(r, input);
          case 7 -> replaceString(r, input, OTHER_VALUES[r.nextInt(OTHER_VALUES.length)]);
          case 8 -> replaceString(r, input, randomValue(r, 2));
          case 9 -> nestAt(r, input);
          case 10 -> replaceTag(r, input);
          case 11 -> duplicateName(r, input);
          case 12 -> replaceString(r, input, hugeString(r, MAX_BYTES - input.length));
          case 13 -> reencode(r, input);
          case 14 -> splice(r, input, utf8(corpus.get(r.nextInt(corpus.size()))));
          default -> swapStructure(r, input);
        };
    if (out.length > MAX_BYTES) {
      out = copy(out, MAX_BYTES);
    }
    return nesting(out) > MAX_NESTING ? input : out;
  }

  /** A random item, valid unless by chance (odd numbers, lone surrogates). */
  static String randomItem(SplittableRandom r, int depth) {
    StringBuilder out = new StringBuilder("{");
    int n = r.nextInt(depth == 0 ? 8 : 4);
    for (int i = 0; i < n; i++) {
      out.append(i > 0 ? "," : "").append('"').append(i).append(NAMES[r.nextInt(NAMES.length)]);
      out.append("\":").append(randomValue(r, depth + 1));
    }
    return out.append('}').toString();
  }

  /** A random attribute value, valid unless by chance. */
  static String randomValue(SplittableRandom r, int depth) {
    String tag = TAGS[r.nextInt(depth > 5 ? 6 : TAGS.length)];
    StringBuilder out = new StringBuilder("{\"").append(tag).append("\":");
    switch (tag) {
      case "S" -> out.append('"').append(text(r, 20)).append('"');
      case "N" -> out.append('"').append(number(r)).append('"');
      case "B" -> out.append('"').append(base64(r, -1)).append('"');
      case "SS", "NS", "BS" -> {
        out.append('[');
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
          out.append(i > 0 ? ",\"" : "\"");
          // members differ in their first character, number or byte
          out.append(tag.equals("SS") ? i + text(r, 6) : tag.equals("NS") ? i + "" : base64(r, i));
          out.append('"');
        }
        out.append(']');
      }
      case "M" -> out.append(randomItem(r, depth + 1));
      case "L" -> {
        out.append('[');
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
          out.append(i > 0 ? "," : "").append(randomValue(r, depth + 1));
        }
        out.append(']');
      }
      case "NULL" -> out.append("true");
      default -> out.append(r.nextBoolean());
    }
    return out.append('}').toString();
  }

  /** The deepest nesting of brackets and braces outside string literals. */
  static int nesting(byte[] input) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < input.length; i++) {
      byte b = input[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == '}' || b == ']') {
        depth = Math.max(0, depth - 1);
      }
    }
    return deepest;
  }

  /** Maps, lists, arrays or unknown tags nested around {@code inner}, closed (mostly). */
  private static String nesting(SplittableRandom r, String inner) {
    String[][] kinds = {
      {"{\"L\":[", "]}"},
      {"{\"M\":{\"a\":", "}}"},
      {"[", "]"},
      {"{\"M\":", "}"},
      {"{\"X\":[", "]}"},
    };
    String[] kind = kinds[r.nextInt(kinds.length)];
    int[] edges = {31, 32, 33, 64, 65, 255, 256, 257, 258, 512, 513, 527, 528, 529};
    int levels = r.nextBoolean() ? edges[r.nextInt(edges.length)] : 1 + r.nextInt(MAX_NESTING - 8);
    int repeats = Math.max(1, levels / kind[1].length()); // JSON levels per repeat
    return kind[0].repeat(repeats) + inner + (r.nextInt(4) == 0 ? "" : kind[1].repeat(repeats));
  }

  private static String number(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)];
      case 1 -> Long.toString(r.nextLong());
      case 2 -> r.nextInt(1000) + "." + r.nextInt(1000) + "E" + r.nextInt(-120, 120);
      default -> Integer.toString(r.nextInt(-100, 100_000));
    };
  }

  private static String base64(SplittableRandom r, int first) {
    byte[] raw = randomBytes(r, (first < 0 ? 0 : 1) + r.nextInt(8));
    if (first >= 0) {
      raw[0] = (byte) first;
    }
    return Base64.getEncoder().encodeToString(raw);
  }

  /** JSON string content, escaped, of up to {@code max} pieces. */
  private static String text(SplittableRandom r, int max) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(max + 1); i > 0; i--) {
      s.append(
          r.nextInt(3) == 0
              ? CHARS[r.nextInt(CHARS.length)]
              : String.valueOf((char) ('a' + r.nextInt(26))));
    }
    return s.toString();
  }

  private static String hugeString(SplittableRandom r, int room) {
    // mostly a few KiB; up to the cap one time in eight
    int n = Math.max(0, Math.min(sizeUpTo(r, r.nextInt(8) == 0 ? MAX_BYTES : 8192), room - 2));
    String piece = r.nextBoolean() ? "x" : CHARS[r.nextInt(CHARS.length)];
    return "\"" + piece.repeat(n / piece.length()) + "\"";
  }

  private static byte[] flipBits(SplittableRandom r, byte[] input) {
    byte[] out = input.length == 0 ? randomBytes(r, 1) : input.clone();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
    }
    return out;
  }

  private static byte[] duplicateOrDelete(SplittableRandom r, byte[] input) {
    if (input.length == 0) {
      return input;
    }
    int from = r.nextInt(input.length);
    int length = 1 + r.nextInt(Math.min(512, input.length - from));
    if (r.nextBoolean()) {
      return replace(input, from, length, new byte[0]);
    }
    byte[] span = new byte[length];
    System.arraycopy(input, from, span, 0, length);
    return replace(input, r.nextBoolean() ? from + length : r.nextInt(input.length + 1), 0, span);
  }

  /** A number, in a string or not, replaced by an odd one. */
  private static byte[] replaceNumber(SplittableRandom r, byte[] input) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < input.length && runs.size() < 4096; i++) {
      if ((input[i] >= '0' && input[i] <= '9') || input[i] == '-') {
        int start = i;
        while (i + 1 < input.length && "0123456789-+.eE".indexOf(input[i + 1]) >= 0) {
          i++;
        }
        runs.add(new int[] {start, i + 1});
      }
    }
    String number =
        r.nextInt(8) == 0
            ? "9".repeat(900 + r.nextInt(200))
            : ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)];
    if (runs.isEmpty()) {
      return insert(r, input, utf8(number));
    }
    int[] run = runs.get(r.nextInt(runs.size()));
    return replace(input, run[0], run[1] - run[0], utf8(number));
  }

  /** A bracket, brace, colon, comma or quote swapped for another. */
  private static byte[] swapStructure(SplittableRandom r, byte[] input) {
    String structural = "{}[]:,\"";
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < input.length && at.size() < 4096; i++) {
      if (structural.indexOf(input[i]) >= 0) {
        at.add(i);
      }
    }
    if (at.isEmpty()) {
      return flipBits(r, input);
    }
    byte[] out = input.clone();
    out[at.get(r.nextInt(at.size()))] = (byte) structural.charAt(r.nextInt(structural.length()));
    return out;
  }

  /** A string literal replaced by {@code text}. */
  private static byte[] replaceString(SplittableRandom r, byte[] input, String text) {
    List<int[]> strings = new ArrayList<>();
    for (int i = 0; i < input.length && strings.size() < 4096; i++) {
      if (input[i] == '"') {
        int start = i++;
        while (i < input.length && input[i] != '"') {
          i += input[i] == '\\' ? 2 : 1;
        }
        if (i < input.length) {
          strings.add(new int[] {start, i + 1});
        }
      }
    }
    if (strings.isEmpty()) {
      return insert(r, input, utf8(text));
    }
    int[] s = strings.get(r.nextInt(strings.size()));
    return replace(input, s[0], s[1] - s[0], utf8(text));
  }

  /** Deep nesting where a value starts. */
  private static byte[] nestAt(SplittableRandom r, byte[] input) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < input.length && starts.size() < 4096; i++) {
      if (input[i] == ':' || input[i] == '[') {
        starts.add(i + 1);
      }
    }
    String nest = nesting(r, "{\"NULL\":true}") + (r.nextBoolean() ? "," : "");
    int at = starts.isEmpty() ? 0 : starts.get(r.nextInt(starts.size()));
    return replace(input, at, 0, utf8(nest));
  }

  /** A type tag replaced by another, or by one DynamoDB does not define. */
  private static byte[] replaceTag(SplittableRandom r, byte[] input) {
    List<int[]> tags = new ArrayList<>();
    String text = new String(input, StandardCharsets.ISO_8859_1);
    for (String tag : TAGS) {
      String quoted = "{\"" + tag + "\":";
      for (int i = text.indexOf(quoted); i >= 0 && tags.size() < 4096; ) {
        tags.add(new int[] {i + 2, i + 2 + tag.length()});
        i = text.indexOf(quoted, i + 1);
      }
    }
    String other =
        r.nextInt(3) == 0 ? ODD_TAGS[r.nextInt(ODD_TAGS.length)] : TAGS[r.nextInt(TAGS.length)];
    if (tags.isEmpty()) {
      return insert(r, input, utf8("{\"" + other + "\":"));
    }
    int[] tag = tags.get(r.nextInt(tags.size()));
    return replace(input, tag[0], tag[1] - tag[0], utf8(other));
  }

  /** A member preceded by another of the same name. */
  private static byte[] duplicateName(SplittableRandom r, byte[] input) {
    List<int[]> names = new ArrayList<>();
    for (int i = 0; i + 1 < input.length && names.size() < 4096; i++) {
      if ((input[i] == '{' || input[i] == ',') && input[i + 1] == '"') {
        int end = i + 2;
        while (end < input.length && input[end] != '"') {
          end += input[end] == '\\' ? 2 : 1;
        }
        if (end + 1 < input.length && input[end + 1] == ':') {
          names.add(new int[] {i + 1, end + 2});
        }
      }
    }
    if (names.isEmpty()) {
      return insert(r, input, utf8("\"a\":{\"N\":\"1\"},\"a\":{\"N\":\"2\"}"));
    }
    int[] name = names.get(r.nextInt(names.size()));
    byte[] member = new byte[name[1] - name[0]];
    System.arraycopy(input, name[0], member, 0, member.length);
    String value =
        r.nextBoolean() ? randomValue(r, 4) : OTHER_VALUES[r.nextInt(OTHER_VALUES.length)];
    return replace(input, name[0], 0, replace(utf8(value + ","), 0, 0, member));
  }

  /** The input in UTF-16 or UTF-32, or behind a byte order mark. */
  private static byte[] reencode(SplittableRandom r, byte[] input) {
    return switch (r.nextInt(3)) {
      case 0 -> replace(input, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      case 1 -> replace(input, 0, 0, new byte[] {(byte) 0xFF, (byte) 0xFE});
      default ->
          new String(input, StandardCharsets.UTF_8)
              .getBytes(ENCODINGS[r.nextInt(ENCODINGS.length)]);
    };
  }

  private static byte[] splice(SplittableRandom r, byte[] input, byte[] other) {
    int cut = r.nextInt(input.length + 1);
    int from = r.nextInt(other.length + 1);
    byte[] tail = new byte[other.length - from];
    System.arraycopy(other, from, tail, 0, tail.length);
    return replace(copy(input, cut), cut, 0, tail);
  }

  private static byte[] insert(SplittableRandom r, byte[] input, byte[] piece) {
    return replace(input, r.nextInt(input.length + 1), 0, piece);
  }

  private static byte[] replace(byte[] input, int at, int length, byte[] piece) {
    byte[] out = new byte[input.length - length + piece.length];
    System.arraycopy(input, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(input, at + length, out, at + piece.length, input.length - at - length);
    return out;
  }

  private static byte[] copy(byte[] input, int length) {
    byte[] out = new byte[length];
    System.arraycopy(input, 0, out, 0, Math.min(length, input.length));
    return out;
  }

  private static byte[] randomBytes(SplittableRandom r, int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) r.nextInt(256);
    }
    return bytes;
  }

  /** A size up to {@code max}, spread evenly over its orders of magnitude. */
  private static int sizeUpTo(SplittableRandom r, int max) {
    int bits = 32 - Integer.numberOfLeadingZeros(max);
    return Math.min(max, r.nextInt(1 << r.nextInt(bits + 1)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
