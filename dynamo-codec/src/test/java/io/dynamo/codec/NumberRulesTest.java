package io.dynamo.codec;

import static io.dynamo.codec.Generators.EXAMPLES;
import static io.dynamo.codec.Rejections.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DynamoDB's number rules: 38 significant digits, magnitude 1E-130 to under 1E+126, decimals. */
class NumberRulesTest {
  private static final String NOT_A_NUMBER =
      " is not a number; DynamoDB numbers are decimal strings such as 42, -1.5 or 6.02E23";

  private static String notANumber(String text) {
    return "a value of "
        + text.length()
        + (text.length() == 1 ? " character" : " characters")
        + NOT_A_NUMBER;
  }

  @Test
  void numbersAtTheLimitsAndInUnusualSpellingsAreKeptAsGiven() {
    for (String text : Generators.EDGE_NUMBERS) {
      assertEquals(text, AttributeValue.n(text).value());
      assertEquals(text, ((AttributeValue.N) DynamoJson.read("{\"N\":\"" + text + "\"}")).value());
    }
  }

  @Test
  void numbersAreEqualWhenNumericallyEqual() {
    assertEquals(AttributeValue.n("1.5"), AttributeValue.n("1.50"));
    assertEquals(AttributeValue.n("1.5").hashCode(), AttributeValue.n("1.50").hashCode());
    assertEquals(AttributeValue.n("100"), AttributeValue.n("1E2"));
    assertEquals(AttributeValue.n("0"), AttributeValue.n("-0.000"));
    assertEquals(AttributeValue.n("0").hashCode(), AttributeValue.n("-0.000").hashCode());
    assertEquals(AttributeValue.ns("1", "2"), AttributeValue.ns("2.0", "1"));
    assertNotEquals(
        AttributeValue.n("1"), AttributeValue.n("1.0000000000000000000000000000000000001"));
  }

  @Test
  void doublesAreWrittenInShortestFormAndKeepNegativeZero() {
    assertEquals("0.1", AttributeValue.n(0.1).value());
    assertEquals("1.0E+10", AttributeValue.n(1e10).value());
    assertEquals("-0.0", AttributeValue.n(-0.0).value());
    assertEquals(-0.0, AttributeValue.n(-0.0).doubleValue());
    assertEquals(
        new BigDecimal("12.50"), AttributeValue.n(new BigDecimal("12.50")).bigDecimalValue());
  }

  @Test
  void notANumberIsRejected() {
    for (String text :
        new String[] {
          "NaN", "Infinity", "-Infinity", "abc", "1e", " 1", "0x10", "1_000", "١٢", "--1", "1.2.3"
        }) {
      rejects(
          InvalidAttributeValueException.class, "", notANumber(text), () -> AttributeValue.n(text));
    }
  }

  @Test
  void nanAndInfinitiesAreRejectedFromJavaNumbers() {
    String rule = " is not a number DynamoDB can store; NaN and infinities are not allowed";
    rejects(
        InvalidAttributeValueException.class, "", "NaN" + rule, () -> AttributeValue.n(Double.NaN));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "Infinity" + rule,
        () -> AttributeValue.n(Double.POSITIVE_INFINITY));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "-Infinity" + rule,
        () -> AttributeValue.n(Double.NEGATIVE_INFINITY));
    rejects(InvalidAttributeValueException.class, "f", "NaN" + rule, () -> Item.of("f", Float.NaN));
    rejects(
        InvalidAttributeValueException.class,
        "d",
        "Infinity" + rule,
        () -> Item.of("d", Double.POSITIVE_INFINITY));
  }

  @Test
  void emptyAndNullNumbersAreRejected() {
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number is empty; DynamoDB numbers are decimal strings",
        () -> AttributeValue.n(""));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number is null",
        () -> AttributeValue.n((String) null));
  }

  @Test
  void thirtyNineSignificantDigitsAreRejected() {
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number has 39 significant digits; DynamoDB stores at most 38",
        () -> AttributeValue.n("123456789012345678901234567890123456789"));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number has 39 significant digits; DynamoDB stores at most 38",
        () -> AttributeValue.n("1.00000000000000000000000000000000000001"));
  }

  @Test
  void numbersOfOneE126AndAboveAreRejected() {
    String tooLarge = " is too large; DynamoDB numbers must be below 1E+126 in magnitude";
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number" + tooLarge,
        () -> AttributeValue.n("1E+126"));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number" + tooLarge,
        () -> AttributeValue.n("-1e126"));
  }

  @Test
  void theDoubleNearestOneE126IsBelowItAndIsKept() {
    // 1e126 as a double is 9.999999999999999248...E+125: within DynamoDB's range, although its
    // shortest decimal form, 1.0E126, is not
    assertEquals("9.999999999999999E+125", AttributeValue.n(1e126).value());
    assertEquals(1e126, AttributeValue.n(1e126).doubleValue());
    assertEquals("-9.999999999999999E+125", AttributeValue.n(-1e126).value());
    assertEquals(
        AttributeValue.n("9.999999999999999E+125"), CodecRegistry.defaults().encode(1e126));
    assertEquals(1e126, CodecRegistry.defaults().decode(AttributeValue.n(1e126), Double.class));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number is too large; DynamoDB numbers must be below 1E+126 in" + " magnitude",
        () -> AttributeValue.n(Math.nextUp(1e126)));
  }

  @Test
  void floatsInNumbersAndNumberSetsAreWrittenAsTheFloatCodecWritesThem() {
    assertEquals(AttributeValue.ns("0.1", "2.5"), AttributeValue.ns(0.1f, 2.5f));
    assertEquals(List.of("0.1", "2.5"), List.copyOf(AttributeValue.ns(0.1f, 2.5f).values()));
    assertEquals(
        ((AttributeValue.N) CodecRegistry.defaults().encode(0.1f)).value(),
        AttributeValue.ns(0.1f).values().iterator().next());
    assertEquals(List.of("-0.0"), List.copyOf(AttributeValue.ns(-0.0f).values()));
    assertEquals("0.1", AttributeValue.n(0.1f).value());
    assertEquals(CodecRegistry.defaults().encode(0.1f), AttributeValue.n(0.1f));
  }

  @Test
  void nonZeroNumbersBelowOneEMinus130AreRejected() {
    String tooSmall =
        " is too small; non-zero DynamoDB numbers must be at least 1E-130 in magnitude";
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number" + tooSmall,
        () -> AttributeValue.n("1E-131"));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number" + tooSmall,
        () -> AttributeValue.n("-0.9E-130"));
  }

  @Test
  void numbersStayOutOfMessages() {
    String digits = "1".repeat(100);
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number has 100 significant digits; DynamoDB stores at most 38",
        () -> AttributeValue.n(digits));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "a value of 14 characters is not a number; DynamoDB numbers are decimal strings such as 42,"
            + " -1.5 or 6.02E23",
        () -> AttributeValue.n("4111-1111-1111"));
  }

  @Test
  void anyNumberWithMoreThan38SignificantDigitsIsRejected() {
    qt().withExamples(EXAMPLES)
        .forAll(range(39, 60), range(-90, 60))
        .checkAssert(
            (digits, exponent) -> {
              String text = "9".repeat(digits) + "E" + exponent;
              assertThrows(InvalidAttributeValueException.class, () -> AttributeValue.n(text));
            });
  }

  @Test
  void anyNumberOutsideTheRangeIsRejected() {
    qt().withExamples(EXAMPLES)
        .forAll(range(1, 38), range(126, 10_000), range(-10_000, -131))
        .checkAssert(
            (digits, big, small) -> {
              String mantissa = "1." + "2".repeat(digits - 1);
              assertThrows(
                  InvalidAttributeValueException.class,
                  () -> AttributeValue.n(mantissa + "E" + big));
              assertThrows(
                  InvalidAttributeValueException.class,
                  () -> AttributeValue.n("-" + mantissa + "E" + small));
            });
  }

  @Test
  void badNumbersInJsonNameTheirPath() {
    rejects(
        InvalidAttributeValueException.class,
        "price",
        notANumber("NaN"),
        () -> DynamoJson.readItem("{\"price\":{\"N\":\"NaN\"}}"));
    rejects(
        InvalidAttributeValueException.class,
        "order.lines[2]",
        "number is too large; DynamoDB numbers must be below 1E+126 in magnitude",
        () ->
            DynamoJson.readItem(
                "{\"order\":{\"M\":{\"lines\":{\"L\":[{\"N\":\"1\"},{\"N\":\"2\"},{\"N\":\"1E+126\"}]}}}}"));
    rejects(
        InvalidAttributeValueException.class,
        "n[1]",
        "number is empty; DynamoDB numbers are decimal strings",
        () -> DynamoJson.readItem("{\"n\":{\"NS\":[\"1\",\"\"]}}"));
  }

  @Test
  void jsonNumbersAreAcceptedForNByTheirExactText() {
    assertEquals("1.50", ((AttributeValue.N) DynamoJson.read("{\"N\":1.50}")).value());
    assertEquals(AttributeValue.ns("1", "2e3"), DynamoJson.read("{\"NS\":[1,2e3]}"));
  }
}
