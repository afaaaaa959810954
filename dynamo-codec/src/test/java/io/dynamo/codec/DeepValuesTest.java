package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values of any depth, made by hand, by codecs or by the reader, end in a value or a typed error:
 * never a StackOverflowError, and whatever exists can be printed, compared and hashed.
 */
class DeepValuesTest {
  private static final String TOO_DEEP =
      "maps and lists nest more than 256 levels deep, the most this client holds (DynamoDB stores"
          + " at most 32)";

  @Test
  void javaMapsNestedTenThousandDeepGiveATypedErrorInItemOf() {
    Map<String, Object> deep = new LinkedHashMap<>();
    Map<String, Object> inner = deep;
    for (int i = 0; i < 10_000; i++) {
      Map<String, Object> next = new LinkedHashMap<>();
      inner.put("a", next);
      inner = next;
    }
    InvalidAttributeValueException e =
        assertThrows(InvalidAttributeValueException.class, () -> Item.of("doc", deep));
    assertEquals(TOO_DEEP, e.problem());
    assertTrue(e.path().startsWith("doc.a.a"), e.path());
  }

  @Test
  void javaListsNestedTenThousandDeepGiveATypedErrorInItemOf() {
    List<Object> deep = new ArrayList<>();
    List<Object> inner = deep;
    for (int i = 0; i < 10_000; i++) {
      List<Object> next = new ArrayList<>();
      inner.add(next);
      inner = next;
    }
    InvalidAttributeValueException e =
        assertThrows(InvalidAttributeValueException.class, () -> Item.of("doc", deep));
    assertEquals(TOO_DEEP, e.problem());
  }

  @Test
  void aMapThatHoldsItselfGivesATypedError() {
    Map<String, Object> loop = new LinkedHashMap<>();
    loop.put("self", loop);
    InvalidAttributeValueException e =
        assertThrows(InvalidAttributeValueException.class, () -> Item.of(Map.of("loop", loop)));
    assertEquals(TOO_DEEP, e.problem());
  }

  @Test
  void attributeValuesBuiltTenThousandDeepStopAtTheLimitWithATypedError() {
    AttributeValue v = AttributeValue.s("x");
    int built = 0;
    InvalidAttributeValueException error = null;
    for (int i = 0; i < 10_000; i++) {
      try {
        v = i % 2 == 0 ? AttributeValue.l(v) : AttributeValue.m(Map.of("a", v));
        built++;
      } catch (InvalidAttributeValueException e) {
        error = e;
        break;
      }
    }
    assertEquals(256, built);
    assertEquals(TOO_DEEP, error.problem());
    // the deepest value there can be still prints, reads back, compares and hashes
    String json = v.toString();
    AttributeValue back = DynamoJson.read(json);
    assertEquals(v, back);
    assertEquals(v.hashCode(), back.hashCode());
    assertEquals(256, Generators.depth(back));
  }

  @Test
  void writingKeepsDynamoDbsLimitWhateverIsHeld() {
    AttributeValue v = AttributeValue.s("x");
    for (int i = 0; i < 100; i++) {
      v = AttributeValue.l(v);
    }
    AttributeValue deep = v;
    InvalidAttributeValueException e =
        assertThrows(InvalidAttributeValueException.class, () -> DynamoJson.write(deep));
    assertEquals(
        "nesting of maps and lists is deeper than DynamoDB's limit of 32 levels", e.problem());
    assertFalse(deep.toString().isEmpty());
  }

  @Test
  void aValueUnderAnUnknownTagCutOffInsideItsStringIsMalformed() {
    String whole = "{\"a\":{\"FUTURE\":\"abc\\\"def\"}}";
    assertEquals(
        new AttributeValue.Unknown("FUTURE", "\"abc\\\"def\""),
        DynamoJson.readItem(whole).get("a"));
    for (int cut = 1; cut < whole.length(); cut++) {
      String part = whole.substring(0, cut);
      assertThrows(MalformedJsonException.class, () -> DynamoJson.readItem(part), part);
      byte[] bytes = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThrows(MalformedJsonException.class, () -> DynamoJson.readItem(bytes), part);
    }
  }
}
