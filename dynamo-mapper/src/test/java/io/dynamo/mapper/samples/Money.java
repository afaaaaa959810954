package io.dynamo.mapper.samples;

import java.math.BigDecimal;

/** A type of the user's, with codecs of its own. */
public record Money(BigDecimal amount, String currency) {
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }

  /** The money {@code text} writes, such as {@code 12.5 EUR}. */
  public static Money parse(String text) {
    int space = text.indexOf(' ');
    return new Money(new BigDecimal(text.substring(0, space)), text.substring(space + 1));
  }
}
