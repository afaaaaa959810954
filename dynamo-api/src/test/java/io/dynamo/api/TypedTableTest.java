package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.Update;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a typed table sends for updates, pages, indexes, batches and transactions. */
class TypedTableTest {
  record User(long id, String name, String status) {}

  static final ItemCodec<User> USER =
      ItemCodec.of(
          (u, w) -> w.number("id", u.id()).string("name", u.name()).string("status", u.status()),
          r ->
              new User(
                  r.getLong("id"),
                  r.getString("name"),
                  r.find("status", String.class).orElse(null)));

  private static final Key ONE = Key.of("id", 1);
  private static final String ONE_JSON = "{\"id\":{\"N\":\"1\"},\"name\":{\"S\":\"Ivan\"}}";

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();
  private final Table<User> users = db.table("users", USER);

  @Test
  void anUpdateSendsItsActionsAndConditionAndReturnsTheNewValue() {
    t.respond(
        "{\"Attributes\":{\"id\":{\"N\":\"1\"},\"name\":{\"S\":\"Ivan\"},\"status\":{\"S\":\"on\"}}}");
    User after =
        users.update(
            ONE,
            Update.set("status", "on").and(Update.add("logins", 1)).and(Update.remove("token")),
            Condition.attributeExists("id"));
    assertEquals(new User(1, "Ivan", "on"), after);
    Sent.equivalent(
        t,
        "UpdateItem",
        "{\"TableName\":\"users\",\"Key\":{\"id\":{\"N\":\"1\"}},\"ReturnValues\":\"ALL_NEW\","
            + "\"UpdateExpression\":\"SET #n0 = :v0 REMOVE #n1 ADD logins :v1\","
            + "\"ConditionExpression\":\"attribute_exists(id)\","
            + "\"ExpressionAttributeNames\":{\"#n0\":\"status\",\"#n1\":\"token\"},"
            + "\"ExpressionAttributeValues\":{\":v0\":{\"S\":\"on\"},\":v1\":{\"N\":\"1\"}}}");
  }

  @Test
  void anUpdateAskedForNoValuesReturnsNull() {
    t.respond("{}");
    assertNull(
        users.update(
            ONE,
            Update.set("status", "off"),
            b -> b.returnValues(io.dynamo.api.model.ReturnValue.NONE)));
  }

  @Test
  void aPageHoldsTheValuesAndTheCursor() {
    t.respond(
        "{\"Items\":["
            + ONE_JSON
            + "],\"Count\":1,\"ScannedCount\":3,\"LastEvaluatedKey\":{\"id\":{\"N\":\"1\"}}}");
    Page<User> page = users.queryPage(q -> q.keyCondition(Condition.eq("id", 1)).limit(1));
    assertEquals(List.of(new User(1, "Ivan", null)), page.items());
    assertEquals(ONE, page.cursor());
    assertEquals(1, page.count());
    assertEquals(3, page.scannedCount());
    assertTrue(page.hasMore());
    assertTrue(t.lastBody().contains("\"Limit\":1"), t.lastBody());

    t.respond("{\"Items\":[],\"Count\":0,\"ScannedCount\":0}");
    Page<User> last = users.scanPage(s -> s.startKey(ONE));
    assertFalse(last.hasMore());
    assertTrue(t.lastBody().contains("\"ExclusiveStartKey\":{\"id\":{\"N\":\"1\"}}"), t.lastBody());
  }

  @Test
  void anIndexIsNamedInItsQueriesAndScans() {
    t.respond("{\"Items\":[" + ONE_JSON + "]}");
    TableIndex<User> byName = users.index("byName");
    assertEquals(
        List.of(new User(1, "Ivan", null)), byName.query(Condition.eq("name", "Ivan")).toList());
    Sent.equivalent(
        t,
        "Query",
        "{\"TableName\":\"users\",\"IndexName\":\"byName\",\"KeyConditionExpression\":\"#n0 = :v0\","
            + "\"ExpressionAttributeNames\":{\"#n0\":\"name\"},"
            + "\"ExpressionAttributeValues\":{\":v0\":{\"S\":\"Ivan\"}}}");
    t.respond("{\"Items\":[]}");
    assertEquals(List.of(), byName.scanPage(s -> s.limit(5)).items());
    assertTrue(t.lastBody().contains("\"IndexName\":\"byName\""), t.lastBody());
  }

  @Test
  void batchWritesPutValuesAndDeleteKeys() {
    users.writeAll(List.of(new User(2, "Olga", null)), List.of(ONE));
    Sent.equivalent(
        t,
        "BatchWriteItem",
        "{\"RequestItems\":{\"users\":["
            + "{\"PutRequest\":{\"Item\":{\"id\":{\"N\":\"2\"},\"name\":{\"S\":\"Olga\"}}}},"
            + "{\"DeleteRequest\":{\"Key\":{\"id\":{\"N\":\"1\"}}}}]}}");
  }

  @Test
  void aTransactionWritesValuesWithConditions() {
    users.transactWrite(
        tx ->
            tx.put(new User(2, "Olga", "new"), Condition.attributeNotExists("id"))
                .update(ONE, Update.set("status", "off"), Condition.eq("status", "on"))
                .delete(Key.of("id", 3))
                .check(Key.of("id", 4), Condition.attributeExists("id")));
    String body = t.lastBody();
    assertEquals("TransactWriteItems", t.lastOperation());
    for (String part :
        Arrays.asList(
            "\"Put\":{\"Item\":{\"id\":{\"N\":\"2\"},\"name\":{\"S\":\"Olga\"},\"status\":{\"S\":\"new\"}},\"TableName\":\"users\"",
            "\"ConditionExpression\":\"attribute_not_exists(id)\"",
            "\"Update\":{",
            "\"UpdateExpression\":\"SET #n0 = :v0\"",
            "\"Delete\":{\"Key\":{\"id\":{\"N\":\"3\"}},\"TableName\":\"users\"}",
            "\"ConditionCheck\":{")) {
      assertTrue(body.contains(part), part + " in " + body);
    }

    TransactWriteItemsRequest.Builder tx = TransactWriteItemsRequest.builder();
    users.in(tx).put(new User(5, "Ana", null));
    db.table("others", USER).in(tx).delete(ONE);
    db.transactWriteItems(tx.build());
    assertTrue(t.lastBody().contains("\"TableName\":\"others\""), t.lastBody());
  }

  @Test
  void aTransactionalGetReadsValuesInTheKeysOrderWithNullsForNoItem() {
    t.respond("{\"Responses\":[{\"Item\":" + ONE_JSON + "},{}]}");
    List<User> found = users.transactGet(List.of(ONE, Key.of("id", 2)));
    assertEquals(Arrays.asList(new User(1, "Ivan", null), null), found);
    Sent.equivalent(
        t,
        "TransactGetItems",
        "{\"TransactItems\":[{\"Get\":{\"Key\":{\"id\":{\"N\":\"1\"}},\"TableName\":\"users\"}},"
            + "{\"Get\":{\"Key\":{\"id\":{\"N\":\"2\"}},\"TableName\":\"users\"}}]}");
    t.respond("{\"Responses\":[{}]}");
    assertEquals(
        Arrays.asList((User) null),
        db.async().table("users", USER).transactGet(List.of(ONE)).join());
  }

  @Test
  void anAsyncTableSendsTheSameUpdateAndPage() {
    AsyncTable<User> async = db.async().table("users", USER);
    t.respond("{\"Attributes\":" + ONE_JSON + "}");
    assertEquals(
        new User(1, "Ivan", null),
        async.update(ONE, Update.set("name", "Ivan"), Condition.attributeExists("id")).join());
    assertEquals("UpdateItem", t.lastOperation());
    t.respond("{\"Items\":[" + ONE_JSON + "],\"LastEvaluatedKey\":{\"id\":{\"N\":\"1\"}}}");
    Page<User> page =
        async.index("byName").queryPage(q -> q.keyCondition(Condition.eq("name", "Ivan"))).join();
    assertEquals(ONE, page.cursor());
    assertTrue(t.lastBody().contains("\"IndexName\":\"byName\""), t.lastBody());
  }

  @Test
  void anUpdateReadsLikeTheExpression() {
    assertEquals(
        "SET status = \"on\", ADD tags [a], REMOVE token",
        Update.set("status", "on")
            .and(Update.add("tags", List.of("a")))
            .and(Update.remove("token"))
            .toString());
    assertEquals(
        Update.allOf(Update.set("a", 1), Update.delete("s", Set.of("x"))),
        Update.set("a", 1).and(Update.delete("s", Set.of("x"))));
  }
}
