package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.TableTest.User;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.codec.Key;
import io.dynamo.codec.MissingAttributeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link AsyncTable} sends what {@link Table} sends and gives the same values, without blocking.
 */
class AsyncTableTest {
  private static final Key IVAN = Key.of("user/id", 1, "user/name", "Ivan");
  private static final String IVAN_ITEM =
      "{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}}";

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();
  private final AsyncTable<User> users = db.async().table("users", TableTest.USER);

  private static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(30, TimeUnit.SECONDS);
  }

  private static Throwable failureOf(CompletableFuture<?> f) {
    return assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS)).getCause();
  }

  @Test
  void putsGetsAndDeletesValues() throws Exception {
    assertNull(get(users.put(new User(1, "Ivan"))));
    Sent.exactly(t, "PutItem", "{\"TableName\":\"users\",\"Item\":" + IVAN_ITEM + "}");

    t.respond("{\"Item\":" + IVAN_ITEM + "}");
    assertEquals(new User(1, "Ivan"), get(users.get(IVAN)));
    Sent.exactly(t, "GetItem", "{\"TableName\":\"users\",\"Key\":" + IVAN_ITEM + "}");

    t.respond("{}");
    assertNull(get(users.get(IVAN)));
    t.respond("{}");
    assertEquals(Optional.empty(), get(users.find(IVAN)));

    assertNull(get(users.delete(IVAN)));
    Sent.exactly(t, "DeleteItem", "{\"TableName\":\"users\",\"Key\":" + IVAN_ITEM + "}");
    assertEquals("users", users.name());
    assertEquals("AsyncTable[users]", users.toString());
  }

  @Test
  void optionsGoIntoTheRequest() throws Exception {
    get(
        users.put(
            new User(1, "Ivan"),
            p -> p.condition("attribute_not_exists(#id)").names(Map.of("#id", "user/id"))));
    assertTrue(t.lastBody().contains("\"ConditionExpression\":\"attribute_not_exists(#id)\""));
    get(users.find(IVAN, g -> g.consistentRead(true)));
    assertTrue(t.lastBody().endsWith("\"ConsistentRead\":true}"), t.lastBody());
    get(
        users.delete(
            IVAN, d -> d.condition("attribute_exists(#id)").names(Map.of("#id", "user/id"))));
    assertTrue(t.lastBody().contains("\"ConditionExpression\":\"attribute_exists(#id)\""));
  }

  @Test
  void queriesAndScansPublishValues() throws Exception {
    t.respond(
        "{\"Items\":["
            + IVAN_ITEM
            + ",{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Juan\"}}],"
            + "\"LastEvaluatedKey\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Juan\"}}}");
    t.respond("{\"Items\":[]}");
    TestSubscriber<User> q = new TestSubscriber<>();
    users
        .query(
            q2 ->
                q2.keyCondition("#id = :id")
                    .names(Map.of("#id", "user/id"))
                    .values(Map.of(":id", 1)))
        .subscribe(q);
    q.request(Long.MAX_VALUE);
    assertEquals(List.of(new User(1, "Ivan"), new User(1, "Juan")), q.await());
    assertEquals("Query", t.lastOperation());
    assertTrue(t.lastBody().contains("\"ExclusiveStartKey\""), t.lastBody());

    t.respond("{\"Items\":[{\"user/id\":{\"N\":\"2\"},\"user/name\":{\"S\":\"Huan\"}}]}");
    TestSubscriber<User> s = new TestSubscriber<>();
    users.scan().subscribe(s);
    s.request(Long.MAX_VALUE);
    assertEquals(List.of(new User(2, "Huan")), s.await());
    Sent.exactly(t, "Scan", "{\"TableName\":\"users\"}");
  }

  @Test
  void batchesReadAndWriteValues() throws Exception {
    get(users.putAll(List.of(new User(1, "Ivan"), new User(2, "Huan"))));
    assertEquals("BatchWriteItem", t.lastOperation());
    assertTrue(t.lastBody().contains("\"PutRequest\":{\"Item\":" + IVAN_ITEM + "}"), t.lastBody());

    t.respond("{\"Responses\":{\"users\":[" + IVAN_ITEM + "]}}");
    assertEquals(
        List.of(new User(1, "Ivan")),
        get(users.getAll(List.of(IVAN, Key.of("user/id", 3, "user/name", "Olga")))));
    assertEquals("BatchGetItem", t.lastOperation());
  }

  @Test
  void badInputFailsTheFutureInsteadOfThrowing() {
    assertInstanceOf(NullPointerException.class, failureOf(users.getAll(null)));
    CompletableFuture<Void> bad = users.put(new User(1, "Ivan"), p -> p.condition("#a = :b"));
    assertInstanceOf(InvalidRequestException.class, failureOf(bad));
    TestSubscriber<User> q = new TestSubscriber<>();
    users.query(b -> b.keyCondition("#nope = :x")).subscribe(q);
    q.request(1);
    assertInstanceOf(InvalidRequestException.class, assertDoesNotHang(q));
    assertEquals(0, t.requests().size());
  }

  private static Throwable assertDoesNotHang(TestSubscriber<User> s) {
    try {
      return s.awaitError();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anItemTheCodecCannotReadFailsTheFutureNamingTheAttribute() {
    t.respond("{\"Item\":{\"user/id\":{\"N\":\"1\"}}}");
    Throwable e = failureOf(users.get(IVAN));
    assertInstanceOf(MissingAttributeException.class, e);
    assertTrue(e.getMessage().contains("user/name"), e.getMessage());
  }
}
