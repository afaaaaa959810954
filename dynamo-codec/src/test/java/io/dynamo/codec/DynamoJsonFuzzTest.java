package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated DynamoDB JSON through {@link DynamoJson}'s readers, from bytes and from text:
 * each input is read or fails with a {@link DynamoException}, in time; never another exception, a
 * {@link StackOverflowError} or an {@link OutOfMemoryError}. What is read is written again and read
 * back equal, and reading the same UTF-8 from bytes and from text agrees.
 *
 * <p>100,000 cases in the normal run, 1,000,000 with {@code -Ddynamo.long=true}, any number with
 * {@code -Ddynamo.fuzz.cases=N}. The seed is printed with a failure; {@code -Ddynamo.fuzz.seed=S
 * -Ddynamo.fuzz.case=N} replays one case.
 */
class DynamoJsonFuzzTest {
  private static final boolean LONG = Boolean.getBoolean("dynamo.long");
  private static final long SEED = JsonFuzz.seed(0xC0DEC5EEDL);
  private static final int CASES =
      Integer.getInteger("dynamo.fuzz.cases", LONG ? 1_000_000 : 100_000);

  /** The longest one case may take: reading is linear, so this is far more than any needs. */
  private static final Duration CASE_BOUND = Duration.ofSeconds(2);

  /** Items as DynamoDB sends them, with every type, unknown tags and the documented examples. */
  private static final List<String> CORPUS = corpus();

  private final AtomicLong current = new AtomicLong(-1);
  private final Map<String, Integer> outcomes = new TreeMap<>();
  private long parsed;
  private long roundTrips;
  private long agreements;

  private static List<String> corpus() {
    List<String> items = new ArrayList<>();
    items.add(
        "{\"id\":{\"S\":\"user#1\"},\"age\":{\"N\":\"42\"},\"score\":{\"N\":\"-3.14e2\"},"
            + "\"avatar\":{\"B\":\"iVBORw0KGgo=\"},\"tags\":{\"SS\":[\"a\",\"b\",\"\u00fc\"]},"
            + "\"lucky\":{\"NS\":[\"7\",\"13\",\"-0.5\"]},\"blobs\":{\"BS\":[\"AAE=\",\"/w==\"]},"
            + "\"profile\":{\"M\":{\"name\":{\"S\":\"Ada\"},\"address\":{\"M\":{\"city\":"
            + "{\"S\":\"Z\u00fcrich\"},\"zip\":{\"N\":\"8001\"}}},\"emails\":{\"L\":"
            + "[{\"S\":\"a@b.c\"},{\"NULL\":true}]}}},\"history\":{\"L\":[{\"N\":\"1\"},"
            + "{\"BOOL\":false},{\"L\":[{\"M\":{}}]},{\"SS\":[\"x\"]}]},\"deleted\":{\"NULL\":true},"
            + "\"active\":{\"BOOL\":true},\"text\":{\"S\":\"\\ud83d\\ude00 \\u00e9\\n\\\"q\\\" \u4e2d\"}}");
    items.add(
        "{\"x\":{\"FUTURE\":{\"a\":[1,2.5e3,{\"b\":\"c\"}],\"d\":null}},\"y\":{\"V2\":\"t\\\"ext\"},"
            + "\"z\":{\"Q\":-12.5e3},\"w\":{\"T\":true},\"v\":{\"U\":[]}}");
    items.add("{}");
    items.add("{\"l\":{\"L\":[]},\"m\":{\"M\":{}},\"s\":{\"S\":\"\"},\"b\":{\"B\":\"\"}}");
    items.add(
        "{\"big\":{\"N\":\"9.9999999999999999999999999999999999999E+125\"},"
            + "\"small\":{\"N\":\"-1E-130\"},\"digits\":{\"N\":\"12345678901234567890123456789012345678\"},"
            + "\"zero\":{\"N\":\"-0\"},\"plain\":{\"N\":1.5}}");
    for (DocumentedItems.Documented d : DocumentedItems.all()) {
      items.add(DynamoJson.writeItem(d.built().attributes()));
    }
    return List.copyOf(items);
  }

  @Test
  void everyInputIsReadOrFailsWithATypedExceptionInTime() {
    Duration bound = Duration.ofMinutes(LONG ? 30 : 5); // a hang: each case is checked on its own
    long started = System.nanoTime();
    assertTimeoutPreemptively(
        bound,
        this::run,
        () -> "hung in " + JsonFuzz.replay(SEED, current.get()) + ": took over " + bound);
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    System.out.printf(
        "DynamoJsonFuzzTest: %,d cases in %,d ms (seed 0x%x): %,d read, %,d written and read back,"
            + " %,d read alike from bytes and text; failures %s%n",
        JsonFuzz.onlyCase() >= 0 ? 1 : CASES,
        millis,
        SEED,
        parsed,
        roundTrips,
        agreements,
        outcomes);
    if (JsonFuzz.onlyCase() < 0) {
      // the generator must reach past the syntax: a good share of inputs is valid
      assertTrue(parsed > CASES / 10, "only " + parsed + " of " + CASES + " inputs were read");
      assertTrue(roundTrips > CASES / 20, "only " + roundTrips + " round trips");
    }
  }

  private void run() {
    long only = JsonFuzz.onlyCase();
    for (long i = only >= 0 ? only : 0; i < (only >= 0 ? only + 1 : CASES); i++) {
      current.set(i);
      SplittableRandom r = JsonFuzz.random(SEED, i);
      boolean value = r.nextInt(3) == 0;
      boolean asText = r.nextInt(4) == 0;
      byte[] input = JsonFuzz.input(r, CORPUS, value);
      one(i, input, value, asText);
    }
  }

  /** One case: read from bytes, and also from text if {@code asText}. */
  private void one(long index, byte[] input, boolean value, boolean asText) {
    Supplier<String> where =
        () -> JsonFuzz.replay(SEED, index) + ", input of " + JsonFuzz.show(input);
    long start = System.nanoTime();
    Object fromBytes =
        read(where, () -> value ? DynamoJson.read(input) : DynamoJson.readItem(input));
    String text = asText ? strictUtf8(input) : null;
    if (text != null) {
      Object fromText =
          read(where, () -> value ? DynamoJson.read(text) : DynamoJson.readItem(text));
      if (comparable(input)) {
        // the same UTF-8 from bytes or from text: both read, equal, or both fail
        assertEquals(
            fromBytes instanceof Throwable,
            fromText instanceof Throwable,
            () ->
                "bytes gave "
                    + brief(fromBytes)
                    + " but text gave "
                    + brief(fromText)
                    + " in "
                    + where.get());
        if (!(fromBytes instanceof Throwable)) {
          assertTrue(fromBytes.equals(fromText), () -> brief(fromText) + " in " + where.get());
          agreements++;
        }
      }
    }
    if (!(fromBytes instanceof Throwable)) {
      parsed++;
      check(where, fromBytes);
    }
    long took = System.nanoTime() - start;
    if (took > CASE_BOUND.toNanos()) {
      throw new AssertionError("took " + took / 1_000_000 + " ms in " + where.get());
    }
  }

  /** The value read, or the typed exception: anything else fails the test. */
  private Object read(Supplier<String> where, Supplier<Object> reading) {
    try {
      return reading.get();
    } catch (DynamoException e) {
      outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
      return e;
    } catch (Throwable t) {
      throw new AssertionError(
          "reading threw " + t.getClass().getName() + " (not a DynamoException) in " + where.get(),
          t);
    }
  }

  /** What was read prints, hashes, equals itself, and is written and read back equal. */
  private void check(Supplier<String> where, Object read) {
    try {
      assertTrue(read.toString() != null && read.equals(read), where);
      read.hashCode();
      String written;
      try {
        written =
            read instanceof AttributeValue v
                ? DynamoJson.write(v)
                : DynamoJson.writeItem(items(read));
      } catch (DynamoException e) {
        // DynamoDB's rules for writing (32 levels, valid Unicode) are stricter than reading's
        outcomes.merge("not written: " + e.getClass().getSimpleName(), 1, Integer::sum);
        return;
      }
      Object again =
          read instanceof AttributeValue
              ? DynamoJson.read(written)
              : DynamoJson.readItem(written.getBytes(StandardCharsets.UTF_8));
      assertTrue(
          read.equals(again),
          () ->
              "written as "
                  + brief(written)
                  + ", read back as "
                  + brief(again)
                  + " in "
                  + where.get());
      String twice =
          again instanceof AttributeValue v
              ? DynamoJson.write(v)
              : DynamoJson.writeItem(items(again));
      assertTrue(
          written.equals(twice), () -> "written again as " + brief(twice) + " in " + where.get());
      roundTrips++;
    } catch (AssertionError e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(
          "using what was read threw " + t.getClass().getName() + " in " + where.get(), t);
    }
  }

  /** A value or exception for a message, at most 200 characters of it. */
  private static String brief(Object o) {
    String s = String.valueOf(o);
    return s.length() <= 200 ? s : s.substring(0, 200) + "... (" + s.length() + " characters)";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, AttributeValue> items(Object read) {
    return (Map<String, AttributeValue>) read;
  }

  /** The text of valid UTF-8, or null. */
  private static String strictUtf8(byte[] input) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Whether reading the bytes and reading them as text must agree: the bytes are read as UTF-8
   * (Jackson takes bytes with a byte order mark or a zero byte among the first four for UTF-16 or
   * UTF-32), and they are under 64 KiB (Jackson counts its limits, such as a name's length, in
   * bytes from bytes and in characters from text).
   */
  private static boolean comparable(byte[] input) {
    if (input.length > 64 * 1024) {
      return false;
    }
    for (int i = 0; i < Math.min(4, input.length); i++) {
      if (input[i] == 0) {
        return false;
      }
    }
    return !(input.length >= 3
        && (input[0] & 0xFF) == 0xEF
        && (input[1] & 0xFF) == 0xBB
        && (input[2] & 0xFF) == 0xBF);
  }
}
