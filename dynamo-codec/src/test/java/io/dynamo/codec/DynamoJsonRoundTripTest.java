package io.dynamo.codec;

import static io.dynamo.codec.Generators.EXAMPLES;
import static io.dynamo.codec.Generators.MAX_DEPTH;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Laws of the wire format: whatever is written reads back equal, from text and from bytes. */
class DynamoJsonRoundTripTest {

  @Test
  void everyValueReadsBackEqualFromText() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.values())
        .checkAssert(v -> assertEquals(v, DynamoJson.read(DynamoJson.write(v))));
  }

  @Test
  void everyValueReadsBackEqualFromUtf8Bytes() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.values())
        .checkAssert(v -> assertEquals(v, DynamoJson.read(DynamoJson.write(v).getBytes(UTF_8))));
  }

  @Test
  void valuesExactly32LevelsDeepReadBackEqual() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.valuesOfDepth(MAX_DEPTH))
        .checkAssert(
            v -> {
              assertEquals(MAX_DEPTH, Generators.depth(v));
              assertEquals(v, DynamoJson.read(DynamoJson.write(v)));
            });
  }

  @Test
  void rewritingWhatWasReadGivesTheSameText() {
    // stronger than equality: numbers keep their spelling, unknown values their exact JSON
    qt().withExamples(EXAMPLES)
        .forAll(Generators.values())
        .checkAssert(
            v -> {
              String json = DynamoJson.write(v);
              assertEquals(json, DynamoJson.write(DynamoJson.read(json)));
              assertEquals(json, v.toString());
            });
  }

  @Test
  void everyItemReadsBackEqualFromText() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.items())
        .checkAssert(m -> assertEquals(m, DynamoJson.readItem(DynamoJson.writeItem(m))));
  }

  @Test
  void everyItemReadsBackEqualFromUtf8Bytes() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.items())
        .checkAssert(m -> assertEquals(m, DynamoJson.readItem(DynamoJson.writeItemBytes(m))));
  }

  @Test
  void itemTextAndBytesAreTheSameJson() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.items())
        .checkAssert(
            m -> {
              byte[] bytes = DynamoJson.writeItemBytes(m);
              assertArrayEquals(DynamoJson.writeItem(m).getBytes(UTF_8), bytes);
              assertArrayEquals(bytes, DynamoJson.writeItemBytes(DynamoJson.readItem(bytes)));
            });
  }

  @Test
  void aValueIsTheSameJsonAloneAndInsideAnItem() {
    // write(value) goes through a Writer, writeItem through UTF-8 bytes: same characters
    qt().withExamples(EXAMPLES)
        .forAll(Generators.values())
        .checkAssert(
            v ->
                assertEquals(
                    "{\"a\":" + DynamoJson.write(v) + "}", DynamoJson.writeItem(Map.of("a", v))));
  }

  @Test
  void itemsReadBackInTheOrderTheyWereWritten() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.items())
        .checkAssert(
            m -> {
              Map<String, AttributeValue> back = DynamoJson.readItem(DynamoJson.writeItem(m));
              assertEquals(m.keySet().stream().toList(), back.keySet().stream().toList());
            });
  }
}
