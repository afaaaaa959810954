package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.*;
import org.junit.jupiter.api.Test;

class SmokeTest {
  record User(long id, String name, List<String> tags) {}

  @Test
  void basics() {
    Item item = Item.of("user/id", 1, "user/name", "Ivan", "tags", Set.of("a"), "bar", Map.of("baz", List.of(1, 2, 3)), "abc", null);
    assertEquals("{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"},\"tags\":{\"SS\":[\"a\"]},\"bar\":{\"M\":{\"baz\":{\"L\":[{\"N\":\"1\"},{\"N\":\"2\"},{\"N\":\"3\"}]}}},\"abc\":{\"NULL\":true}}", item.toJson());
    assertEquals(1L, item.getLong("user/id"));
    assertEquals(item, Item.from(DynamoJson.readItem(item.toJson())));
    assertEquals(AttributeValue.n("1.50"), AttributeValue.n("1.5"));
    String unknown = "{\"v\":{\"FLOAT32VECTOR\":[0.10, 1e5]},\"s\":{\"X\":\"a\\\"b\"}}";
    Map<String, AttributeValue> m = DynamoJson.readItem(unknown);
    assertEquals("{\"v\":{\"FLOAT32VECTOR\":[0.10, 1e5]},\"s\":{\"X\":\"a\\\"b\"}}", DynamoJson.writeItem(m));
    CodecException e = assertThrows(CodecException.class, () -> DynamoJson.readItem("{\"orders\":{\"L\":[{\"N\":\"1\"},{\"N\":\"1\"},{\"N\":\"1\"},{\"M\":{\"price\":{\"N\":true}}}]}}"));
    assertEquals("orders[3].price: expected a number string for N but found a boolean", e.getMessage());
    ItemCodec<User> codec = ItemCodec.of((u, w) -> w.number("id", u.id()).string("name", u.name()).value("tags", u.tags()), r -> new User(r.getLong("id"), r.getString("name"), r.getList("tags", String.class)));
    User u = new User(3, "x", List.of("p", "q"));
    assertEquals(u, codec.fromItem(codec.toItem(u)));
    CodecRegistry reg = CodecRegistry.builder().register(User.class, codec).build();
    AttributeValue enc = reg.encode(List.of(u, u));
    assertEquals(List.of(u, u), reg.decode(enc, TypeRef.listOf(User.class)));
    Instant now = Instant.parse("2026-11-25T02:47:44Z");
    assertEquals("{\"S\":\"2026-11-25T02:47:44.000000000Z\"}", reg.encode(now).toString());
    MissingAttributeException me = assertThrows(MissingAttributeException.class, () -> codec.fromItem(Item.of("id", 1)));
    assertEquals("name: missing attribute", me.getMessage());
    assertThrows(InvalidAttributeValueException.class, () -> AttributeValue.n("1e126"));
    InvalidAttributeValueException de = assertThrows(InvalidAttributeValueException.class, () -> AttributeValue.ss("a", "a"));
    assertEquals("[1]: duplicate member 'a' in a string set (SS); set members must be distinct", de.getMessage());
  }
}
