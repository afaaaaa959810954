package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.expr.Expr;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.ListTablesResponse;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.PutItemResponse;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.api.model.TableClass;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.testkit.ModelChecker;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every example of the Clojure original's README, written with this client: the JSON each one sends
 * (exactly, or member order aside where the example uses {@code Map.of}), checked against
 * DynamoDB's API model, and the answer read back.
 */
class SeedExamplesTest {
  private static final Key IVAN = Key.of("user/id", 1, "user/name", "Ivan");
  private static final String IVAN_JSON =
      "{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}}";

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();

  @Test
  void createsATableWithSlashedKeyNamesTagsClassAndBilling() {
    db.createTable(
        CreateTableRequest.builder()
            .table("users")
            .hashKey("user/id", ScalarType.N)
            .rangeKey("user/name", ScalarType.S)
            .tags(Map.of("foo", "hello"))
            .tableClass(TableClass.STANDARD)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
    Sent.exactly(
        t,
        "CreateTable",
        "{\"AttributeDefinitions\":["
            + "{\"AttributeName\":\"user/id\",\"AttributeType\":\"N\"},"
            + "{\"AttributeName\":\"user/name\",\"AttributeType\":\"S\"}],"
            + "\"TableName\":\"users\",\"KeySchema\":[{\"AttributeName\":\"user/id\",\"KeyType\":\"HASH\"},"
            + "{\"AttributeName\":\"user/name\",\"KeyType\":\"RANGE\"}],"
            + "\"BillingMode\":\"PAY_PER_REQUEST\",\"Tags\":[{\"Key\":\"foo\",\"Value\":\"hello\"}],"
            + "\"TableClass\":\"STANDARD\"}");
  }

  @Test
  void listsTablesByPages() {
    t.respond("{\"TableNames\":[\"users1\",\"users2\"],\"LastEvaluatedTableName\":\"users2\"}");
    ListTablesResponse resp1 = db.listTables(ListTablesRequest.builder().limit(10).build());
    Sent.exactly(t, "ListTables", "{\"Limit\":10}");
    String lastTable = resp1.lastEvaluatedTableName();

    t.respond("{\"TableNames\":[\"users3\"]}");
    ListTablesResponse resp2 =
        db.listTables(ListTablesRequest.builder().limit(10).startTable(lastTable).build());
    Sent.exactly(t, "ListTables", "{\"ExclusiveStartTableName\":\"users2\",\"Limit\":10}");
    assertEquals(List.of("users1", "users2"), resp1.tableNames());
    assertEquals(List.of("users3"), resp2.tableNames());
    assertNull(resp2.lastEvaluatedTableName());
  }

  @Test
  void putsAnItem() {
    db.putItem(
        PutItemRequest.builder()
            .table("users")
            .item(Item.of("user/id", 1, "user/name", "Ivan", "user/foo", 1))
            .returnValues(ReturnValue.NONE)
            .build());
    Sent.exactly(
        t,
        "PutItem",
        "{\"TableName\":\"users\",\"Item\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"},"
            + "\"user/foo\":{\"N\":\"1\"}},\"ReturnValues\":\"NONE\"}");

    db.putItem("users", Item.of("user/id", 1, "user/name", "Ivan", "user/foo", 1));
    Sent.exactly(
        t,
        "PutItem",
        "{\"TableName\":\"users\",\"Item\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"},"
            + "\"user/foo\":{\"N\":\"1\"}}}");
  }

  @Test
  void putsAnItemOnConditionAndGetsTheOldOne() {
    t.respond(
        "{\"Attributes\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"},"
            + "\"user/foo\":{\"N\":\"1\"}}}");
    PutItemResponse r =
        db.putItem(
            PutItemRequest.builder()
                .table("users")
                .item(Item.of("user/id", 1, "user/name", "Ivan", "user/test", 3))
                .condition("#foo in (:one, :two, :three)")
                .names(Map.of("#foo", "user/foo"))
                .values(Map.of(":one", 1, ":two", 2, ":three", 3))
                .returnValues(ReturnValue.ALL_OLD)
                .build());
    Sent.equivalent(
        t,
        "PutItem",
        "{\"TableName\":\"users\",\"Item\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"},"
            + "\"user/test\":{\"N\":\"3\"}},\"ConditionExpression\":\"#foo in (:one, :two, :three)\","
            + "\"ExpressionAttributeNames\":{\"#foo\":\"user/foo\"},"
            + "\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"},\":two\":{\"N\":\"2\"},"
            + "\":three\":{\"N\":\"3\"}},\"ReturnValues\":\"ALL_OLD\"}");
    assertEquals(1, r.attributes().getLong("user/foo"));
  }

  @Test
  void aFailedConditionThrowsWithWhatTheSeedsExInfoCarried() {
    t.respond(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
            + "\"message\":\"The conditional request failed\"}",
        true);
    ConditionalCheckFailedException e =
        assertThrows(
            ConditionalCheckFailedException.class,
            () ->
                db.deleteItem(
                    DeleteItemRequest.builder()
                        .table("users")
                        .key(IVAN)
                        .condition("#kek in (:foo, :bar, :baz)")
                        .names(Map.of("#kek", "test/kek"))
                        .values(Map.of(":foo", 1, ":bar", 2, ":baz", 3))
                        .build()));
    Sent.equivalent(
        t,
        "DeleteItem",
        "{\"TableName\":\"users\",\"Key\":"
            + IVAN_JSON
            + ",\"ConditionExpression\":\"#kek in (:foo, :bar, :baz)\","
            + "\"ExpressionAttributeNames\":{\"#kek\":\"test/kek\"},"
            + "\"ExpressionAttributeValues\":{\":foo\":{\"N\":\"1\"},\":bar\":{\"N\":\"2\"},"
            + "\":baz\":{\"N\":\"3\"}}}");
    assertEquals(400, e.statusCode());
    assertEquals("ConditionalCheckFailedException", e.errorType());
    assertEquals("The conditional request failed", e.errorMessage());
  }

  @Test
  void getsAnItemByKey() {
    t.respond(
        "{\"Item\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"},\"user/foo\":{\"N\":\"1\"}}}");
    Item user = db.getItem("users", IVAN).item();
    Sent.exactly(t, "GetItem", "{\"TableName\":\"users\",\"Key\":" + IVAN_JSON + "}");
    assertEquals(1, user.getLong("user/id"));
    assertEquals("Ivan", user.getString("user/name"));
    assertEquals(1, user.getInt("user/foo"));

    t.respond("{}");
    assertNull(db.getItem("users", Key.of("user/id", 2, "user/name", "Juan")).item());
  }

  @Test
  void getsAttributesAndNestedPaths() {
    db.putItem(
        "users",
        Item.of(
            "user/id",
            1,
            "user/name",
            "Ivan",
            "test/kek",
            "123",
            "test/foo",
            1,
            "abc",
            null,
            "foo",
            "lol",
            "bar",
            Map.of("baz", List.of(1, 2, 3))));
    ModelChecker.dynamoDb().assertValidInput("PutItem", t.lastBody());

    t.respond(
        "{\"Item\":{\"test/kek\":{\"S\":\"123\"},\"bar\":{\"M\":{\"baz\":{\"L\":[{\"N\":\"2\"}]}}},"
            + "\"abc\":{\"NULL\":true},\"foo\":{\"S\":\"lol\"}}}");
    Item item =
        db.getItem(
                GetItemRequest.builder()
                    .table("users")
                    .key(IVAN)
                    .project("test/kek", "bar.baz[1]", "abc", "foo")
                    .build())
            .item();
    Sent.exactly(
        t,
        "GetItem",
        "{\"TableName\":\"users\",\"Key\":"
            + IVAN_JSON
            + ",\"ProjectionExpression\":\"#n0, bar.baz[1], abc, foo\","
            + "\"ExpressionAttributeNames\":{\"#n0\":\"test/kek\"}}");
    assertEquals("123", item.getString("test/kek"));
    assertEquals(
        AttributeValue.m(Map.of("baz", AttributeValue.l(AttributeValue.n(2)))), item.get("bar"));
    assertNull(item.getString("abc"));
    assertEquals("lol", item.getString("foo"));
  }

  @Test
  void setsPlainAliasedAndRawAttributes() {
    UpdateItemRequest request =
        UpdateItemRequest.builder()
            .table("users")
            .key(IVAN)
            .set("Foobar", 123)
            .set("user/email", "test@test.com")
            .set("#counter", Expr.raw("#counter + :one"))
            .names(Map.of("#counter", "test/counter"))
            .values(Map.of(":one", 1))
            .build();
    db.updateItem(request);
    Sent.exactly(
        t,
        "UpdateItem",
        "{\"TableName\":\"users\",\"Key\":"
            + IVAN_JSON
            + ",\"UpdateExpression\":\"SET Foobar = :v0, #n0 = :v1, #counter = #counter + :one\","
            + "\"ExpressionAttributeNames\":{\"#counter\":\"test/counter\",\"#n0\":\"user/email\"},"
            + "\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"},\":v0\":{\"N\":\"123\"},"
            + "\":v1\":{\"S\":\"test@test.com\"}}}");
  }

  @Test
  void addsToANumberAndASet() {
    t.respond(
        "{\"Attributes\":{\"amount\":{\"N\":\"4\"},\"user/id\":{\"N\":\"1\"},"
            + "\"test/colors\":{\"SS\":[\"b\",\"r\",\"g\"]},\"user/name\":{\"S\":\"Ivan\"}}}");
    Item after =
        db.updateItem(
                UpdateItemRequest.builder()
                    .table("users")
                    .key(IVAN)
                    .add("amount", 1)
                    .add("test/colors", Set.of("b"))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build())
            .attributes();
    Sent.exactly(
        t,
        "UpdateItem",
        "{\"TableName\":\"users\",\"Key\":"
            + IVAN_JSON
            + ",\"ReturnValues\":\"ALL_NEW\",\"UpdateExpression\":\"ADD amount :v0, #n0 :v1\","
            + "\"ExpressionAttributeNames\":{\"#n0\":\"test/colors\"},"
            + "\"ExpressionAttributeValues\":{\":v0\":{\"N\":\"1\"},\":v1\":{\"SS\":[\"b\"]}}}");
    assertEquals(4, after.getInt("amount"));
    assertEquals(Set.of("r", "g", "b"), after.getStringSet("test/colors"));
  }

  @Test
  void removesAttributesAliasesAndListElements() {
    db.updateItem(
        UpdateItemRequest.builder()
            .table("users")
            .key(IVAN)
            .names(Map.of("#kek", "test/kek"))
            .remove("#kek", "abc", "test/lol")
            .build());
    Sent.exactly(
        t,
        "UpdateItem",
        "{\"TableName\":\"users\",\"Key\":"
            + IVAN_JSON
            + ",\"UpdateExpression\":\"REMOVE #kek, abc, #n0\","
            + "\"ExpressionAttributeNames\":{\"#kek\":\"test/kek\",\"#n0\":\"test/lol\"}}");

    db.updateItem(UpdateItemRequest.builder().table("users").key(IVAN).remove("tags[1]").build());
    Sent.exactly(
        t,
        "UpdateItem",
        "{\"TableName\":\"users\",\"Key\":"
            + IVAN_JSON
            + ",\"UpdateExpression\":\"REMOVE tags[1]\"}");

    db.updateItem(
        UpdateItemRequest.builder()
            .table("users")
            .key(IVAN)
            .names(Map.of("#tags", "user/tags"))
            .remove("#tags[1]")
            .build());
    Sent.exactly(
        t,
        "UpdateItem",
        "{\"TableName\":\"users\",\"Key\":"
            + IVAN_JSON
            + ",\"UpdateExpression\":\"REMOVE #tags[1]\","
            + "\"ExpressionAttributeNames\":{\"#tags\":\"user/tags\"}}");
  }

  @Test
  void deletesMembersFromASet() {
    UpdateItemRequest request =
        UpdateItemRequest.builder()
            .table("users")
            .key(IVAN)
            .delete("user/colors", Set.of("r", "b"))
            .build();
    db.updateItem(request);
    assertEquals("DELETE #n0 :v0", request.updateExpression());
    assertEquals(Map.of("#n0", "user/colors"), request.expressionAttributeNames());
    assertEquals(Map.of(":v0", AttributeValue.ss("r", "b")), request.expressionAttributeValues());
    ModelChecker.dynamoDb().assertValidInput("UpdateItem", t.lastBody());
  }

  @Test
  void deletesAnItem() {
    db.deleteItem("users", IVAN);
    Sent.exactly(t, "DeleteItem", "{\"TableName\":\"users\",\"Key\":" + IVAN_JSON + "}");
  }

  @Test
  void queriesOnePageAndPassesItsLastKeyOn() {
    t.respond(
        "{\"Items\":[{\"user/id\":{\"N\":\"1\"},\"test/foo\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}}],"
            + "\"Count\":1,\"ScannedCount\":1,\"LastEvaluatedKey\":"
            + IVAN_JSON
            + "}");
    QueryRequest request =
        QueryRequest.builder()
            .table("users")
            .keyCondition("#id = :one")
            .names(Map.of("#id", "user/id"))
            .values(Map.of(":one", 1))
            .limit(1)
            .build();
    QueryResponse page = db.query(request);
    Sent.exactly(
        t,
        "Query",
        "{\"TableName\":\"users\",\"Limit\":1,\"KeyConditionExpression\":\"#id = :one\","
            + "\"ExpressionAttributeNames\":{\"#id\":\"user/id\"},"
            + "\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}}}");
    assertEquals(1, page.count());
    assertEquals(1, page.scannedCount());
    assertEquals(IVAN, page.lastEvaluatedKey());
    assertEquals(1, page.items().get(0).getLong("test/foo"));

    Key next = page.lastEvaluatedKey();
    db.query(request.toBuilder().startKey(next).build());
    Sent.exactly(
        t,
        "Query",
        "{\"TableName\":\"users\",\"Limit\":1,\"ExclusiveStartKey\":"
            + IVAN_JSON
            + ",\"KeyConditionExpression\":\"#id = :one\","
            + "\"ExpressionAttributeNames\":{\"#id\":\"user/id\"},"
            + "\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}}}");
  }

  @Test
  void scansWithAFilterAndAProjection() {
    t.respond(
        "{\"Items\":[{\"test/foo\":{\"N\":\"2\"},\"user/name\":{\"S\":\"Ivan\"}}],"
            + "\"Count\":1,\"ScannedCount\":2,\"LastEvaluatedKey\":"
            + IVAN_JSON
            + "}");
    ScanResponse page =
        db.scan(
            ScanRequest.builder()
                .table("users")
                .filter("#foo = :two")
                .project("test/foo", "#name")
                .names(Map.of("#foo", "test/foo", "#name", "user/name"))
                .values(Map.of(":two", 2))
                .limit(2)
                .build());
    Sent.equivalent(
        t,
        "Scan",
        "{\"TableName\":\"users\",\"FilterExpression\":\"#foo = :two\","
            + "\"ProjectionExpression\":\"#foo, #name\","
            + "\"ExpressionAttributeNames\":{\"#foo\":\"test/foo\",\"#name\":\"user/name\"},"
            + "\"ExpressionAttributeValues\":{\":two\":{\"N\":\"2\"}},\"Limit\":2}");
    assertEquals(1, page.count());
    assertEquals(2, page.scannedCount());
    assertEquals(IVAN, page.lastEvaluatedKey());
    assertTrue(page.hasMorePages());
  }
}
