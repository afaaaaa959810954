package io.dynamo.it;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in a currency, stored as a string such as {@code "12.50 EUR"} by {@link
 * MoneyCodecProvider}.
 *
 * @param amount the amount
 * @param currency the ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {
  /** Validates both parts. */
  public Money {
    Objects.requireNonNull(amount, "amount");
    if (currency == null || currency.length() != 3) {
      throw new IllegalArgumentException("currency must be a 3-letter code but is " + currency);
    }
  }

  /** Parses {@code "12.50 EUR"}. */
  public static Money parse(String text) {
    int space = text.indexOf(' ');
    return new Money(new BigDecimal(text.substring(0, space)), text.substring(space + 1));
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
