package io.dynamo.codec;

import static io.dynamo.codec.Generators.EXAMPLES;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer's output is stable byte for byte: insertion order, no reformatting, no sorting. */
class WriterOutputStabilityTest {

  @Test
  void documentedItemsAreWrittenExactlyAsCheckedIn() {
    List<String> written = new ArrayList<>();
    for (DocumentedItems.Documented d : DocumentedItems.all()) {
      written.add(DynamoJson.writeItem(d.built().attributes()) + "\n");
    }
    assertEquals(resource("/golden/documented-items.jsonl"), String.join("", written));
  }

  @Test
  void anItemOfEveryTypeIsWrittenExactlyAsCheckedIn() {
    byte[] expected = resource("/golden/all-types-item.json").getBytes(UTF_8);

    byte[] written = DynamoJson.writeItemBytes(allTypes().attributes());

    assertEquals(new String(expected, UTF_8), new String(written, UTF_8) + "\n");
    assertArrayEquals(expected, (new String(written, UTF_8) + "\n").getBytes(UTF_8));
    assertEquals(allTypes().toJson(), DynamoJson.writeItem(allTypes().attributes()));
    assertEquals(allTypes().toString(), allTypes().toJson());
  }

  @Test
  void theCheckedInItemReadsBackToTheSameItem() {
    String golden = resource("/golden/all-types-item.json").strip();

    assertEquals(allTypes().attributes(), DynamoJson.readItem(golden));
    assertEquals(golden, DynamoJson.writeItem(DynamoJson.readItem(golden)));
  }

  @Test
  void attributesAreWrittenInInsertionOrderNotSorted() {
    Item item = Item.of("zebra", 1, "apple", 2, "mango", Map.of("k", 3));

    assertEquals(
        "{\"zebra\":{\"N\":\"1\"},\"apple\":{\"N\":\"2\"},\"mango\":{\"M\":{\"k\":{\"N\":\"3\"}}}}",
        item.toJson());
  }

  @Test
  void writingTheSameItemAgainGivesTheSameBytes() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.items())
        .checkAssert(
            m -> {
              byte[] first = DynamoJson.writeItemBytes(m);
              assertArrayEquals(first, DynamoJson.writeItemBytes(new LinkedHashMap<>(m)));
              assertArrayEquals(first, DynamoJson.writeItemBytes(Item.from(m).attributes()));
            });
  }

  /** The item of the checked-in file, built in Java. */
  static Item allTypes() {
    return Item.builder()
        .string("S", "plain")
        .string(
            "escapes",
            "quote \" backslash \\ slash / newline \n tab \t nul \u0000 unit \u001f del \u007f")
        .string("unicode", "é ü 中文 😀 \u2028")
        .string("empty", "")
        .number("N", "-12.5E3")
        .number("trailingZeros", "1.500")
        .number("negativeZero", "-0")
        .number("max", "9.9999999999999999999999999999999999999E+125")
        .number("min", "1E-130")
        .bytes("B", new byte[] {0, 1, 2, (byte) 0xff})
        .bytes("emptyB", new byte[0])
        .stringSet("SS", List.of("b", "a", "c"))
        .attribute("NS", AttributeValue.ns("3", "1", "2.50"))
        .attribute("BS", AttributeValue.bs(Bytes.of(new byte[] {1}), Bytes.of(new byte[] {0})))
        .attribute(
            "M",
            AttributeValue.m(
                orderedMap(
                    "z", AttributeValue.n(1),
                    "a", AttributeValue.l(),
                    "name with spaces/and.dots", AttributeValue.bool(false))))
        .attribute(
            "L",
            AttributeValue.l(
                AttributeValue.s("x"), AttributeValue.m(Map.of()), AttributeValue.nul()))
        .bool("BOOL", true)
        .nul("NULL")
        .attribute("vector", new AttributeValue.Unknown("FLOAT32VECTOR", "[0.1, 0.2]"))
        .build();
  }

  private static Map<String, AttributeValue> orderedMap(Object... namesAndValues) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
    }
    return map;
  }

  static String resource(String name) {
    try (InputStream in = WriterOutputStabilityTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
