package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.characters;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code decode(encode(x)).equals(x)} for every built-in scalar codec. */
class ScalarCodecRoundTripTest {
  enum Color {
    RED,
    GREEN,
    BLUE
  }

  /** Constants with bodies are subclasses of the enum: the codec must still find it. */
  enum Operation {
    ADD {
      @Override
      int apply(int a, int b) {
        return a + b;
      }
    },
    SUBTRACT {
      @Override
      int apply(int a, int b) {
        return a - b;
      }
    };

    abstract int apply(int a, int b);
  }

  @Test
  void stringsRoundTrip() {
    CodecLaws.roundTrips(String.class, Generators.strings());
  }

  @Test
  void charactersRoundTrip() {
    CodecLaws.roundTrips(
        Character.class, characters(0, 0xffff).assuming(c -> !Character.isSurrogate(c)));
  }

  @Test
  void booleansRoundTrip() {
    CodecLaws.roundTrips(Boolean.class, booleans());
  }

  @Test
  void bytesRoundTrip() {
    CodecLaws.roundTrips(
        Byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE).map(i -> (byte) (int) i));
  }

  @Test
  void shortsRoundTrip() {
    CodecLaws.roundTrips(
        Short.class, range(Short.MIN_VALUE, Short.MAX_VALUE).map(i -> (short) (int) i));
  }

  @Test
  void intsRoundTrip() {
    CodecLaws.roundTrips(Integer.class, integers().all());
  }

  @Test
  void longsRoundTrip() {
    CodecLaws.roundTrips(Long.class, longRange(Long.MIN_VALUE, Long.MAX_VALUE));
  }

  @Test
  void everyFiniteFloatRoundTripsNegativeZeroIncluded() {
    // every finite float is within DynamoDB's range
    CodecLaws.roundTrips(
        Float.class,
        integers().all().map(i -> Float.intBitsToFloat(i)).assuming(f -> Float.isFinite(f)));
  }

  @Test
  void floatsAreReadFromTheDecimalRoundedOnce() {
    // halfway between 1 and the next float, plus a little: rounding to a double first lands on the
    // halfway point, and rounding that to a float then goes down to 1
    assertEquals(
        Float.parseFloat("1.0000000596046448"),
        CodecRegistry.defaults().decode(AttributeValue.n("1.0000000596046448"), Float.class));
    qt().withExamples(Generators.EXAMPLES)
        .forAll(Generators.numbers())
        .assuming(text -> Float.isFinite(Float.parseFloat(text)))
        .checkAssert(
            text ->
                assertEquals(
                    Float.parseFloat(text),
                    CodecRegistry.defaults().decode(AttributeValue.n(text), Float.class),
                    text));
  }

  @Test
  void numbersBeyondTheFloatRangeAreNotReadAsInfinity() {
    Rejections.rejects(
        InvalidAttributeValueException.class,
        "f",
        "number is beyond the range of a float (about 3.4E+38)",
        () -> Item.from(Map.of("f", AttributeValue.n("1E+39"))).get("f", Float.class));
    Rejections.rejects(
        InvalidAttributeValueException.class,
        "",
        "number is beyond the range of a float (about 3.4E+38)",
        () -> CodecRegistry.defaults().decode(AttributeValue.n("-3.5E38"), Float.class));
    assertEquals(
        Float.MAX_VALUE,
        CodecRegistry.defaults().decode(AttributeValue.n("3.4028235E38"), Float.class));
    assertEquals(0f, CodecRegistry.defaults().decode(AttributeValue.n("1E-60"), Float.class));
  }

  @Test
  void doublesWithinDynamoDbsRangeRoundTripNegativeZeroIncluded() {
    CodecLaws.roundTrips(Double.class, JavaGenerators.doubles());
  }

  @Test
  void bigDecimalsRoundTripWithTheirScale() {
    // BigDecimal.equals is scale-sensitive (1.50 is not 1.5); the codec keeps the exact decimal
    CodecLaws.roundTrips(BigDecimal.class, JavaGenerators.bigDecimals());
  }

  @Test
  void bigIntegersRoundTrip() {
    CodecLaws.roundTrips(BigInteger.class, JavaGenerators.bigIntegers());
  }

  @Test
  void byteArraysRoundTripByContent() {
    CodecLaws.roundTrips(
        byte[].class, Generators.bytes().map(b -> b.toByteArray()), Arrays::equals);
  }

  @Test
  void bytesObjectsRoundTrip() {
    CodecLaws.roundTrips(Bytes.class, Generators.bytes());
  }

  @Test
  void byteBuffersRoundTripByRemainingContent() {
    CodecLaws.roundTrips(ByteBuffer.class, JavaGenerators.byteBuffers());
  }

  @Test
  void uuidsRoundTrip() {
    CodecLaws.roundTrips(UUID.class, JavaGenerators.uuids());
  }

  @Test
  void urisRoundTrip() {
    CodecLaws.roundTrips(URI.class, JavaGenerators.uris());
  }

  @Test
  void enumsRoundTripByName() {
    CodecLaws.roundTrips(Color.class, enumValues(Color.class));
  }

  @Test
  void enumsWithConstantBodiesRoundTripByName() {
    CodecLaws.roundTrips(Operation.class, enumValues(Operation.class));
    assertEquals(AttributeValue.s("ADD"), CodecRegistry.defaults().encode(Operation.ADD));
  }

  @Test
  void encodingAByteBufferLeavesItsPositionAlone() {
    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {1, 2, 3}).position(1);

    assertEquals(AttributeValue.b(new byte[] {2, 3}), CodecRegistry.defaults().encode(buffer));
    assertEquals(1, buffer.position());
  }
}
