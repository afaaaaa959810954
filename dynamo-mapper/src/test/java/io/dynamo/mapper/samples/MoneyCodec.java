package io.dynamo.mapper.samples;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeValue;

/** Money as a map of amount and currency, for {@code @WithCodec}. */
public final class MoneyCodec implements AttributeCodec<Money> {
  @Override
  public AttributeValue encode(Money value) {
    return AttributeValue.m(
        java.util.Map.of(
            "amount", AttributeValue.n(value.amount().toPlainString()),
            "currency", AttributeValue.s(value.currency())));
  }

  @Override
  public Money decode(AttributeValue value) {
    java.util.Map<String, AttributeValue> m = ((AttributeValue.M) value).values();
    return new Money(
        new java.math.BigDecimal(((AttributeValue.N) m.get("amount")).value()),
        ((AttributeValue.S) m.get("currency")).value());
  }
}
