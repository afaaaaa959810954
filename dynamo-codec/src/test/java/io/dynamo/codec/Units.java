package io.dynamo.codec;

import java.math.BigDecimal;

/** Small value types that only test codecs and providers know. */
final class Units {
  private Units() {}

  record Temperature(BigDecimal celsius) {
    static Temperature of(String celsius) {
      return new Temperature(new BigDecimal(celsius));
    }
  }

  record Distance(long meters) {}

  record Percent(int value) {}

  /** Temperatures as {@code S "21.5C"}. */
  static final AttributeCodec<Temperature> CELSIUS_TEXT =
      AttributeCodec.ofString(
          t -> t.celsius().toPlainString() + "C",
          s -> Temperature.of(s.substring(0, s.length() - 1)));

  /** Temperatures as {@code N 21.5}. */
  static final AttributeCodec<Temperature> CELSIUS_NUMBER =
      AttributeCodec.of(
          t -> AttributeValue.n(t.celsius()),
          v -> new Temperature(((AttributeValue.N) v).bigDecimalValue()));
}
