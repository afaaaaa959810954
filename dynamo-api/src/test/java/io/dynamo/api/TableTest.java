package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import io.dynamo.codec.MissingAttributeException;
import io.dynamo.sign.Credentials;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A table seen through an item codec: values in and out, decoded with the client's registry. */
class TableTest {
  record User(long id, String name) {}

  static final ItemCodec<User> USER =
      ItemCodec.of(
          (u, w) -> w.number("user/id", u.id()).string("user/name", u.name()),
          r -> new User(r.getLong("user/id"), r.getString("user/name")));

  private static final Key IVAN = Key.of("user/id", 1, "user/name", "Ivan");

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();
  private final Table<User> users = db.table("users", USER);

  @Test
  void putsAndGetsValues() {
    users.put(new User(1, "Ivan"));
    Sent.exactly(
        t,
        "PutItem",
        "{\"TableName\":\"users\",\"Item\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}}}");

    t.respond("{\"Item\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}}}");
    assertEquals(new User(1, "Ivan"), users.get(IVAN));
    Sent.exactly(
        t,
        "GetItem",
        "{\"TableName\":\"users\",\"Key\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}}}");
  }

  @Test
  void aMissingItemIsNullOrEmpty() {
    t.respond("{}");
    assertNull(users.get(IVAN));
    t.respond("{}");
    assertEquals(Optional.empty(), users.find(IVAN));
  }

  @Test
  void optionsGoIntoTheRequest() {
    users.put(
        new User(1, "Ivan"),
        p -> p.condition("attribute_not_exists(#id)").names(Map.of("#id", "user/id")));
    assertTrue(t.lastBody().contains("\"ConditionExpression\":\"attribute_not_exists(#id)\""));
    users.find(IVAN, g -> g.consistentRead(true));
    assertTrue(t.lastBody().endsWith("\"ConsistentRead\":true}"), t.lastBody());
    users.delete(IVAN);
    Sent.exactly(
        t,
        "DeleteItem",
        "{\"TableName\":\"users\",\"Key\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}}}");
  }

  @Test
  void queriesAndScansStreamValues() {
    t.respond(
        "{\"Items\":[{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}},"
            + "{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Juan\"}}],\"Count\":2}");
    List<User> ones =
        users
            .query(
                q ->
                    q.keyCondition("#id = :id")
                        .names(Map.of("#id", "user/id"))
                        .values(Map.of(":id", 1)))
            .toList();
    assertEquals(List.of(new User(1, "Ivan"), new User(1, "Juan")), ones);
    t.respond("{\"Items\":[{\"user/id\":{\"N\":\"2\"},\"user/name\":{\"S\":\"Huan\"}}]}");
    assertEquals(List.of(new User(2, "Huan")), users.scan().toList());
    Sent.exactly(t, "Scan", "{\"TableName\":\"users\"}");
  }

  @Test
  void anItemTheCodecCannotReadFailsNamingTheAttribute() {
    t.respond("{\"Item\":{\"user/id\":{\"N\":\"1\"}}}");
    MissingAttributeException e =
        assertThrows(MissingAttributeException.class, () -> users.get(IVAN));
    assertTrue(e.getMessage().contains("user/name"), e.getMessage());
  }

  @Test
  void valuesAreEncodedWithTheClientsRegistry() {
    record Money(long cents) {}
    AttributeCodec<Money> money =
        new AttributeCodec<>() {
          @Override
          public AttributeValue encode(Money m) {
            return AttributeValue.s(m.cents() / 100 + "." + String.format("%02d", m.cents() % 100));
          }

          @Override
          public Money decode(AttributeValue v) {
            return new Money(Math.round(Double.parseDouble(((AttributeValue.S) v).value()) * 100));
          }
        };
    FakeTransport fake = FakeTransport.create();
    DynamoClient client =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:8000")
            .credentials(Credentials.of("AKID", "SECRET"))
            .transport(fake)
            .codecs(CodecRegistry.builder().register(Money.class, money).build())
            .build();
    record Account(String id, Money balance) {}
    ItemCodec<Account> accounts =
        ItemCodec.of(
            (a, w) -> w.string("id", a.id()).value("balance", a.balance()),
            r -> new Account(r.getString("id"), r.get("balance", Money.class)));
    Table<Account> table = client.table("accounts", accounts);
    table.put(new Account("a1", new Money(1250)));
    assertEquals(
        "{\"TableName\":\"accounts\",\"Item\":{\"id\":{\"S\":\"a1\"},\"balance\":{\"S\":\"12.50\"}}}",
        fake.lastBody());
    fake.respond("{\"Item\":{\"id\":{\"S\":\"a1\"},\"balance\":{\"S\":\"3.05\"}}}");
    assertEquals(new Account("a1", new Money(305)), table.get(Key.of("id", "a1")));
  }
}
