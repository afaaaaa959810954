package io.dynamo.codec.internal;

import io.dynamo.codec.InvalidAttributeValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
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
   * Checks {@code text} against DynamoDB's number rules and returns it unchanged. It must be a
   * number as {@link BigDecimal#BigDecimal(String)} reads one (sign, digits with an optional point,
   * optional exponent; no blanks, NaN or hex) with at most 38 significant digits and a magnitude
   * from 1E-130 to under 1E+126, or zero.
   *
   * <p>The text is scanned once rather than parsed: {@code BigDecimal.stripTrailingZeros()} takes
   * time quadratic in the number of digits, and costs more than the scan for ordinary numbers.
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
    Scan n = scan(text);
    if (n.zero()) {
      return text;
    }
    int precision = n.lastNonZero - n.firstNonZero + 1;
    if (precision > MAX_PRECISION) {
      throw new InvalidAttributeValueException(
          "number has "
              + precision
              + " significant digits; DynamoDB stores at most "
              + MAX_PRECISION);
    }
    long exponent = n.exponent();
    if (exponent > MAX_EXPONENT) {
      throw new InvalidAttributeValueException(
          "number is too large; DynamoDB numbers must be below 1E+126 in magnitude");
    }
    if (exponent < MIN_EXPONENT) {
      throw new InvalidAttributeValueException(
          "number is too small; non-zero DynamoDB numbers must be at least 1E-130 in magnitude");
    }
    return text;
  }

  /**
   * Canonical form for equality of a {@linkplain #check checked} number: numerically equal numbers
   * give equal keys (no trailing zeros, and zero is {@link BigDecimal#ZERO}).
   */
  public static BigDecimal canonical(String text) {
    if (isSmallInteger(text) && text.charAt(text.length() - 1) != '0') {
      return new BigDecimal(text);
    }
    Scan n = scan(text);
    if (n.zero()) {
      return BigDecimal.ZERO;
    }
    // the significant digits (at most 38, as the number was checked) and where the point goes
    int precision = n.lastNonZero - n.firstNonZero + 1;
    int scale = (int) (precision - 1 - n.exponent());
    if (precision <= 18) {
      long unscaled = 0;
      for (int i = n.firstNonZeroAt, k = 0; k < precision; i++) {
        char c = text.charAt(i);
        if (c != '.') {
          unscaled = unscaled * 10 + (c - '0');
          k++;
        }
      }
      return BigDecimal.valueOf(n.negative ? -unscaled : unscaled, scale);
    }
    char[] digits = new char[precision];
    for (int i = n.firstNonZeroAt, k = 0; k < precision; i++) {
      char c = text.charAt(i);
      if (c != '.') {
        digits[k++] = c;
      }
    }
    BigInteger unscaled = new BigInteger(new String(digits));
    return new BigDecimal(n.negative ? unscaled.negate() : unscaled, scale);
  }

  /**
   * A {@linkplain #check checked} number as a long, exactly: {@code Long.parseLong} for up to 18
   * digits, else through the canonical form, so that 1.000...0 costs no division by a power of ten
   * as long as its text.
   *
   * @throws ArithmeticException if it has a fraction or does not fit
   */
  public static long longValueExact(String text) {
    return isSmallInteger(text) ? Long.parseLong(text) : canonical(text).longValueExact();
  }

  /** Where the digits of a number text are; the text is known to be a number once scanned. */
  private static final class Scan {
    boolean negative;
    int digits; // digits of the significand
    int pointAt = -1; // significand digits before the point; -1 without a point
    int firstNonZero = -1; // index among the significand's digits; -1 for zero
    int firstNonZeroAt; // index in the text
    int lastNonZero;
    long exp; // the exponent written after E

    boolean zero() {
      return firstNonZero < 0;
    }

    /** The decimal exponent of the leading significant digit: 2 for 123.4, -3 for 0.00123. */
    long exponent() {
      return (pointAt < 0 ? digits : pointAt) - firstNonZero - 1 + exp;
    }
  }

  /** Reads a number as BigDecimal does, rejecting (as it would) anything else. */
  private static Scan scan(String text) {
    int length = text.length();
    if (length == 0) {
      throw new InvalidAttributeValueException(
          "number is empty; DynamoDB numbers are decimal strings");
    }
    Scan n = new Scan();
    int i = 0;
    char c = text.charAt(0);
    if (c == '-' || c == '+') {
      n.negative = c == '-';
      i++;
    }
    for (; i < length; i++) {
      c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (c != '0') {
          if (n.firstNonZero < 0) {
            n.firstNonZero = n.digits;
            n.firstNonZeroAt = i;
          }
          n.lastNonZero = n.digits;
        }
        n.digits++;
      } else if (c == '.' && n.pointAt < 0) {
        n.pointAt = n.digits;
      } else {
        break;
      }
    }
    if (n.digits == 0) {
      throw notANumber(text);
    }
    if (i < length) {
      c = text.charAt(i++);
      if ((c != 'e' && c != 'E') || i == length) {
        throw notANumber(text);
      }
      boolean negativeExp = false;
      c = text.charAt(i);
      if (c == '-' || c == '+') {
        negativeExp = c == '-';
        if (++i == length) {
          throw notANumber(text);
        }
      }
      int expDigits = 0;
      for (; i < length; i++) {
        c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw notANumber(text);
        }
        if (n.exp == 0 && c == '0') {
          continue; // leading zeros
        }
        if (++expDigits > 10) {
          throw notANumber(text); // BigDecimal: too many nonzero exponent digits
        }
        n.exp = n.exp * 10 + (c - '0');
      }
      if (negativeExp) {
        n.exp = -n.exp;
      }
      if (n.exp != (int) n.exp) {
        throw notANumber(text); // BigDecimal: exponent overflow
      }
    }
    long scale = (n.pointAt < 0 ? 0 : n.digits - n.pointAt) - n.exp;
    if (scale != (int) scale) {
      throw notANumber(text); // BigDecimal: scale out of range
    }
    return n;
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
        Shown.value("value", text)
            + " is not a number; DynamoDB numbers are decimal strings such as 42, -1.5 or 6.02E23");
  }
}
