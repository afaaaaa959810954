package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.testkit.StubResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With a table's key schema known, given or learnt once from DescribeTable, a key has exactly the
 * key attributes with their types, and an item put has them.
 */
class KeySchemaTest {
  private static final KeySchema EVENTS = KeySchema.of("pk", ScalarType.S, "sk", ScalarType.N);

  @Test
  void keysHaveExactlyTheKeyAttributesWithTheirTypes() {
    try (Stubbed stub =
        new Stubbed(DynamoValidation.builder().keySchema("events", EVENTS).build())) {
      RequestValidationException e =
          stub.refused(
              GetItemRequest.of("events", Key.of("pk", "a", "sk", "1", "extra", 1)), "Key", "Key");
      assertEquals(
          List.of(
              "has attribute 'extra', which is not part of the table's key (pk, sk)",
              "has attribute 'sk' of type S, but the table's sort key is N"),
          e.violations().stream().map(Violation::rule).toList());
      stub.refused(GetItemRequest.of("events", Key.of("pk", "a")), "Key");
      stub.refused(
          TransactWriteItemsRequest.builder()
              .delete("other", Key.of("anything", 1))
              .delete("events", Key.of("pk", "a"))
              .update("events", Key.of("pk", 1, "sk", 1), u -> u.add("n", 1))
              .build(),
          "TransactItems[1].Delete.Key",
          "TransactItems[2].Update.Key");
      stub.accepted(GetItemRequest.of("events", Key.of("pk", "a", "sk", 1)));
      stub.accepted(GetItemRequest.of("other", Key.of("anything", 1, "at", "all")));
    }
  }

  @Test
  void eachValidationKeepsItsOwnSchemas() {
    DynamoValidation strings =
        DynamoValidation.builder().keySchema("things", KeySchema.of("id", ScalarType.S)).build();
    DynamoValidation numbers =
        DynamoValidation.builder().keySchema("things", KeySchema.of("id", ScalarType.N)).build();
    GetItemRequest byString = GetItemRequest.of("things", Key.of("id", "x"));
    for (int i = 0; i < 3; i++) {
      assertEquals(List.of(), strings.check(byString));
      assertEquals(1, numbers.check(byString).size());
    }
  }

  @Test
  void itemsPutHaveTheKeyAttributes() {
    try (Stubbed stub =
        new Stubbed(DynamoValidation.builder().keySchema("events", EVENTS).build())) {
      stub.refused(PutItemRequest.of("events", Item.of("pk", "a", "n", 1)), "Item");
      stub.refused(
          BatchWriteItemRequest.builder()
              .put("events", Item.of("pk", "a", "sk", 1), Item.of("sk", 2))
              .delete("events", Key.of("pk", "a", "sk", "1"))
              .build(),
          "RequestItems[events][1].PutRequest.Item",
          "RequestItems[events][2].DeleteRequest.Key");
      stub.accepted(PutItemRequest.of("events", Item.of("pk", "a", "sk", 1, "n", 1)));
    }
  }

  @Test
  void oneItemIsWrittenOnceInABatchOrTransaction() {
    try (Stubbed stub =
        new Stubbed(DynamoValidation.builder().keySchema("events", EVENTS).build())) {
      stub.refused(
          BatchWriteItemRequest.builder()
              .put("events", Item.of("pk", "a", "sk", 1, "v", 1))
              .delete("events", Key.of("pk", "a", "sk", 1))
              .build(),
          "RequestItems[events][1]");
      stub.refused(
          TransactWriteItemsRequest.builder()
              .put("events", Item.of("pk", "a", "sk", 1, "v", 1))
              .delete("events", Key.of("pk", "a", "sk", 1))
              .build(),
          "TransactItems[1]");
    }
  }

  @Test
  void aSchemaIsLearntOnceFromDescribeTableWhenAskedFor() throws Exception {
    try (Stubbed stub = new Stubbed(DynamoValidation.builder().learnKeySchemas(true).build())) {
      stub.server.enqueue(
          StubResponse.dynamo(
              "{\"Table\":{\"TableName\":\"events\",\"TableStatus\":\"ACTIVE\","
                  + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
                  + "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
                  + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                  + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}]}}"));
      assertNull(stub.validation.keySchema("events"), "nothing learnt before it is needed");
      RequestValidationException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              RequestValidationException.class,
              () -> stub.db.deleteItem(DeleteItemRequest.of("events", Key.of("pk", "a"))));
      assertEquals("Key", e.field());
      assertEquals(1, stub.server.requestCount(), "one DescribeTable, and nothing else");
      assertEquals("DescribeTable", stub.server.request(0).operation().orElseThrow());
      // learnt once: the next calls describe nothing
      org.junit.jupiter.api.Assertions.assertThrows(
          RequestValidationException.class,
          () -> stub.db.getItem(GetItemRequest.of("events", Key.of("sk", 1))));
      stub.db.getItem(GetItemRequest.of("events", Key.of("pk", "a", "sk", 1)));
      assertEquals(2, stub.server.requestCount());
      assertEquals("GetItem", stub.server.request(1).operation().orElseThrow());
    }
  }

  @Test
  void aTableThatCannotBeDescribedIsLeftUnchecked() {
    try (Stubbed stub = new Stubbed(DynamoValidation.builder().learnKeySchemas(true).build())) {
      stub.server.enqueue(
          StubResponse.dynamoError(
              400,
              "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
              "Requested resource not found"));
      stub.db.getItem(GetItemRequest.of("missing", Key.of("whatever", 1)));
      assertEquals(
          List.of("DescribeTable", "GetItem"),
          stub.server.requests().stream().map(r -> r.operation().orElseThrow()).toList());
    }
  }
}
