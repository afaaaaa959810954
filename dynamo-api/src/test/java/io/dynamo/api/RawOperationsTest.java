package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ValidationException;
import io.dynamo.codec.DynamoJson;
import io.dynamo.codec.Item;
import io.dynamo.codec.MalformedJsonException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operations the model does not know, by name, and items read out of raw JSON answers. */
class RawOperationsTest {

  @Test
  void theModelsNamesGiveItsConstantsAndOthersNewOperations() {
    assertSame(Operation.GET_ITEM, Operation.named("GetItem"));
    assertEquals(58, Operation.values().size());
    assertTrue(Operation.values().stream().allMatch(Operation::isKnown));
    Operation future = Operation.named("DescribeEverything");
    assertFalse(future.isKnown());
    assertEquals("DynamoDB_20120810.DescribeEverything", future.target());
    assertEquals(future, Operation.named("DescribeEverything"));
    assertNotSame(future, Operation.named("DescribeEverything"));
    assertTrue(Operation.fromName("DescribeEverything").isEmpty());
    for (String bad : new String[] {"", "Get Item", "1Op", "Get\r\nX-Evil: 1", "a".repeat(129)}) {
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> Operation.named(bad), bad);
      assertTrue(e.getMessage().contains("operation"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
    assertThrows(InvalidRequestException.class, () -> Operation.named(null));
  }

  @Test
  void anOperationTheModelDoesNotKnowIsSentByName() {
    FakeTransport t = FakeTransport.create();
    try (DynamoClient db = t.client()) {
      t.respond("{\"Answer\":42}");
      assertEquals(
          "{\"Answer\":42}", db.apiCall("DescribeEverything", "{\"TableName\":\"users\"}"));
      assertEquals("DescribeEverything", t.lastOperation());
      assertEquals("{\"TableName\":\"users\"}", t.lastBody());

      t.respond("{}");
      assertEquals("{}", db.async().apiCall("DescribeEverything", "{}").join());
      assertEquals(2, t.requests().size());

      assertThrows(InvalidRequestException.class, () -> db.apiCall("not a name", "{}"));
      assertTrue(
          db.async().apiCall("not a name", "{}").isCompletedExceptionally(),
          "the future fails, nothing is thrown");
      assertEquals(2, t.requests().size(), "nothing was sent for a bad name");

      // an error from an unknown operation maps like any other
      t.respond(
          400,
          "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ValidationException\","
              + "\"message\":\"no\"}",
          true);
      assertThrows(ValidationException.class, () -> db.apiCall("DescribeEverything", "{}"));
    }
  }

  @Test
  void itemsAreWrittenAndReadInRawJsonWithoutAnotherJsonLibrary() {
    FakeTransport t = FakeTransport.create();
    try (DynamoClient db = t.client()) {
      Item item = Item.of("id", "u1", "age", 42, "tags", java.util.Set.of("a"));
      String request =
          "{\"TableName\":\"users\",\"Item\":" + DynamoJson.writeItem(item.attributes()) + "}";
      db.apiCall(Operation.PUT_ITEM, request);
      assertTrue(t.lastBody().contains("\"age\":{\"N\":\"42\"}"), t.lastBody());

      t.respond(
          "{\"Items\":[{\"id\":{\"S\":\"u1\"}},{\"id\":{\"S\":\"u2\"},\"n\":{\"N\":\"1.5\"}}],"
              + "\"Count\":2,\"Item\":{\"id\":{\"S\":\"u9\"}}}");
      ApiResponse response =
          db.apiCall(
              ApiRequest.of(
                  Operation.named("QueryEverything"),
                  "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      List<Item> items = response.items("Items");
      assertEquals(2, items.size());
      assertEquals("u2", items.get(1).getString("id"));
      assertEquals(new BigDecimal("1.5"), items.get(1).getBigDecimal("n"));
      assertEquals("u9", response.item("Item").orElseThrow().getString("id"));
      assertTrue(response.item("Missing").isEmpty());
      assertEquals(List.of(), response.items("Missing"));

      MalformedJsonException e =
          assertThrows(MalformedJsonException.class, () -> response.item("Count"));
      assertFalse(e.getMessage().contains("u1"), e.getMessage());
    }
  }
}
