package io.dynamo.codec;

import static io.dynamo.codec.Generators.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Objects;
import java.util.function.BiPredicate;
import org.quicktheories.core.Gen;

/** The codec law, checked for {@link Generators#EXAMPLES} generated values. */
final class CodecLaws {
  private CodecLaws() {}

  /** {@code decode(encode(x)).equals(x)}, directly and through the wire format. */
  static <T> void roundTrips(CodecRegistry registry, TypeRef<T> type, Gen<T> values) {
    roundTrips(registry, type, values, Objects::equals);
  }

  /** {@code decode(encode(x))} is {@code same} as x, directly and through the wire format. */
  static <T> void roundTrips(
      CodecRegistry registry, TypeRef<T> type, Gen<T> values, BiPredicate<T, T> same) {
    qt().withExamples(EXAMPLES)
        .forAll(values)
        .checkAssert(
            x -> {
              AttributeValue encoded = registry.encode(x, type);
              T decoded = registry.decode(encoded, type);
              assertTrue(same.test(x, decoded), () -> x + " came back as " + decoded);
              AttributeValue wire = DynamoJson.read(DynamoJson.write(encoded));
              T viaWire = registry.decode(wire, type);
              assertTrue(same.test(x, viaWire), () -> x + " came back from JSON as " + viaWire);
            });
  }

  /** Round-trips through the default registry, and encoding by runtime class agrees. */
  static <T> void roundTrips(Class<T> type, Gen<T> values, BiPredicate<T, T> same) {
    CodecRegistry registry = CodecRegistry.defaults();
    roundTrips(registry, TypeRef.of(type), values, same);
    qt().withExamples(EXAMPLES)
        .forAll(values)
        .checkAssert(
            x -> assertEquals(registry.encode(x, TypeRef.of(type)), registry.encode((Object) x)));
  }

  static <T> void roundTrips(Class<T> type, Gen<T> values) {
    roundTrips(type, values, Objects::equals);
  }
}
