package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Items and keys from plain Java values, with typed getters. */
class ItemTest {
  private static final Item USER =
      Item.of(
          "user/id",
          1,
          "user/name",
          "Ivan",
          "tags",
          Set.of("a"),
          "bar",
          Map.of("baz", List.of(1, 2, 3)),
          "abc",
          null);

  @Test
  void plainJavaValuesBecomeAttributeValuesInOrder() {
    assertEquals(
        "{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"},\"tags\":{\"SS\":[\"a\"]},"
            + "\"bar\":{\"M\":{\"baz\":{\"L\":[{\"N\":\"1\"},{\"N\":\"2\"},{\"N\":\"3\"}]}}},"
            + "\"abc\":{\"NULL\":true}}",
        USER.toJson());
    assertEquals(List.of("user/id", "user/name", "tags", "bar", "abc"), List.copyOf(USER.names()));
  }

  @Test
  void typedGettersDecodeTheAttributes() {
    assertEquals(1L, USER.getLong("user/id"));
    assertEquals(1, USER.getInt("user/id"));
    assertEquals(1.0, USER.getDouble("user/id"));
    assertEquals(BigDecimal.ONE, USER.getBigDecimal("user/id"));
    assertEquals("Ivan", USER.getString("user/name"));
    assertEquals(Set.of("a"), USER.getStringSet("tags"));
    assertEquals(
        Map.of("baz", List.of(1, 2, 3)),
        USER.get("bar", TypeRef.mapOf(TypeRef.listOf(Integer.class))));
    assertNull(USER.getString("abc"));
    assertEquals(Optional.empty(), USER.find("abc", String.class));
    assertEquals(Optional.empty(), USER.find("absent", String.class));
    assertEquals(Optional.of("Ivan"), USER.find("user/name", String.class));
  }

  @Test
  void plainMapsHoldPlainJavaValues() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("user/id", BigDecimal.ONE);
    expected.put("user/name", "Ivan");
    expected.put("tags", Set.of("a"));
    expected.put(
        "bar", Map.of("baz", List.of(BigDecimal.ONE, new BigDecimal(2), new BigDecimal(3))));
    expected.put("abc", null);

    assertEquals(expected, USER.toPlainMap());
  }

  @Test
  void withAndWithoutMakeNewItems() {
    Item changed = USER.with("user/name", "Petr").without("tags", "bar");

    assertEquals("Petr", changed.getString("user/name"));
    assertFalse(changed.has("tags"));
    assertEquals("Ivan", USER.getString("user/name"));
    assertTrue(USER.has("tags"));
  }

  @Test
  void theKeyOfAnItemIsItsKeyAttributes() {
    Key key = USER.key("user/id", "user/name");

    assertEquals(Key.of("user/id", 1, "user/name", "Ivan"), key);
    assertEquals("{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}}", key.toJson());
  }

  @Test
  void itemsAreEqualByAttributesWithNumbersComparedNumerically() {
    assertEquals(Item.of("n", new BigDecimal("1.50")), Item.of("n", 1.5));
    assertEquals(Item.of("n", 1).hashCode(), Item.of("n", new BigDecimal("1.0")).hashCode());
    assertEquals(USER, Item.from(DynamoJson.readItem(USER.toJson())));
    assertNotEquals(Item.of("id", 1), Key.of("id", 1));
  }

  @Test
  void theBuilderLeavesOutNullsUnlessAskedForNull() {
    Item item =
        Item.builder()
            .string("s", null)
            .number("n", (Number) null)
            .bytes("b", (byte[]) null)
            .value("v", null)
            .nul("explicit")
            .numberSet("ns", List.of(1, 2.5))
            .build();

    assertEquals("{\"explicit\":{\"NULL\":true},\"ns\":{\"NS\":[\"1\",\"2.5\"]}}", item.toJson());
  }
}
