package io.dynamo.codec.internal;

import io.dynamo.codec.InvalidAttributeValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** DynamoDB's rules for numbers: 38 significant digits, magnitude 1E-130 to under 1E+126. */
public final class Numbers {
  /** Most significant digits DynamoDB stores. */
  public static final int MAX_PRECISION = 38;

  /** Smallest decimal exponent of a non-zero number's leading digit (1E-130). */
  public static final int MIN_EXPONENT = -130;

  /** Largest decimal exponent of a number's leading digit (9.99...E+125). */
  public static final int MAX_EXPONENT = 125;

  private Numbers() {}

  /**
   * Checks {@code text} against DynamoDB's number rules and returns it unchanged.
   *
   * @throws InvalidAttributeValueException naming the rule that was broken
   */
  public static String check(String text) {
    if (text == null) {
      throw new InvalidAttributeValueException("number is null");
    }
    if (isSmallInteger(text)) {
      return text;
    }
    checkRange(parse(text), text);
    return text;
  }

  /**
   * Parses {@code text} as a decimal number, rejecting what DynamoDB would not accept as a number
   * literal (NaN, Infinity, hex, blanks).
   */
  public static BigDecimal parse(String text) {
    if (text.isEmpty()) {
      throw new InvalidAttributeValueException(
          "number is empty; DynamoDB numbers are decimal strings");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
        throw notANumber(text);
      }
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw notANumber(text);
    }
  }

  /** Checks a parsed number's precision and magnitude against DynamoDB's limits. */
  public static void checkRange(BigDecimal value, String text) {
    if (value.signum() == 0) {
      return;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    int precision = stripped.precision();
    if (precision > MAX_PRECISION) {
      throw new InvalidAttributeValueException(
          "number "
              + abbreviate(text)
              + " has "
              + precision
              + " significant digits; DynamoDB stores at most "
              + MAX_PRECISION);
    }
    long exponent = (long) precision - stripped.scale() - 1;
    if (exponent > MAX_EXPONENT) {
      throw new InvalidAttributeValueException(
          "number "
              + abbreviate(text)
              + " is too large; DynamoDB numbers must be below 1E+126 in magnitude");
    }
    if (exponent < MIN_EXPONENT) {
      throw new InvalidAttributeValueException(
          "number "
              + abbreviate(text)
              + " is too small; non-zero DynamoDB numbers must be at least 1E-130 in magnitude");
    }
  }

  /**
   * The shortest decimal form of a finite, non-zero double. Where that form rounds up to 1E+126 or
   * more while the double itself is below it (the double nearest 1E+126 is
   * 9.999999999999999248...E+125), the fewest digits of the exact value, cut towards zero, that
   * still read back as the same double: otherwise a double DynamoDB can store would be rejected.
   */
  public static String shortest(double value) {
    BigDecimal shortest = BigDecimal.valueOf(value);
    if (shortest.precision() - shortest.scale() - 1 <= MAX_EXPONENT) {
      return shortest.toString();
    }
    BigDecimal exact = new BigDecimal(value);
    if (exact.precision() - exact.scale() - 1 > MAX_EXPONENT) {
      return shortest.toString(); // really too large: rejected with the usual message
    }
    for (int digits = 1; ; digits++) {
      BigDecimal cut = exact.round(new MathContext(digits, RoundingMode.DOWN));
      if (cut.doubleValue() == value) {
        return cut.toString();
      }
    }
  }

  /** Canonical form for equality: numerically equal numbers give equal keys. */
  public static BigDecimal canonical(String text) {
    BigDecimal value = new BigDecimal(text);
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /** An optional minus sign and 1 to 18 digits: valid without parsing. */
  private static boolean isSmallInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int length = text.length() - start;
    if (length < 1 || length > 18) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static InvalidAttributeValueException notANumber(String text) {
    return new InvalidAttributeValueException(
        "'"
            + abbreviate(text)
            + "' is not a number; DynamoDB numbers are decimal strings such as 42, -1.5 or 6.02E23");
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
