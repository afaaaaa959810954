package io.dynamo.codec;

import static io.dynamo.codec.Rejections.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Attribute values check DynamoDB's rules when made and written, and are immutable copies. */
class AttributeValueRulesTest {
  private static final String TOO_DEEP =
      "nesting of maps and lists is deeper than DynamoDB's limit of 32 levels";

  @Test
  void setsMustNotBeEmpty() {
    String rule = "; DynamoDB does not store empty sets (omit the attribute instead)";
    rejects(
        InvalidAttributeValueException.class,
        "",
        "empty string set (SS)" + rule,
        () -> AttributeValue.ss());
    rejects(
        InvalidAttributeValueException.class,
        "",
        "empty number set (NS)" + rule,
        () -> AttributeValue.ns(List.of()));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "empty binary set (BS)" + rule,
        () -> AttributeValue.bs());
  }

  @Test
  void setMembersMustBeDistinctNumbersNumerically() {
    String rule = "; set members must be distinct";
    rejects(
        InvalidAttributeValueException.class,
        "[1]",
        "member equals an earlier one in a string set (SS)" + rule,
        () -> AttributeValue.ss("a", "a"));
    rejects(
        InvalidAttributeValueException.class,
        "[1]",
        "member equals an earlier one in a number set (NS)" + rule,
        () -> AttributeValue.ns("1", "1.0"));
    rejects(
        InvalidAttributeValueException.class,
        "[2]",
        "member equals an earlier one in a number set (NS)" + rule,
        () -> AttributeValue.ns("0", "1", "-0"));
    rejects(
        InvalidAttributeValueException.class,
        "[1]",
        "member equals an earlier one in a number set (NS)" + rule,
        () -> AttributeValue.ns(1, 1.0));
    rejects(
        InvalidAttributeValueException.class,
        "[1]",
        "member equals an earlier one in a binary set (BS)" + rule,
        () -> AttributeValue.bs(Bytes.of(new byte[] {1, -1}), Bytes.of(new byte[] {1, -1})));
  }

  @Test
  void nullsAreRejectedWhereAValueIsNeeded() {
    rejects(
        InvalidAttributeValueException.class,
        "",
        "string is null; use AttributeValue.nul()",
        () -> AttributeValue.s(null));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "binary value is null",
        () -> AttributeValue.b((byte[]) null));
    rejects(
        InvalidAttributeValueException.class,
        "[1]",
        "null member in a string set (SS)",
        () -> AttributeValue.ss("a", null));
    rejects(
        InvalidAttributeValueException.class,
        "[0]",
        "number is null",
        () -> AttributeValue.ns((String) null));
    rejects(
        InvalidAttributeValueException.class,
        "[1]",
        "null element in a list (L); use AttributeValue.nul() for a NULL value",
        () -> AttributeValue.l(AttributeValue.s("a"), null));
    Map<String, AttributeValue> withNull = new HashMap<>();
    withNull.put("k", null);
    rejects(
        InvalidAttributeValueException.class,
        "k",
        "null value in a map (M); use AttributeValue.nul() for a NULL value",
        () -> AttributeValue.m(withNull));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "attribute value is null",
        () -> DynamoJson.write(null));
    rejects(
        InvalidAttributeValueException.class, "", "item is null", () -> DynamoJson.writeItem(null));
  }

  @Test
  void nestingDeeperThan32IsRejectedOnWriteWithItsPath() {
    assertEquals(nested(32), DynamoJson.read(DynamoJson.write(nested(32))));
    rejects(
        InvalidAttributeValueException.class,
        "[0]".repeat(32),
        TOO_DEEP,
        () -> DynamoJson.write(nested(33)));
    rejects(
        InvalidAttributeValueException.class,
        "doc" + "[0]".repeat(32),
        TOO_DEEP,
        () -> DynamoJson.writeItem(Map.of("doc", nested(33))));
  }

  @Test
  void toStringShowsValuesTooDeepToWrite() {
    // for logs and debuggers: toString never throws
    assertEquals("{\"L\":[".repeat(33) + "{\"S\":\"x\"}" + "]}".repeat(33), nested(33).toString());
  }

  @Test
  void textMustBeValidUnicodeToBeWritten() {
    // DynamoDB stores UTF-8, which cannot hold a lone surrogate
    String rule = "; DynamoDB text must be valid Unicode (UTF-8)";
    rejects(
        InvalidAttributeValueException.class,
        "name",
        "string has an unpaired surrogate \\uD800 at index 1" + rule,
        () -> DynamoJson.writeItem(Map.of("name", AttributeValue.s("x\uD800y"))));
    rejects(
        InvalidAttributeValueException.class,
        "tags[1]",
        "string has an unpaired surrogate \\uDC00 at index 0" + rule,
        () -> DynamoJson.writeItemBytes(Map.of("tags", AttributeValue.ss("ok", "\uDC00"))));
    rejects(
        InvalidAttributeValueException.class,
        "m.\uDBFF",
        "name has an unpaired surrogate \\uDBFF at index 0" + rule,
        () ->
            DynamoJson.writeItem(
                Map.of("m", AttributeValue.m(Map.of("\uDBFF", AttributeValue.nul())))));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "string has an unpaired surrogate \\uD83D at index 2" + rule,
        () -> DynamoJson.write(AttributeValue.s("😀\uD83D")));
  }

  @Test
  void valuesAreCopiedAndUnmodifiable() {
    List<AttributeValue> source = new ArrayList<>(List.of(AttributeValue.s("a")));
    byte[] bytes = {1, 2};
    AttributeValue.L list = AttributeValue.l(source);
    AttributeValue.B binary = AttributeValue.b(bytes);

    source.add(AttributeValue.s("b"));
    bytes[0] = 9;

    assertEquals(1, list.values().size());
    assertEquals(Bytes.of(new byte[] {1, 2}), binary.value());
    assertThrows(
        UnsupportedOperationException.class, () -> list.values().add(AttributeValue.nul()));
    assertThrows(
        UnsupportedOperationException.class, () -> AttributeValue.ss("a").values().clear());
    byte[] copy = binary.value().toByteArray();
    copy[0] = 7;
    assertEquals(1, binary.value().byteAt(0));
  }

  @Test
  void setsKeepInsertionOrderAndCompareAsSets() {
    assertEquals(
        List.of("c", "a", "b"), new ArrayList<>(AttributeValue.ss("c", "a", "b").values()));
    assertEquals(AttributeValue.ss("c", "a"), AttributeValue.ss("a", "c"));
    assertEquals(List.of("3", "1.50"), new ArrayList<>(AttributeValue.ns("3", "1.50").values()));
  }

  @Test
  void everyTypeHasItsJsonAsToString() {
    assertEquals("{\"S\":\"a\\\"b\"}", AttributeValue.s("a\"b").toString());
    assertEquals("{\"N\":\"1.50\"}", AttributeValue.n("1.50").toString());
    assertEquals("{\"B\":\"AQI=\"}", AttributeValue.b(new byte[] {1, 2}).toString());
    assertEquals("{\"SS\":[\"x\"]}", AttributeValue.ss("x").toString());
    assertEquals("{\"NS\":[\"1\",\"2\"]}", AttributeValue.ns(1, 2).toString());
    assertEquals("{\"BS\":[\"\"]}", AttributeValue.bs(Bytes.EMPTY).toString());
    assertEquals(
        "{\"M\":{\"k\":{\"BOOL\":true}}}",
        AttributeValue.m(Map.of("k", AttributeValue.bool(true))).toString());
    assertEquals("{\"L\":[{\"NULL\":true}]}", AttributeValue.l(AttributeValue.nul()).toString());
  }

  private static AttributeValue nested(int depth) {
    AttributeValue v = AttributeValue.s("x");
    for (int i = 0; i < depth; i++) {
      v = AttributeValue.l(v);
    }
    return v;
  }

  @Test
  void setsAreCheckedOnceWhetherMadeByAFactoryOrFromAnotherSetsMembers() {
    // a factory checks the collection while making the set; the record took that set and checked
    // and copied every member again (for NS: each number scanned and made canonical twice)
    AttributeValue.NS ns = AttributeValue.ns(List.of("1.5", "2", "3E2"));
    assertSame(ns.values(), new AttributeValue.NS(ns.values()).values());
    AttributeValue.SS ss = AttributeValue.ss("a", "b");
    assertSame(ss.values(), new AttributeValue.SS(ss.values()).values());
    AttributeValue.BS bs = AttributeValue.bs(Bytes.of(new byte[] {1}));
    assertSame(bs.values(), new AttributeValue.BS(bs.values()).values());
    // members checked as strings are not taken as checked numbers
    Rejections.rejects(
        InvalidAttributeValueException.class,
        "[0]",
        "a value of 1 character is not a number; DynamoDB numbers are decimal strings such as 42, -1.5 or 6.02E23",
        () -> new AttributeValue.NS(ss.values()));
    assertThrows(UnsupportedOperationException.class, () -> ns.values().add("4"));
    assertThrows(UnsupportedOperationException.class, () -> ns.values().iterator().remove());
    assertEquals(Set.of("1.5", "2", "3E2"), ns.values());
    assertEquals("[1.5, 2, 3E2]", ns.values().toString());
  }
}
