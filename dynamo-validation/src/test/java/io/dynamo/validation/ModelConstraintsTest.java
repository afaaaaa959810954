package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.TransactGetItem;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactUpdate;
import io.dynamo.api.model.TransactWriteItem;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The constraints derived from DynamoDB's model, one family at a time: each with a valid request,
 * which is sent, and an invalid one, refused with the violations' paths while the stub server
 * receives nothing.
 */
class ModelConstraintsTest {
  private final Stubbed stub = new Stubbed();

  @AfterEach
  void close() {
    stub.close();
  }

  @Test
  void requiredMembersMustBeGiven() {
    stub.refused(PutItemRequest.builder().build(), "Item", "TableName");
    stub.refused(
        TransactWriteItemsRequest.builder()
            .put("orders", Item.of("id", "o1"))
            .action(TransactWriteItem.of(TransactUpdate.builder().table("stock").build()))
            .build(),
        "TransactItems[1].Update.Key",
        "TransactItems[1].Update.UpdateExpression");
    stub.accepted(PutItemRequest.of("orders", Item.of("id", "o1")));
  }

  @Test
  void lengthsAreTheModels() {
    RequestValidationException e =
        stub.refused(
            ListTablesRequest.builder().exclusiveStartTableName("ab").build(),
            "ExclusiveStartTableName");
    assertEquals("must be 3 to 255 characters long", e.violations().get(0).rule());
    assertEquals("'ab'", e.violations().get(0).value());
    stub.refused(
        TransactWriteItemsRequest.builder()
            .put("orders", Item.of("id", "o1"))
            .clientRequestToken("x".repeat(37))
            .build(),
        "ClientRequestToken");
    stub.accepted(ListTablesRequest.builder().exclusiveStartTableName("abc").build());
  }

  @Test
  void patternsAreTheModels() {
    RequestValidationException e =
        stub.refused(
            QueryRequest.builder()
                .table("orders")
                .indexName("by status")
                .keyConditionExpression("id = :id")
                .value(":id", "o1")
                .build(),
            "IndexName");
    assertEquals("Pattern", e.violations().get(0).constraint());
    stub.refused(GetItemRequest.of("orders table", Key.of("id", "o1")), "TableName");
    stub.accepted(
        QueryRequest.builder()
            .table("orders")
            .indexName("by_status")
            .keyConditionExpression("id = :id")
            .value(":id", "o1")
            .build());
  }

  @Test
  void rangesAreTheModels() {
    stub.refused(ListTablesRequest.builder().limit(0).build(), "Limit");
    RequestValidationException e =
        stub.refused(ListTablesRequest.builder().limit(101).build(), "Limit");
    assertEquals("must be at most 100", e.violations().get(0).rule());
    stub.accepted(ListTablesRequest.builder().limit(100).build());
  }

  @Test
  void enumValuesAreTheModels() {
    RequestValidationException e =
        stub.refused(
            PutItemRequest.builder()
                .table("orders")
                .item(Item.of("id", "o1"))
                .returnValues(ReturnValue.of("SOMETIMES"))
                .returnConsumedCapacity(ReturnConsumedCapacity.of("ALL"))
                .build(),
            "ReturnConsumedCapacity",
            "ReturnValues");
    assertEquals("ModelEnum", e.violations().get(1).constraint());
    stub.accepted(
        PutItemRequest.builder()
            .table("orders")
            .item(Item.of("id", "o1"))
            .returnValues(ReturnValue.ALL_OLD)
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .build());
  }

  @Test
  void batchWriteItemHasAtMost25Writes() {
    // 26 in one table: the model's list size, and DynamoDB's total over all tables
    stub.refused(
        BatchWriteItemRequest.builder().put("orders", items(26)).build(),
        "RequestItems",
        "RequestItems[orders]");
    // 13 + 13: each table's list is fine, the total is not
    RequestValidationException e =
        stub.refused(
            BatchWriteItemRequest.builder()
                .put("orders", items(13))
                .put("archive", items(13))
                .build(),
            "RequestItems");
    assertEquals("BATCH_WRITE_TOTAL", e.violations().get(0).constraint());
    stub.accepted(
        BatchWriteItemRequest.builder().put("orders", items(12)).put("archive", items(13)).build());
  }

  @Test
  void batchGetItemReadsAtMost100Keys() {
    stub.refused(
        BatchGetItemRequest.builder().get("orders", keys(101)).build(),
        "RequestItems",
        "RequestItems[orders].Keys");
    stub.refused(
        BatchGetItemRequest.builder().get("orders", keys(50)).get("archive", keys(51)).build(),
        "RequestItems");
    stub.accepted(
        BatchGetItemRequest.builder().get("orders", keys(50)).get("archive", keys(50)).build());
  }

  @Test
  void transactionsHaveAtMost100Actions() {
    List<TransactWriteItem> writes = new ArrayList<>();
    List<TransactGetItem> gets = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      writes.add(
          TransactWriteItem.of(
              io.dynamo.api.model.TransactDelete.builder()
                  .table("orders")
                  .key(Key.of("id", "o" + i))
                  .build()));
      gets.add(TransactGetItem.of("orders", Key.of("id", "o" + i)));
    }
    stub.refused(
        TransactWriteItemsRequest.builder().transactItems(writes).build(), "TransactItems");
    stub.refused(TransactGetItemsRequest.builder().transactItems(gets).build(), "TransactItems");
    stub.accepted(
        TransactWriteItemsRequest.builder().transactItems(writes.subList(0, 100)).build());
    stub.accepted(TransactGetItemsRequest.builder().transactItems(gets.subList(0, 100)).build());
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    RequestValidationException e =
        stub.refused(
            QueryRequest.builder()
                .table("ab")
                .indexName("x")
                .limit(0)
                .keyConditionExpression("id = :id")
                .build(),
            "IndexName",
            "KeyConditionExpression",
            "Limit",
            "TableName");
    assertEquals("IndexName", e.field());
  }

  static Item[] items(int n) {
    Item[] items = new Item[n];
    for (int i = 0; i < n; i++) {
      items[i] = Item.of("id", "o" + i, "n", i);
    }
    return items;
  }

  static Key[] keys(int n) {
    Key[] keys = new Key[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Key.of("id", "o" + i);
    }
    return keys;
  }
}
