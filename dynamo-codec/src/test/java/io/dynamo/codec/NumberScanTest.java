package io.dynamo.codec;

import static io.dynamo.codec.Generators.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Numbers are checked by scanning their text once: the same verdicts and messages as parsing them
 * with BigDecimal, in time linear in their length.
 */
class NumberScanTest {

  @Test
  void theScanJudgesEveryTextAsBigDecimalRulesDo() {
    qt().withExamples(EXAMPLES * 10)
        .forAll(texts())
        .checkAssert(
            text -> {
              String expected = Reference.verdict(text);
              String actual;
              try {
                AttributeValue.N n = AttributeValue.n(text);
                actual = "ok";
                assertEquals(Reference.canonical(text), n.hashCode(), "hash of " + text);
                assertEquals(n, AttributeValue.n(Reference.canonicalText(text)), text);
              } catch (InvalidAttributeValueException e) {
                actual = e.getMessage();
              }
              assertEquals(expected, actual, text);
            });
  }

  @Test
  void numbersWithVeryManyDigitsAreCheckedQuickly() {
    // BigDecimal.stripTrailingZeros takes time quadratic in the number of digits: minutes for the
    // DynamoDB JSON of one long string, which anyone handing us JSON could send
    String zeros = "0".repeat(300_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThrows(InvalidAttributeValueException.class, () -> AttributeValue.n("1" + zeros));
          assertThrows(
              InvalidAttributeValueException.class,
              () -> DynamoJson.read("{\"N\":\"1" + zeros + "E-299000\"}"));
          assertEquals(
              AttributeValue.n("1E+10"), DynamoJson.read("{\"N\":\"1" + zeros + "E-299990\"}"));
          AttributeValue.N one = AttributeValue.n("1." + zeros);
          assertEquals(AttributeValue.n("1"), one);
          assertEquals(AttributeValue.n("1").hashCode(), one.hashCode());
          assertThrows(
              InvalidAttributeValueException.class, () -> AttributeValue.ns("1", "1." + zeros));
        });
  }

  @Test
  void wholeNumbersWrittenWithVeryManyZerosAreReadQuickly() {
    // reading 1.000...0 as a long went through BigDecimal.setScale, a division by 10^digits
    AttributeValue.N one = AttributeValue.n("1." + "0".repeat(1_000_000));
    CodecRegistry registry = CodecRegistry.defaults();
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertEquals(1L, registry.decode(one, Long.class));
          assertEquals(1, registry.decode(one, Integer.class));
          assertEquals(1L, one.longValue());
          assertEquals(BigInteger.ONE, registry.decode(one, BigInteger.class));
          assertEquals(Instant.ofEpochSecond(1), registry.decode(one, Instant.class));
          assertEquals(Instant.ofEpochSecond(1), Codecs.instantAsEpochSeconds().decode(one));
        });
  }

  /** Texts of the number alphabet, near-numbers and valid numbers. */
  private static Gen<String> texts() {
    Gen<String> chars =
        in -> {
          int length = range(0, 24).generate(in);
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < length; i++) {
            sb.append(pick(List.of("0", "1", "9", "0", ".", "e", "E", "+", "-", "5")).generate(in));
          }
          return sb.toString();
        };
    Gen<String> exponents =
        in ->
            pick(List.of("", "-", "+", "0.", ".", "00"))
                    .generate(in)
                    .concat(pick(List.of("1", "12", "0", "9.5", "1000", "07")).generate(in))
                + pick(List.of("", "E", "e", "E+", "E-", "e-"))
                    .generate(in)
                    .concat(
                        pick(List.of(
                                "",
                                "125",
                                "126",
                                "-130",
                                "-131",
                                "2147483647",
                                "2147483648",
                                "-2147483648",
                                "00000000000000005",
                                "99999999999",
                                "0"))
                            .generate(in));
    return frequency(
        Pair.of(4, chars),
        Pair.of(3, exponents),
        Pair.of(3, Generators.numbers()),
        Pair.of(1, pick(Generators.EDGE_NUMBERS)));
  }

  /** The rules as BigDecimal spells them: what the scan must agree with. */
  static final class Reference {
    static String verdict(String text) {
      if (text.isEmpty()) {
        return "number is empty; DynamoDB numbers are decimal strings";
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
          return notANumber(text);
        }
      }
      BigDecimal value;
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        return notANumber(text);
      }
      if (value.signum() == 0) {
        return "ok";
      }
      // not stripTrailingZeros(): its scale overflows for 1000E2147483647
      BigInteger digits = value.unscaledValue().abs();
      while (digits.mod(BigInteger.TEN).signum() == 0) {
        digits = digits.divide(BigInteger.TEN);
      }
      int precision = digits.toString().length();
      if (precision > 38) {
        return "number has " + precision + " significant digits; DynamoDB stores at most 38";
      }
      long exponent = (long) value.precision() - value.scale() - 1;
      if (exponent > 125) {
        return "number is too large; DynamoDB numbers must be below 1E+126 in magnitude";
      }
      if (exponent < -130) {
        return "number is too small; non-zero DynamoDB numbers must be at least 1E-130 in magnitude";
      }
      return "ok";
    }

    static int canonical(String text) {
      BigDecimal value = new BigDecimal(text);
      return (value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros()).hashCode();
    }

    static String canonicalText(String text) {
      BigDecimal value = new BigDecimal(text);
      return (value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros()).toString();
    }

    private static String notANumber(String text) {
      return "a value of "
          + text.length()
          + (text.length() == 1 ? " character" : " characters")
          + " is not a number; DynamoDB numbers are decimal strings such as 42, -1.5 or 6.02E23";
    }
  }
}
