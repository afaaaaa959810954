package io.dynamo.codec;

import static io.dynamo.codec.Rejections.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Item.of and Key.of take names and values in pairs; keys hold non-empty S, N or B values. */
class ItemArgumentsTest {

  @Test
  void anOddNumberOfArgumentsIsRejected() {
    rejects(
        InvalidAttributeValueException.class,
        "",
        "Item.of takes attribute names and values in pairs, but got 1 arguments",
        () -> Item.of("id"));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "Key.of takes attribute names and values in pairs, but got 3 arguments",
        () -> Key.of("id", 1, "name"));
  }

  @Test
  void namesMustBeStrings() {
    rejects(
        InvalidAttributeValueException.class,
        "",
        "Item.of argument 1 must be an attribute name (a String) but is a java.lang.Integer",
        () -> Item.of(1, "a"));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "Item.of argument 3 must be an attribute name (a String) but is null",
        () -> Item.of("a", 1, null, 2));
  }

  @Test
  void namesMustBeDistinct() {
    rejects(
        InvalidAttributeValueException.class,
        "",
        "Item.of names attribute 'a' twice; names must be distinct",
        () -> Item.of("a", 1, "a", 2));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "Key.of names attribute 'id' twice; names must be distinct",
        () -> Key.of("id", 1, "id", 1));
  }

  @Test
  void namesMustNotBeEmpty() {
    rejects(
        InvalidAttributeValueException.class,
        "",
        "Item.of argument 1 is an empty attribute name; names must not be empty",
        () -> Item.of("", 1));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "attribute name is null or empty",
        () -> Item.empty().with("", 1));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "attribute name is null or empty",
        () -> Item.empty().with(null, 1));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "attribute name is null or empty",
        () -> Item.builder().string("", "x"));
  }

  @Test
  void namesMustNotBeEmptyHoweverTheItemIsMade() {
    // DynamoDB: attribute names must be at least one character long; Item.of already said so
    String rule = "attribute name is empty; DynamoDB attribute names are at least one character";
    Map<String, AttributeValue> empty = Map.of("", AttributeValue.s("x"));
    rejects(InvalidAttributeValueException.class, "", rule, () -> Item.from(empty));
    rejects(InvalidAttributeValueException.class, "", rule, () -> Key.from(empty));
    rejects(InvalidAttributeValueException.class, "", rule, () -> Item.of(Map.of("", 1)));
    rejects(
        InvalidAttributeValueException.class, "", rule, () -> Item.builder().values(Map.of("", 1)));
    rejects(
        InvalidAttributeValueException.class,
        "",
        rule,
        () -> CodecRegistry.defaults().encodeAll(Map.of("", 1)));
    // a map value (M) is not an item: its keys are left as DynamoDB's own rules have them
    assertEquals(AttributeValue.m(empty), Item.of("m", Map.of("", "x")).get("m"));
  }

  @Test
  void keyStringsAndBinariesMustNotBeEmpty() {
    String rule = "key attribute is empty; DynamoDB key strings and binaries must not be empty";
    rejects(InvalidAttributeValueException.class, "id", rule, () -> Key.of("id", ""));
    rejects(
        InvalidAttributeValueException.class, "sk", rule, () -> Key.of("id", 1, "sk", new byte[0]));
    rejects(InvalidAttributeValueException.class, "id", rule, () -> Item.of("id", "").key("id"));
  }

  @Test
  void keyAttributesMustBeStringsNumbersOrBinaries() {
    rejects(
        InvalidAttributeValueException.class,
        "id",
        "key attribute is BOOL; key attributes must be S, N or B",
        () -> Key.of("id", true));
    rejects(
        InvalidAttributeValueException.class,
        "id",
        "key attribute is SS; key attributes must be S, N or B",
        () -> Key.of("id", Set.of("a")));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "key has no attributes; name the partition key",
        () -> Key.of());
    rejects(
        MissingAttributeException.class,
        "sk",
        "missing attribute",
        () -> Item.of("id", 1).key("id", "sk"));
  }

  @Test
  void valuesThatFailAreNamedByTheirAttribute() {
    rejects(
        InvalidAttributeValueException.class,
        "tags",
        "empty set; DynamoDB does not store empty sets (omit the attribute instead)",
        () -> Item.builder().value("tags", Set.of()));
    rejects(
        InvalidAttributeValueException.class,
        "tags",
        "empty string set (SS); DynamoDB does not store empty sets (omit the attribute instead)",
        () -> Item.builder().stringSet("tags", Set.of()));
    rejects(
        InvalidAttributeValueException.class,
        "n",
        "NaN is not a number DynamoDB can store; NaN and infinities are not allowed",
        () -> Item.empty().with("n", Double.NaN));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "value to write as an item is null",
        () -> ItemCodecRoundTripTest.ORDER.toItem(null));
  }
}
