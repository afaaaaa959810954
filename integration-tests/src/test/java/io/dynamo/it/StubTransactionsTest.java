package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.CancellationReason;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.TransactionCanceledException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.api.model.ReturnValuesOnConditionCheckFailure;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactGetItemsResponse;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.TransactWriteItemsResponse;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.ModelChecker;
import io.dynamo.testkit.RecordedRequest;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions over real HTTP (the JDK transport) against a stub server answering as DynamoDB does,
 * since dynalite has no transactions: every recorded request is valid input in DynamoDB's API
 * model.
 */
class StubTransactionsTest {
  private static final Pattern TOKEN = Pattern.compile("\"ClientRequestToken\":\"([^\"]+)\"");

  private final StubServer stub = StubServer.start();
  private final DynamoClient db = client(RetryPolicy.none());

  @AfterEach
  void stop() {
    db.close();
    stub.close();
  }

  private DynamoClient client(RetryPolicy retries) {
    return DynamoClient.builder()
        .endpoint(stub.endpoint())
        .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
        .retryPolicy(retries)
        .build();
  }

  /** Moves stock from a cart to an order, if the user is active and the stock is there. */
  private static TransactWriteItemsRequest checkout() {
    return TransactWriteItemsRequest.builder()
        .put(
            "orders",
            Item.of("id", "o1", "sku", "A", "total", 12),
            Condition.attributeNotExists("id"))
        .update(
            "stock",
            Key.of("sku", "A"),
            u ->
                u.add("reserved", 1)
                    .condition(Condition.ge("available", 1))
                    .returnValuesOnConditionCheckFailure(
                        ReturnValuesOnConditionCheckFailure.ALL_OLD))
        .delete("carts", Key.of("user", "u1"))
        .conditionCheck("users", Key.of("id", "u1"), Condition.eq("status", "active"))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .build();
  }

  private static void assertValid(RecordedRequest request) {
    ModelChecker.dynamoDb().assertValidRequest(request);
  }

  @Test
  void aTransactionThatSucceeds() {
    stub.enqueue(
        StubResponse.dynamo(
            "{\"ConsumedCapacity\":[{\"TableName\":\"orders\",\"CapacityUnits\":2.0},"
                + "{\"TableName\":\"stock\",\"CapacityUnits\":2.0},"
                + "{\"TableName\":\"carts\",\"CapacityUnits\":2.0},"
                + "{\"TableName\":\"users\",\"CapacityUnits\":1.0}]}"));

    TransactWriteItemsResponse response = db.transactWriteItems(checkout());

    String transport = System.getProperty("io.dynamo.transport", "jdk");
    assertTrue(db.toString().contains("transport=" + transport), db.toString());
    assertEquals(4, response.consumedCapacity().size());
    assertEquals("users", response.consumedCapacity().get(3).tableName());
    RecordedRequest sent = stub.lastRequest();
    assertEquals("DynamoDB_20120810.TransactWriteItems", sent.header("X-Amz-Target").orElseThrow());
    assertValid(sent);
    String body = sent.bodyAsString();
    assertTrue(
        body.startsWith("{\"TransactItems\":[{\"Put\":{\"Item\":{\"id\":{\"S\":\"o1\"},"), body);
    assertTrue(token(body).matches("[0-9a-f-]{36}"), body);
  }

  @Test
  void aCancelledTransactionIsTypedWithOneReasonPerAction() {
    stub.enqueue(
        StubResponse.dynamo(
            400,
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for"
                + " specific reasons [None, ConditionalCheckFailed]\",\"CancellationReasons\":["
                + "{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\",\"Item\":{\"sku\":"
                + "{\"S\":\"A\"},\"available\":{\"N\":\"0\"},\"reserved\":{\"N\":\"3\"}},"
                + "\"Message\":\"The conditional request failed\"}]}"));
    TransactWriteItemsRequest request =
        TransactWriteItemsRequest.builder()
            .put("orders", Item.of("id", "o1", "sku", "A"), Condition.attributeNotExists("id"))
            .update(
                "stock",
                Key.of("sku", "A"),
                u ->
                    u.add("reserved", 1)
                        .condition(Condition.ge("available", 1))
                        .returnValuesOnConditionCheckFailure(
                            ReturnValuesOnConditionCheckFailure.ALL_OLD))
            .clientRequestToken("checkout-o1")
            .build();

    TransactionCanceledException e =
        assertThrows(TransactionCanceledException.class, () -> db.transactWriteItems(request));

    assertEquals(400, e.statusCode());
    assertEquals(Operation.TRANSACT_WRITE_ITEMS, e.operation());
    List<CancellationReason> reasons = e.reasons();
    assertEquals(request.transactItems().size(), reasons.size());
    assertEquals("None", reasons.get(0).code());
    assertNull(reasons.get(0).item());
    CancellationReason stock = reasons.get(1); // the update of stock item A
    assertTrue(stock.failed());
    assertEquals("ConditionalCheckFailed", stock.code());
    assertEquals("The conditional request failed", stock.message());
    assertEquals(0, stock.item().getInt("available"));
    assertEquals(3, stock.item().getInt("reserved"));
    assertEquals(1, stub.requestCount(), "a cancelled transaction is not retried");
    assertValid(stub.lastRequest());
    assertEquals("checkout-o1", token(stub.lastRequest().bodyAsString()));
  }

  @Test
  void retriesOfOneCallSendTheSameToken() {
    stub.enqueue(
        StubResponse.dynamoError(500, "InternalServerError", "Internal server error"),
        StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"),
        StubResponse.dynamo("{}"));
    try (DynamoClient retrying =
        client(
            RetryPolicy.builder()
                .maxAttempts(3)
                .baseDelay(Duration.ofMillis(1))
                .random(() -> 0)
                .build())) {
      retrying.transactWriteItems(checkout());
    }
    assertEquals(3, stub.requestCount());
    String first = token(stub.request(0).bodyAsString());
    assertEquals(first, token(stub.request(1).bodyAsString()));
    assertEquals(first, token(stub.request(2).bodyAsString()));
    stub.requests().forEach(StubTransactionsTest::assertValid);
  }

  @Test
  void getsComeBackInRequestOrderWithNullForMissingItems() {
    stub.enqueue(
        StubResponse.dynamo(
            "{\"Responses\":[{\"Item\":{\"id\":{\"S\":\"o1\"},\"total\":{\"N\":\"12\"}}},{},"
                + "{\"Item\":{\"status\":{\"S\":\"active\"}}}]}"));

    TransactGetItemsResponse response =
        db.transactGetItems(
            TransactGetItemsRequest.builder()
                .get("orders", Key.of("id", "o1"))
                .get("carts", Key.of("user", "u1"))
                .get("users", Key.of("id", "u1"), "status")
                .build());

    assertEquals(12, response.item(0).getInt("total"));
    assertNull(response.item(1));
    assertEquals("active", response.item(2).getString("status"));
    assertValid(stub.lastRequest());
    assertEquals(
        "{\"TransactItems\":[{\"Get\":{\"Key\":{\"id\":{\"S\":\"o1\"}},\"TableName\":\"orders\"}},"
            + "{\"Get\":{\"Key\":{\"user\":{\"S\":\"u1\"}},\"TableName\":\"carts\"}},"
            + "{\"Get\":{\"Key\":{\"id\":{\"S\":\"u1\"}},\"TableName\":\"users\","
            + "\"ProjectionExpression\":\"#n0\",\"ExpressionAttributeNames\":{\"#n0\":\"status\"}}}]}",
        stub.lastRequest().bodyAsString());
  }

  private static String token(String body) {
    Matcher m = TOKEN.matcher(body);
    assertTrue(m.find(), body);
    return m.group(1);
  }
}
