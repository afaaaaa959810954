package io.dynamo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.ApiResult;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.ListTablesResponse;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs every example of the README against dynalite, in the README's order, and checks what the
 * Clojure original's README shows for each.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkthroughTest {
  private static Dynalite dynalite;
  private static DynamoClient db;
  private static Walkthrough walkthrough;

  @BeforeAll
  static void start() {
    dynalite = Dynalite.start();
    db =
        DynamoClient.builder()
            .endpoint(dynalite.endpoint())
            .region("us-east-1")
            .credentials(Credentials.of("aws-public-key", "aws-secret-key"))
            .build();
    walkthrough = new Walkthrough(db);
  }

  @AfterAll
  static void stop() {
    db.close();
    dynalite.close();
  }

  private static Item ivan() {
    return db.getItem("users", Key.of("user/id", 1, "user/name", "Ivan")).item();
  }

  @Test
  @Order(1)
  void clientMasksItsSecret() {
    assertFalse(db.toString().contains("aws-secret-key"), db.toString());
    String transport = System.getProperty("io.dynamo.transport", "jdk");
    assertTrue(db.toString().contains("transport=" + transport), db.toString());
  }

  @Test
  @Order(2)
  void createsTheUsersTable() {
    TableDescription table = walkthrough.createTable();
    assertEquals("users", table.tableName());
    assertEquals("user/id", table.hashKeyName());
    assertEquals("user/name", table.rangeKeyName());
    assertEquals(BillingMode.PAY_PER_REQUEST, table.billingMode());
  }

  @Test
  @Order(3)
  void listsTablesTenAtATime() {
    for (int i = 0; i < 11; i++) {
      db.createTable(
          CreateTableRequest.builder()
              .table(String.format("extra-%02d", i))
              .hashKey("id", ScalarType.S)
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .build());
    }
    List<ListTablesResponse> pages = walkthrough.listTables();
    ListTablesResponse first = pages.get(0);
    ListTablesResponse second = pages.get(1);
    assertEquals(10, first.tableNames().size());
    assertEquals(first.tableNames().get(9), first.lastEvaluatedTableName());
    assertEquals(List.of("extra-10", "users"), second.tableNames());
    assertNull(second.lastEvaluatedTableName());
    for (int i = 0; i < 11; i++) {
      db.deleteTable(String.format("extra-%02d", i));
    }
  }

  @Test
  @Order(4)
  void putsAndGetsAnItem() {
    walkthrough.putItem();
    Item user = walkthrough.getItem();
    assertEquals(Item.of("user/id", 1, "user/name", "Ivan", "user/foo", 1), user);
  }

  @Test
  @Order(5)
  void conditionalPutSucceedsThenFails() {
    List<Object> result = walkthrough.conditionalPut();
    assertEquals(Item.of("user/id", 1, "user/name", "Ivan", "user/foo", 1), result.get(0));
    // the second put failed: the item is the one the first put wrote
    assertEquals(Item.of("user/id", 1, "user/name", "Ivan", "user/test", 3), result.get(1));
  }

  @Test
  @Order(6)
  void projectsAttributesAndNestedPaths() {
    Item item = walkthrough.getWithProjection();
    assertEquals(
        Item.of("test/kek", "123", "bar", Map.of("baz", List.of(2)), "abc", null, "foo", "lol"),
        item);
  }

  @Test
  @Order(7)
  void setsPlainAliasedAndRawExpressionAttributes() {
    Item item = walkthrough.updateSet();
    assertEquals(123, item.getInt("Foobar"));
    assertEquals("test@test.com", item.getString("user/email"));
    assertEquals(1, item.getInt("test/counter"));
  }

  @Test
  @Order(8)
  void addsToANumberAndASet() {
    Item item = walkthrough.updateAdd();
    assertEquals(4, item.getInt("amount"));
    assertEquals(Set.of("r", "g", "b"), item.getStringSet("test/colors"));
  }

  @Test
  @Order(9)
  void removesAttributesAndListElements() {
    Item item = walkthrough.updateRemove().get(0);
    assertFalse(item.has("test/kek"));
    assertFalse(item.has("abc"));
    assertFalse(item.has("test/lol"));
    assertEquals(List.of("foo", "baz"), item.getList("tags", String.class));
    assertEquals(List.of("foo", "baz"), item.getList("user/tags", String.class));
  }

  @Test
  @Order(10)
  void deletesMembersFromASet() {
    Item item = walkthrough.updateDelete();
    assertEquals(
        Item.of("user/id", 1, "user/name", "Ivan", "user/colors", AttributeValue.ss("g")), item);
  }

  @Test
  @Order(11)
  void conditionalDeleteFailsWithTheErrorsFields() {
    ConditionalCheckFailedException e = walkthrough.deleteItem();
    assertNotNull(e);
    assertEquals(400, e.statusCode());
    assertEquals("ConditionalCheckFailedException", e.errorType());
    assertEquals("The conditional request failed", e.errorMessage());
    assertEquals(Operation.DELETE_ITEM, e.operation());
    assertEquals(52, e.requestId().length());
    assertEquals(99, ivan().getInt("test/kek")); // the item stays
  }

  @Test
  @Order(12)
  void queriesOnePageAtATime() {
    List<QueryResponse> pages = walkthrough.query();
    QueryResponse page = pages.get(0);
    assertEquals(List.of(Item.of("user/id", 1, "user/name", "Ivan", "test/foo", 1)), page.items());
    assertEquals(1, page.count());
    assertEquals(1, page.scannedCount());
    assertEquals(Key.of("user/id", 1, "user/name", "Ivan"), page.lastEvaluatedKey());
    assertEquals("Juan", pages.get(1).items().get(0).getString("user/name"));
  }

  @Test
  @Order(13)
  void scansWithFilterAndProjection() {
    List<Object> result = walkthrough.scan();
    ScanResponse first = (ScanResponse) result.get(0);
    assertEquals(2, first.scannedCount());
    assertNotNull(first.lastEvaluatedKey());
    assertTrue(first.count() <= 1);
    assertEquals(List.of(Item.of("test/foo", 2, "user/name", "Juan")), result.get(1));
  }

  @Test
  @Order(14)
  void batchGetsSeveralItems() {
    List<Item> users = walkthrough.batchGet().items("users");
    assertEquals(
        Set.of("Ivan", "Huan"),
        users.stream().map(i -> i.getString("user/name")).collect(Collectors.toSet()));
  }

  @Test
  @Order(15)
  void tagsTheTable() {
    assertEquals(Map.of("team", "core", "env", "test"), walkthrough.tagResource());
  }

  @Test
  @Order(16)
  void describesTheTable() {
    TableDescription table = walkthrough.describeTable();
    assertEquals(TableStatus.ACTIVE, table.tableStatus());
    assertTrue(table.tableArn().endsWith(":table/users"), table.tableArn());
  }

  @Test
  @Order(17)
  void callsTheApiWithRawJsonAndGetsErrorsAsValues() {
    List<Object> result = walkthrough.rawApiCall();
    assertTrue(((String) result.get(0)).contains("\"TableName\":\"users\""));
    ApiResult<?> backup = (ApiResult<?>) result.get(1);
    assertFalse(backup.isSuccess());
    assertEquals("UnknownOperationException", backup.error().orElseThrow().errorType());
    assertEquals(400, backup.error().orElseThrow().statusCode());
  }

  @Test
  @Order(18)
  void mapsRecordsWithoutReflection() {
    assertEquals(List.of(new Walkthrough.User(3, "Olga")), walkthrough.typedItems());
    assertEquals(
        new BigDecimal(3),
        db.getItem("users", Key.of("user/id", 3, "user/name", "Olga"))
            .item()
            .getBigDecimal("user/id"));
  }

  @Test
  @Order(19)
  void getsWithoutBlocking() {
    assertEquals("Ivan", walkthrough.async().getString("user/name"));
  }

  @Test
  @Order(20)
  void batchGetsWithoutBlocking() {
    assertEquals(
        Set.of("Ivan", "Olga"),
        walkthrough.asyncBatch().stream()
            .map(i -> i.getString("user/name"))
            .collect(Collectors.toSet()));
  }

  @Test
  @Order(21)
  void deletesTheTable() {
    walkthrough.deleteTable();
    assertFalse(db.listTables().tableNames().contains("users"));
  }
}
