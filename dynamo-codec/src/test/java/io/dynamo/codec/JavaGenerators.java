package io.dynamo.codec;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Generators of Java values for the scalar codecs, covering their edges. */
final class JavaGenerators {
  private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");
  private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E+126");

  private JavaGenerators() {}

  /** Doubles between 1E-130 and 1E+126 in magnitude (every binary exponent there), and zeros. */
  static Gen<Double> doubles() {
    Gen<Double> inRange =
        longRange(0, (1L << 52) - 1)
            .zip(
                range(1023 - 431, 1023 + 417), // 2^-431 > 1E-130, 2^418 < 1E+126
                booleans(),
                (mantissa, exponent, negative) ->
                    Double.longBitsToDouble(
                        (negative ? Long.MIN_VALUE : 0) | ((long) exponent << 52) | mantissa));
    return frequency(
        Pair.of(10, inRange),
        Pair.of(1, pick(List.of(0.0, -0.0, 1e-130, -1e-130, 9.99999999999999e125, 0.1, 1.0 / 3))));
  }

  /** Up to 38 significant digits at every scale DynamoDB allows, trailing zeros included. */
  static Gen<BigDecimal> bigDecimals() {
    return integers(38)
        .zip(range(-87, 130), (unscaled, scale) -> new BigDecimal(unscaled, scale))
        .assuming(d -> d.signum() == 0 || inRange(d));
  }

  /** Integers of up to 38 significant digits followed by up to 88 zeros. */
  static Gen<BigInteger> bigIntegers() {
    return integers(38).zip(range(0, 88), (i, zeros) -> i.multiply(BigInteger.TEN.pow(zeros)));
  }

  static Gen<UUID> uuids() {
    return longRange(Long.MIN_VALUE, Long.MAX_VALUE)
        .zip(longRange(Long.MIN_VALUE, Long.MAX_VALUE), UUID::new);
  }

  /** URIs with unicode and characters that must be quoted in paths, queries and fragments. */
  static Gen<URI> uris() {
    Gen<String> text = Generators.strings().map(s -> s.replaceAll("\\p{Cntrl}", ""));
    return in -> {
      try {
        return new URI(
            pick(List.of("https", "http", "s3", "urn", "mailto")).generate(in),
            "host" + range(0, 99).generate(in) + ".example",
            "/" + text.generate(in),
            text.generate(in),
            text.generate(in));
      } catch (URISyntaxException e) {
        throw new AssertionError(e);
      }
    };
  }

  /** Buffers whose position is past a few bytes that must not be encoded. */
  static Gen<ByteBuffer> byteBuffers() {
    return Generators.bytes()
        .zip(
            range(0, 3),
            (b, skip) -> {
              byte[] array = new byte[skip + b.size()];
              System.arraycopy(b.toByteArray(), 0, array, skip, b.size());
              return ByteBuffer.wrap(array).position(skip);
            });
  }

  private static boolean inRange(BigDecimal d) {
    BigDecimal abs = d.abs();
    return abs.compareTo(MIN_MAGNITUDE) >= 0 && abs.compareTo(MAX_MAGNITUDE) < 0;
  }

  private static Gen<BigInteger> integers(int maxDigits) {
    return in -> {
      int digits = range(1, maxDigits).generate(in);
      StringBuilder sb = new StringBuilder(booleans().generate(in) ? "-" : "");
      for (int i = 0; i < digits; i++) {
        sb.append((char) ('0' + range(0, 9).generate(in)));
      }
      return new BigInteger(sb.toString());
    };
  }
}
