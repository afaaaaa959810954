package io.dynamo.codec;

import static io.dynamo.codec.Rejections.rejects;
import static io.dynamo.codec.Rejections.rejectsStartingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading rejects what is not DynamoDB JSON, naming the path of the offending value and why. */
class DynamoJsonRejectionTest {
  private static final String TOO_DEEP =
      "nesting of maps and lists is deeper than DynamoDB's limit of 32 levels";
  private static final String HELD_TOO_DEEP =
      "maps and lists nest more than 256 levels deep, the most this client holds (DynamoDB stores"
          + " at most 32)";

  @Test
  void syntaxErrorsSayWhere() {
    rejectsStartingWith(
        MalformedJsonException.class,
        "",
        "invalid JSON at line 1, column 2: Unexpected end-of-input",
        () -> DynamoJson.readItem("{"));
    rejectsStartingWith(
        MalformedJsonException.class,
        "",
        "invalid JSON at line 1, column 16: Unexpected character ('}'",
        () -> DynamoJson.readItem("{\"a\":{\"S\":\"x\"},}"));
    rejectsStartingWith(
        MalformedJsonException.class,
        "a",
        "invalid JSON at line 1, column 11: Unrecognized token 'x'",
        () -> DynamoJson.readItem("{\"a\":{\"S\":x}}"));
    rejectsStartingWith(
        MalformedJsonException.class,
        "",
        "invalid JSON at line 2, column 3: Unexpected end-of-input",
        () -> DynamoJson.read("{\"S\":\n\"a"));
  }

  @Test
  void bytesThatAreNotTextInTheirEncodingAreMalformed() {
    // found by DynamoJsonFuzzTest: Jackson's CharConversionException (an IOException but not a
    // JsonProcessingException) escaped as an UncheckedIOException
    String notText =
        "invalid JSON: the bytes are not text in the encoding they begin in (UTF-8, UTF-16 or"
            + " UTF-32)";
    byte[][] inputs = {
      {0, 0, 0, '{', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, '}'}, // above U+10FFFF
      {0, 0, 0, '{', 0, 0, 0}, // cut inside a character
      {0, 0, 0x3c, 0, 0, 0, 0x3c, 0}, // a UCS-4 byte order Jackson does not read
      {0, '{', 0, 0},
    };
    for (byte[] input : inputs) {
      rejects(MalformedJsonException.class, "", notText, () -> DynamoJson.readItem(input));
      rejects(MalformedJsonException.class, "", notText, () -> DynamoJson.read(input));
    }
  }

  @Test
  void namesAreReadUpToDynamoDbs64KB() {
    // found by DynamoJsonFuzzTest: Jackson's default refused names over 50,000 bytes
    String longest = "\u00e9".repeat(32 * 1024); // 65,536 bytes of UTF-8
    String item = "{\"" + longest + "\":{\"S\":\"x\"}}";
    assertEquals(
        Map.of(longest, AttributeValue.s("x")),
        DynamoJson.readItem(item.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(Map.of(longest, AttributeValue.s("x")), DynamoJson.readItem(item));
    byte[] longer =
        ("{\"" + longest + "a\":{\"S\":\"x\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    rejectsStartingWith(
        MalformedJsonException.class,
        "",
        "invalid JSON: Name length (65537) exceeds the maximum allowed (65536",
        () -> DynamoJson.readItem(longer));
  }

  @Test
  void syntaxErrorsBetweenElementsNameTheElementBeingLookedFor() {
    rejectsStartingWith(
        MalformedJsonException.class,
        "a[1]",
        "invalid JSON at line 1, column 22: Unexpected character ('{' (code 123)): was expecting"
            + " comma",
        () -> DynamoJson.readItem("{\"a\":{\"L\":[{\"S\":\"x\"} {\"S\":\"y\"}]}}"));
    rejectsStartingWith(
        MalformedJsonException.class,
        "a[1]",
        "invalid JSON at line 1, column 22: Unexpected character (']' (code 93))",
        () -> DynamoJson.readItem("{\"a\":{\"L\":[{\"S\":\"x\"},]}}"));
    rejectsStartingWith(
        MalformedJsonException.class,
        "a[1]",
        "invalid JSON at line 1, column 17: Unexpected character ('\"' (code 34)): was expecting"
            + " comma",
        () -> DynamoJson.readItem("{\"a\":{\"SS\":[\"x\" \"y\"]}}"));
    rejectsStartingWith(
        MalformedJsonException.class,
        "a[2]",
        "invalid JSON at line 1, column 20: Unexpected end-of-input",
        () -> DynamoJson.readItem("{\"a\":{\"NS\":[\"1\",\"2\""));
  }

  @Test
  void trailingGarbageIsRejected() {
    rejectsStartingWith(
        MalformedJsonException.class,
        "",
        "invalid JSON at line 1, column 11: Unrecognized token 'x'",
        () -> DynamoJson.read("{\"S\":\"a\"} x"));
    rejects(
        MalformedJsonException.class,
        "",
        "found an object after the end of the JSON value; expected the end of input",
        () -> DynamoJson.read("{\"S\":\"a\"} {\"S\":\"b\"}"));
    rejects(
        MalformedJsonException.class,
        "",
        "found a number after the end of the JSON value; expected the end of input",
        () -> DynamoJson.readItem("{} 1".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void theWrongJsonTypeForATagIsRejected() {
    rejects(
        MalformedJsonException.class,
        "a",
        "expected a string for S but found a number",
        () -> DynamoJson.readItem("{\"a\":{\"S\":1}}"));
    rejects(
        MalformedJsonException.class,
        "a",
        "expected a number string for N but found a boolean",
        () -> DynamoJson.readItem("{\"a\":{\"N\":true}}"));
    rejects(
        MalformedJsonException.class,
        "a",
        "expected a string for B but found a number",
        () -> DynamoJson.readItem("{\"a\":{\"B\":1}}"));
    rejects(
        MalformedJsonException.class,
        "a",
        "expected true or false for BOOL but found a string",
        () -> DynamoJson.readItem("{\"a\":{\"BOOL\":\"true\"}}"));
    rejects(
        MalformedJsonException.class,
        "a",
        "expected an object for M but found an array",
        () -> DynamoJson.readItem("{\"a\":{\"M\":[]}}"));
    rejects(
        MalformedJsonException.class,
        "a",
        "expected an array for L but found an object",
        () -> DynamoJson.readItem("{\"a\":{\"L\":{}}}"));
    rejects(
        MalformedJsonException.class,
        "a",
        "expected an array of strings for SS but found a string",
        () -> DynamoJson.readItem("{\"a\":{\"SS\":\"x\"}}"));
    rejects(
        MalformedJsonException.class,
        "a[1]",
        "expected a number string for NS but found a boolean",
        () -> DynamoJson.readItem("{\"a\":{\"NS\":[1,true]}}"));
    rejects(
        MalformedJsonException.class,
        "a[0]",
        "expected a string for BS but found null",
        () -> DynamoJson.readItem("{\"a\":{\"BS\":[null]}}"));
    rejects(
        MalformedJsonException.class,
        "a",
        "expected an attribute value such as {\"S\":\"text\"} but found a string",
        () -> DynamoJson.readItem("{\"a\":\"text\"}"));
  }

  @Test
  void nullMustBeTrue() {
    rejects(
        MalformedJsonException.class,
        "gone",
        "expected true for NULL (NULL must be true) but found a boolean",
        () -> DynamoJson.readItem("{\"gone\":{\"NULL\":false}}"));
    rejects(
        MalformedJsonException.class,
        "",
        "expected true for NULL (NULL must be true) but found null",
        () -> DynamoJson.read("{\"NULL\":null}"));
  }

  @Test
  void anAttributeValueHasExactlyOneTypeTag() {
    rejects(
        MalformedJsonException.class,
        "a",
        "attribute value has no type tag; expected one of S, N, B, SS, NS, BS, M, L, BOOL, NULL",
        () -> DynamoJson.readItem("{\"a\":{}}"));
    rejects(
        MalformedJsonException.class,
        "a",
        "attribute value has more than one type tag (S and N); it must have exactly one",
        () -> DynamoJson.readItem("{\"a\":{\"S\":\"x\",\"N\":\"1\"}}"));
  }

  @Test
  void anItemMustBeAnObject() {
    rejects(
        MalformedJsonException.class,
        "",
        "expected an object of attribute names to attribute values but found an array",
        () -> DynamoJson.readItem("[]"));
    rejects(
        MalformedJsonException.class,
        "",
        "expected an object of attribute names to attribute values but found end of input",
        () -> DynamoJson.readItem(""));
    rejects(
        MalformedJsonException.class,
        "",
        "JSON input is null",
        () -> DynamoJson.readItem((String) null));
    rejects(
        MalformedJsonException.class,
        "",
        "JSON input is null",
        () -> DynamoJson.read((byte[]) null));
  }

  @Test
  void duplicateNamesAreRejected() {
    rejectsStartingWith(
        MalformedJsonException.class,
        "a",
        "the name appears twice in one map",
        () -> DynamoJson.readItem("{\"a\":{\"S\":\"x\"},\"a\":{\"S\":\"y\"}}"));
    rejectsStartingWith(
        MalformedJsonException.class,
        "m.b",
        "the name appears twice in one map",
        () -> DynamoJson.readItem("{\"m\":{\"M\":{\"b\":{\"N\":\"1\"},\"b\":{\"N\":\"2\"}}}}"));
  }

  @Test
  void invalidBase64IsRejected() {
    rejects(
        MalformedJsonException.class,
        "photo",
        "invalid base64 binary: Illegal base64 character 20",
        () -> DynamoJson.readItem("{\"photo\":{\"B\":\"not base64\"}}"));
    rejects(
        MalformedJsonException.class,
        "photos[1]",
        "invalid base64 binary: Illegal base64 character 2d",
        () -> DynamoJson.readItem("{\"photos\":{\"BS\":[\"AA==\",\"-_8=\"]}}"));
    rejectsStartingWith(
        MalformedJsonException.class,
        "",
        "invalid base64 binary: ",
        () -> DynamoJson.read("{\"B\":\"AAA=A\"}"));
  }

  @Test
  void emptySetsAreRejected() {
    String rule = "; DynamoDB does not store empty sets (omit the attribute instead)";
    rejects(
        InvalidAttributeValueException.class,
        "tags",
        "empty string set (SS)" + rule,
        () -> DynamoJson.readItem("{\"tags\":{\"SS\":[]}}"));
    rejects(
        InvalidAttributeValueException.class,
        "m.n",
        "empty number set (NS)" + rule,
        () -> DynamoJson.readItem("{\"m\":{\"M\":{\"n\":{\"NS\":[]}}}}"));
    rejects(
        InvalidAttributeValueException.class,
        "[0]",
        "empty binary set (BS)" + rule,
        () -> DynamoJson.read("{\"L\":[{\"BS\":[]}]}"));
  }

  @Test
  void duplicateSetMembersAreRejectedNumbersNumerically() {
    String rule = "; set members must be distinct";
    rejects(
        InvalidAttributeValueException.class,
        "tags[2]",
        "member equals an earlier one in a string set (SS)" + rule,
        () -> DynamoJson.readItem("{\"tags\":{\"SS\":[\"a\",\"b\",\"a\"]}}"));
    rejects(
        InvalidAttributeValueException.class,
        "n[1]",
        "member equals an earlier one in a number set (NS)" + rule,
        () -> DynamoJson.readItem("{\"n\":{\"NS\":[\"1\",\"1.0\"]}}"));
    rejects(
        InvalidAttributeValueException.class,
        "n[1]",
        "member equals an earlier one in a number set (NS)" + rule,
        () -> DynamoJson.readItem("{\"n\":{\"NS\":[\"100\",\"1E2\"]}}"));
    rejects(
        InvalidAttributeValueException.class,
        "n[1]",
        "member equals an earlier one in a number set (NS)" + rule,
        () -> DynamoJson.readItem("{\"n\":{\"NS\":[\"0.0\",\"-0\"]}}"));
    rejects(
        InvalidAttributeValueException.class,
        "b[1]",
        "member equals an earlier one in a binary set (BS)" + rule,
        () -> DynamoJson.readItem("{\"b\":{\"BS\":[\"AA==\",\"AA\"]}}"));
  }

  @Test
  void nestingDeeperThan32IsReadButNotWritten() {
    // DynamoDB-compatible servers may store deeper items: they are read, not written back
    AttributeValue deep = DynamoJson.read(nestedLists(33));
    assertEquals(33, Generators.depth(deep));
    rejects(
        InvalidAttributeValueException.class,
        "[0]".repeat(32),
        TOO_DEEP,
        () -> DynamoJson.write(deep));
    Map<String, AttributeValue> item = DynamoJson.readItem("{\"a\":" + nestedMaps(33) + "}");
    rejects(
        InvalidAttributeValueException.class,
        "a" + ".a".repeat(32),
        TOO_DEEP,
        () -> DynamoJson.writeItem(item));
    assertEquals(DynamoJson.read(nestedLists(33)), deep);
    assertEquals(nestedLists(33), deep.toString());
  }

  @Test
  void readsStopAtTheDepthEveryValueKeepsWithItsPath() {
    assertEquals(256, Generators.depth(DynamoJson.read(nestedLists(256))));
    rejects(
        InvalidAttributeValueException.class,
        "[0]".repeat(256),
        HELD_TOO_DEEP,
        () -> DynamoJson.read(nestedLists(257)));
    rejects(
        InvalidAttributeValueException.class,
        "a" + ".a".repeat(256),
        HELD_TOO_DEEP,
        () -> DynamoJson.readItem("{\"a\":" + nestedMaps(257) + "}"));
  }

  @Test
  void farDeeperNestingGetsOurMessageNotTheParsersLimit() {
    // Jackson stops at 528 levels of JSON; our rule fires first, with a path
    rejects(
        InvalidAttributeValueException.class,
        "[0]".repeat(256),
        HELD_TOO_DEEP,
        () -> DynamoJson.read(nestedLists(5_000)));
  }

  static String nestedLists(int depth) {
    return "{\"L\":[".repeat(depth) + "{\"S\":\"x\"}" + "]}".repeat(depth);
  }

  static String nestedMaps(int depth) {
    return "{\"M\":{\"a\":".repeat(depth) + "{\"S\":\"x\"}" + "}}".repeat(depth);
  }
}
