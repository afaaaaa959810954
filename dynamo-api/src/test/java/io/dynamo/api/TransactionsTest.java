package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.CancellationReason;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.TransactionCanceledException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.api.model.ReturnItemCollectionMetrics;
import io.dynamo.api.model.ReturnValuesOnConditionCheckFailure;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactGetItemsResponse;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.TransactWriteItemsResponse;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.ModelChecker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * TransactWriteItems and TransactGetItems through the real pipeline: the JSON sent (checked against
 * DynamoDB's API model), answers and cancellations read from DynamoDB-shaped bodies (written from
 * the model; its examples have none for these operations), and the idempotency token.
 */
class TransactionsTest {
  private static final Pattern TOKEN = Pattern.compile("\"ClientRequestToken\":\"([^\"]*)\"");
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();

  private static TransactWriteItemsRequest.Builder order() {
    return TransactWriteItemsRequest.builder()
        .put("orders", Item.of("id", "o1", "total", 12), Condition.attributeNotExists("id"))
        .update(
            "stock",
            Key.of("sku", "A"),
            u -> u.add("reserved", 1).condition(Condition.ge("available", 1)))
        .delete("carts", Key.of("user", "u1"))
        .conditionCheck("users", Key.of("id", "u1"), Condition.eq("status", "active"));
  }

  @Test
  void writesEachActionWithItsOwnNamesAndValues() {
    TransactWriteItemsResponse response =
        db.transactWriteItems(
            order()
                .clientRequestToken("order-o1")
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                .build());
    Sent.exactly(
        t,
        "TransactWriteItems",
        "{\"TransactItems\":["
            + "{\"Put\":{\"Item\":{\"id\":{\"S\":\"o1\"},\"total\":{\"N\":\"12\"}},"
            + "\"TableName\":\"orders\",\"ConditionExpression\":\"attribute_not_exists(id)\"}},"
            + "{\"Update\":{\"Key\":{\"sku\":{\"S\":\"A\"}},"
            + "\"UpdateExpression\":\"ADD reserved :v0\",\"TableName\":\"stock\","
            + "\"ConditionExpression\":\"available >= :v1\","
            + "\"ExpressionAttributeValues\":{\":v0\":{\"N\":\"1\"},\":v1\":{\"N\":\"1\"}}}},"
            + "{\"Delete\":{\"Key\":{\"user\":{\"S\":\"u1\"}},\"TableName\":\"carts\"}},"
            + "{\"ConditionCheck\":{\"Key\":{\"id\":{\"S\":\"u1\"}},\"TableName\":\"users\","
            + "\"ConditionExpression\":\"#n0 = :v0\",\"ExpressionAttributeNames\":{\"#n0\":\"status\"},"
            + "\"ExpressionAttributeValues\":{\":v0\":{\"S\":\"active\"}}}}],"
            + "\"ReturnConsumedCapacity\":\"TOTAL\",\"ReturnItemCollectionMetrics\":\"SIZE\","
            + "\"ClientRequestToken\":\"order-o1\"}");
    assertEquals(List.of(), response.consumedCapacity());
    assertEquals(Map.of(), response.itemCollectionMetrics());
  }

  @Test
  void takesRawConditionsWithTheCallersNamesAndValuesPerAction() {
    db.transactWriteItems(
        TransactWriteItemsRequest.builder()
            .put(
                "orders",
                Item.of("id", "o2", "status", "new"),
                p ->
                    p.condition("attribute_not_exists(#id) OR #s = :s")
                        .name("#id", "id")
                        .name("#s", "status")
                        .value(":s", "draft")
                        .returnValuesOnConditionCheckFailure(
                            ReturnValuesOnConditionCheckFailure.ALL_OLD))
            .update(
                "stock",
                Key.of("sku", "A"),
                u ->
                    u.updateExpression("SET #q = #q - :one")
                        .condition("#q >= :one")
                        .name("#q", "stock/quantity")
                        .value(":one", 1))
            .delete(
                "carts",
                Key.of("user", "u1"),
                d -> d.condition("attribute_exists(#s)").name("#s", "status"))
            .conditionCheck(
                "users",
                Key.of("id", "u1"),
                c -> c.condition("#s = :s").name("#s", "status").value(":s", "active"))
            .clientRequestToken("t")
            .build());
    Sent.exactly(
        t,
        "TransactWriteItems",
        "{\"TransactItems\":["
            + "{\"Put\":{\"Item\":{\"id\":{\"S\":\"o2\"},\"status\":{\"S\":\"new\"}},"
            + "\"TableName\":\"orders\","
            + "\"ConditionExpression\":\"attribute_not_exists(#id) OR #s = :s\","
            + "\"ExpressionAttributeNames\":{\"#id\":\"id\",\"#s\":\"status\"},"
            + "\"ExpressionAttributeValues\":{\":s\":{\"S\":\"draft\"}},"
            + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}},"
            + "{\"Update\":{\"Key\":{\"sku\":{\"S\":\"A\"}},"
            + "\"UpdateExpression\":\"SET #q = #q - :one\",\"TableName\":\"stock\","
            + "\"ConditionExpression\":\"#q >= :one\","
            + "\"ExpressionAttributeNames\":{\"#q\":\"stock/quantity\"},"
            + "\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}}}},"
            + "{\"Delete\":{\"Key\":{\"user\":{\"S\":\"u1\"}},\"TableName\":\"carts\","
            + "\"ConditionExpression\":\"attribute_exists(#s)\","
            + "\"ExpressionAttributeNames\":{\"#s\":\"status\"}}},"
            + "{\"ConditionCheck\":{\"Key\":{\"id\":{\"S\":\"u1\"}},\"TableName\":\"users\","
            + "\"ConditionExpression\":\"#s = :s\",\"ExpressionAttributeNames\":{\"#s\":\"status\"},"
            + "\"ExpressionAttributeValues\":{\":s\":{\"S\":\"active\"}}}}],"
            + "\"ClientRequestToken\":\"t\"}");
  }

  @Test
  void readsConsumedCapacityAndItemCollectionMetrics() {
    String body =
        "{\"ConsumedCapacity\":[{\"TableName\":\"orders\",\"CapacityUnits\":4.0,"
            + "\"WriteCapacityUnits\":4.0},{\"TableName\":\"stock\",\"CapacityUnits\":2.0}],"
            + "\"ItemCollectionMetrics\":{\"orders\":[{\"ItemCollectionKey\":{\"id\":{\"S\":\"o1\"}},"
            + "\"SizeEstimateRangeGB\":[0.0,1.0]}]}}";
    ModelChecker.dynamoDb().assertValidOutput("TransactWriteItems", body);
    t.respond(body);
    TransactWriteItemsResponse r = db.transactWriteItems(order().build());
    assertEquals(2, r.consumedCapacity().size());
    assertEquals("orders", r.consumedCapacity().get(0).tableName());
    assertEquals(4.0, r.consumedCapacity().get(0).writeCapacityUnits());
    assertEquals(2.0, r.consumedCapacity().get(1).capacityUnits());
    var metrics = r.itemCollectionMetrics().get("orders").get(0);
    assertEquals(Key.of("id", "o1"), metrics.itemCollectionKey());
    assertEquals(List.of(0.0, 1.0), metrics.sizeEstimateRangeGb());
  }

  @Test
  void cancellationReasonsLineUpWithTheActions() {
    String body =
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
            + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific"
            + " reasons [None, ConditionalCheckFailed, None, None]\",\"CancellationReasons\":["
            + "{\"Code\":\"None\"},"
            + "{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\","
            + "\"Item\":{\"sku\":{\"S\":\"A\"},\"available\":{\"N\":\"0\"}}},"
            + "{\"Code\":\"None\"},{\"Code\":\"None\"}]}";
    t.respond(400, body, true);
    TransactWriteItemsRequest request = order().build();
    TransactionCanceledException e =
        assertThrows(TransactionCanceledException.class, () -> db.transactWriteItems(request));

    assertEquals("TransactionCanceledException", e.errorType());
    assertEquals(Operation.TRANSACT_WRITE_ITEMS, e.operation());
    assertEquals(request.transactItems().size(), e.reasons().size());
    List<String> failed = e.reasons().stream().map(r -> r.failed() ? r.code() : "-").toList();
    assertEquals(List.of("-", "ConditionalCheckFailed", "-", "-"), failed);
    // reason 1 is about action 1, the update of stock item A
    assertEquals("stock", request.transactItems().get(1).update().tableName());
    assertEquals(0, e.reasons().get(1).item().getInt("available"));
    assertEquals("The conditional request failed", e.reasons().get(1).message());
    assertNull(e.reasons().get(0).item());
    assertEquals(1, t.requests().size(), "a cancelled transaction is not retried");
  }

  @Test
  void withoutATokenEachCallSendsAFreshUuidTheSameOnEveryRetry() {
    DynamoClient retrying =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:8000")
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .transport(t)
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(3)
                    .baseDelay(Duration.ofMillis(1))
                    .random(() -> 0)
                    .build())
            .build();
    t.respond(500, "{\"__type\":\"InternalServerError\",\"message\":\"boom\"}", true)
        .respond(
            400,
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\","
                + "\"message\":\"slow down\"}",
            true)
        .respond("{}");
    TransactWriteItemsRequest request = order().build();
    assertNull(request.clientRequestToken());

    retrying.transactWriteItems(request);
    assertEquals(3, t.requests().size(), "two retries");
    String first = token(t.body(0));
    assertTrue(UUID.matcher(first).matches(), first);
    assertEquals(first, token(t.body(1)));
    assertEquals(first, token(t.body(2)));
    assertEquals(t.body(0), t.body(2), "the same bytes on every attempt");
    ModelChecker.dynamoDb().assertValidInput("TransactWriteItems", t.body(0));

    retrying.async().transactWriteItems(request).join();
    String second = token(t.body(3));
    assertTrue(UUID.matcher(second).matches(), second);
    assertNotEquals(first, second, "a new call is a new transaction");
  }

  @Test
  void getsReturnItemsInRequestOrderWithNullWhereThereIsNone() {
    String body =
        "{\"Responses\":[{\"Item\":{\"id\":{\"S\":\"o1\"},\"total\":{\"N\":\"12\"}}},{},"
            + "{\"Item\":{\"name\":{\"S\":\"Ivan\"}}}],"
            + "\"ConsumedCapacity\":[{\"TableName\":\"orders\",\"CapacityUnits\":4.0,"
            + "\"ReadCapacityUnits\":4.0}]}";
    ModelChecker.dynamoDb().assertValidOutput("TransactGetItems", body);
    t.respond(body);
    TransactGetItemsResponse r =
        db.transactGetItems(
            TransactGetItemsRequest.builder()
                .get("orders", Key.of("id", "o1"))
                .get("orders", Key.of("id", "o404"))
                .get("users", Key.of("user/id", 1), "name", "address.city")
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build());
    Sent.exactly(
        t,
        "TransactGetItems",
        "{\"TransactItems\":["
            + "{\"Get\":{\"Key\":{\"id\":{\"S\":\"o1\"}},\"TableName\":\"orders\"}},"
            + "{\"Get\":{\"Key\":{\"id\":{\"S\":\"o404\"}},\"TableName\":\"orders\"}},"
            + "{\"Get\":{\"Key\":{\"user/id\":{\"N\":\"1\"}},\"TableName\":\"users\","
            + "\"ProjectionExpression\":\"#n0, address.city\",\"ExpressionAttributeNames\":"
            + "{\"#n0\":\"name\"}}}],\"ReturnConsumedCapacity\":\"TOTAL\"}");
    assertEquals(3, r.responses().size());
    assertEquals(12, r.item(0).getInt("total"));
    assertNull(r.item(1));
    assertFalse(r.find(1).isPresent());
    assertEquals("Ivan", r.find(2).orElseThrow().getString("name"));
    assertEquals(4.0, r.consumedCapacity().get(0).readCapacityUnits());
  }

  @Test
  void aNullItemResponseKeepsTheOthersInPlace() {
    t.respond("{\"Responses\":[null,{\"Item\":{\"id\":{\"S\":\"b\"}}}]}");
    TransactGetItemsResponse r =
        db.transactGetItems(
            TransactGetItemsRequest.builder()
                .get("t1x", Key.of("id", "a"))
                .get("t1x", Key.of("id", "b"))
                .build());
    assertNull(r.item(0));
    assertEquals("b", r.item(1).getString("id"));
  }

  @Test
  void cancelledGetsCarryReasonsPerRead() {
    t.respond(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
            + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific"
            + " reasons [None, TransactionConflict]\",\"CancellationReasons\":[{\"Code\":\"None\"},"
            + "{\"Code\":\"TransactionConflict\",\"Message\":\"Transaction is ongoing for the item\"}]}",
        true);
    var e =
        assertThrows(
            CompletionException.class,
            () ->
                db.async()
                    .transactGetItems(
                        TransactGetItemsRequest.builder()
                            .get("orders", Key.of("id", "o1"))
                            .get("stock", Key.of("sku", "A"))
                            .build())
                    .join());
    TransactionCanceledException cancelled =
        assertInstanceOf(TransactionCanceledException.class, e.getCause());
    assertEquals(Operation.TRANSACT_GET_ITEMS, cancelled.operation());
    assertEquals(
        List.of("None", "TransactionConflict"),
        cancelled.reasons().stream().map(CancellationReason::code).toList());
  }

  private static String token(String body) {
    Matcher m = TOKEN.matcher(body);
    assertTrue(m.find(), body);
    return m.group(1);
  }
}
