package io.dynamo.codec;

import static io.dynamo.codec.Generators.EXAMPLES;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values under type tags DynamoDB does not define (such as ScyllaDB Alternator's FLOAT32VECTOR) are
 * kept as their exact JSON and written back byte for byte.
 */
class UnknownTypeTagTest {
  /** Items as a DynamoDB-compatible server might send them; each must come back unchanged. */
  private static final List<String> ITEMS =
      List.of(
          "{\"v\":{\"FLOAT32VECTOR\":[0.1,0.2]}}",
          "{\"v\":{\"FLOAT32VECTOR\":[ 0.10 , 1e5, -0.0 ]}}",
          "{\"s\":{\"X\":\"a\\\"b\\\\c\\u00e9\\n\\ud83d\\ude00\"}}",
          "{\"s\":{\"X\":\"raw unicode: é 中文 😀\"}}",
          "{\"o\":{\"X\":{\"nested\":{\"S\":\"not a real S\"},\"list\":[{},[],null]}}}",
          "{\"n\":{\"X\":123456789012345678901234567890123456789012345}}",
          "{\"t\":{\"X\":true},\"f\":{\"X\":false},\"z\":{\"X\":null}}",
          "{\"lower\":{\"s\":\"tags are case-sensitive\"}}",
          "{\"deep\":{\"L\":[{\"M\":{\"k\":{\"Ünïcødé 😀\":{\"a\":[1,2,{\"b\":\"c\"}]}}}}]}}",
          "{\"mixed\":{\"M\":{\"known\":{\"N\":\"1.50\"},\"unknown\":{\"VECTOR\":[1,2,3]}}}}");

  @Test
  void itemsWithUnknownTagsAreWrittenBackExactlyFromText() {
    for (String json : ITEMS) {
      assertEquals(json, DynamoJson.writeItem(DynamoJson.readItem(json)));
    }
  }

  @Test
  void itemsWithUnknownTagsAreWrittenBackExactlyFromBytes() {
    for (String json : ITEMS) {
      byte[] bytes = json.getBytes(UTF_8);
      assertArrayEquals(bytes, DynamoJson.writeItemBytes(DynamoJson.readItem(bytes)), json);
    }
  }

  @Test
  void unknownValuesInUtf16OrUtf32BytesAreReadFromTheirTokens() {
    // found by DynamoJsonFuzzTest: bytes Jackson decodes as UTF-16 or UTF-32 have no UTF-8
    // offsets, and cutting the raw JSON out threw StringIndexOutOfBoundsException
    String json =
        "{\"o\":{\"X\":{\"a\": [1, \"b\\u00e9\"]}},\"s\":{\"Y\":\"t\\\"x\"},\"n\":{\"Z\":1.50}}";
    Map<String, AttributeValue> expected =
        Map.of(
            "o", new AttributeValue.Unknown("X", "{\"a\":[1,\"bé\"]}"),
            "s", new AttributeValue.Unknown("Y", "\"t\\\"x\""),
            "n", new AttributeValue.Unknown("Z", "1.50"));
    for (String charset : new String[] {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"}) {
      byte[] bytes = json.getBytes(java.nio.charset.Charset.forName(charset));
      assertEquals(expected, DynamoJson.readItem(bytes), charset);
      assertEquals(
          new AttributeValue.Unknown("X", "[1,2]"),
          DynamoJson.read("{\"X\":[1, 2]}".getBytes(java.nio.charset.Charset.forName(charset))),
          charset);
    }
  }

  @Test
  void aTopLevelUnknownValueIsWrittenBackExactly() {
    String json = "{\"FLOAT32VECTOR\":[0.5, 1.25]}";

    AttributeValue fromText = DynamoJson.read(json);
    AttributeValue fromBytes = DynamoJson.read(json.getBytes(UTF_8));

    assertEquals(new AttributeValue.Unknown("FLOAT32VECTOR", "[0.5, 1.25]"), fromText);
    assertEquals(fromText, fromBytes);
    assertEquals(AttributeType.UNKNOWN, fromText.type());
    assertEquals(json, DynamoJson.write(fromText));
    assertEquals(json, fromText.toString());
  }

  @Test
  void theRawJsonIsExactlyWhatFollowedTheTag() {
    Map<String, AttributeValue> item =
        DynamoJson.readItem("{\"s\":{\"X\":\"a\\\"b\"},\"v\":{\"V\":[ 1 ,2 ]}}");

    assertEquals(new AttributeValue.Unknown("X", "\"a\\\"b\""), item.get("s"));
    assertEquals(new AttributeValue.Unknown("V", "[ 1 ,2 ]"), item.get("v"));
  }

  @Test
  void generatedUnknownValuesRoundTripFromTextAndBytes() {
    qt().withExamples(EXAMPLES)
        .forAll(
            pick(Generators.UNKNOWN_TAGS),
            pick(Generators.UNKNOWN_JSON),
            Generators.strings(),
            Generators.scalars())
        .checkAssert(
            (tag, raw, name, sibling) -> {
              String json =
                  DynamoJson.writeItem(
                      Item.of("n" + name, new AttributeValue.Unknown(tag, raw), "s" + name, sibling)
                          .attributes());
              assertEquals(json, DynamoJson.writeItem(DynamoJson.readItem(json)));
              byte[] bytes = json.getBytes(UTF_8);
              assertArrayEquals(bytes, DynamoJson.writeItemBytes(DynamoJson.readItem(bytes)));
            });
  }

  @Test
  void unknownValuesDecodeToThemselvesAsPlainJava() {
    AttributeValue v = new AttributeValue.Unknown("FLOAT32VECTOR", "[0.1]");

    assertSame(v, CodecRegistry.defaults().decode(v));
    assertEquals(Map.of("v", v), Item.of("v", v).toPlainMap());
  }

  @Test
  void anUnknownValueMustBeExactlyOneJsonValue() {
    // it is written out as it is, so anything else would corrupt (or inject into) the document
    assertEquals(
        "value of type tag X holds more than one JSON value; it must be exactly one",
        assertThrows(
                InvalidAttributeValueException.class, () -> new AttributeValue.Unknown("X", "1 2"))
            .getMessage());
    assertTrue(
        assertThrows(
                InvalidAttributeValueException.class,
                () -> new AttributeValue.Unknown("X", "1},\"S\":{\"S\":\"injected\""))
            .getMessage()
            .startsWith("value of type tag X is not valid JSON: Unexpected character ('}'"));
    assertTrue(
        assertThrows(
                InvalidAttributeValueException.class, () -> new AttributeValue.Unknown("X", "[1,"))
            .getMessage()
            .startsWith("value of type tag X is not valid JSON: Unexpected end-of-input"));
    assertEquals(
        "value of type tag X is empty",
        assertThrows(
                InvalidAttributeValueException.class, () -> new AttributeValue.Unknown("X", " "))
            .getMessage());
  }

  @Test
  void anUnknownValueCannotUseATagDynamoDbDefines() {
    InvalidAttributeValueException e =
        assertThrows(
            InvalidAttributeValueException.class, () -> new AttributeValue.Unknown("S", "\"x\""));

    assertEquals(
        "type tag S is defined by DynamoDB; use its own AttributeValue type", e.getMessage());
    assertEquals(
        "unknown attribute type tag is empty",
        assertThrows(
                InvalidAttributeValueException.class, () -> new AttributeValue.Unknown("", "1"))
            .getMessage());
  }
}
