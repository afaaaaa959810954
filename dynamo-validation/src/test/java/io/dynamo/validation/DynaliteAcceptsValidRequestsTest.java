package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.Table;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests that pass validation are accepted by dynalite, a DynamoDB-compatible server on
 * 127.0.0.1: a table's life with validation on, its key schema learnt from DescribeTable.
 */
@ExtendWith(DynaliteExtension.class)
class DynaliteAcceptsValidRequestsTest {
  @Test
  void validRequestsAreAcceptedAndInvalidOnesRefused(Dynalite dynalite) {
    String table = Dynalite.uniqueName("validation");
    try (DynamoClient db =
        DynamoClient.builder()
            .endpoint(dynalite.endpoint())
            .credentials(Stubbed.CREDENTIALS)
            .environment(Stubbed.ENVIRONMENT)
            .validation(DynamoValidation.builder().learnKeySchemas(true).build())
            .build()) {
      db.createTable(
          CreateTableRequest.builder()
              .table(table)
              .hashKey("pk", ScalarType.S)
              .rangeKey("sk", ScalarType.N)
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .build());
      db.waitUntilTableActive(table, Duration.ofSeconds(30));

      db.putItem(
          PutItemRequest.builder()
              .table(table)
              .item(Item.of("pk", "user#1", "sk", 1, "name", "Ivan", "tags", List.of("a", "b")))
              .condition(Condition.attributeNotExists("pk"))
              .returnValues(ReturnValue.ALL_OLD)
              .build());
      db.updateItem(
          UpdateItemRequest.builder()
              .table(table)
              .key(Key.of("pk", "user#1", "sk", 1))
              .updateExpression("SET #n = :n ADD visits :one")
              .names(Map.of("#n", "name"))
              .values(Map.of(":n", "Ivan P.", ":one", 1))
              .build());
      db.batchWriteItem(
          BatchWriteItemRequest.builder()
              .put(table, Item.of("pk", "user#1", "sk", 2), Item.of("pk", "user#1", "sk", 3))
              .build());
      Item got = db.getItem(GetItemRequest.of(table, Key.of("pk", "user#1", "sk", 1))).item();
      assertEquals("Ivan P.", got.getString("name"));
      assertEquals(
          3,
          db.query(
                  QueryRequest.builder()
                      .table(table)
                      .keyConditionExpression("pk = :pk AND sk > :zero")
                      .values(Map.of(":pk", "user#1", ":zero", 0))
                      .build())
              .items()
              .size());
      assertEquals(3, db.scan(ScanRequest.builder().table(table).build()).items().size());
      assertEquals(
          2,
          db.batchGetItem(
                  BatchGetItemRequest.builder()
                      .get(table, Key.of("pk", "user#1", "sk", 2), Key.of("pk", "user#1", "sk", 3))
                      .build())
              .responses()
              .get(table)
              .size());

      // learnt from DescribeTable: a key with the wrong type never reaches dynalite
      RequestValidationException e =
          assertThrows(
              RequestValidationException.class,
              () -> db.getItem(GetItemRequest.of(table, Key.of("pk", "user#1", "sk", "1"))));
      assertEquals("Key", e.field());
      assertTrue(e.getMessage().contains("the table's sort key is N"), e::getMessage);

      // an annotated item type through a table
      Table<ItemValidationTest.Customer> customers =
          db.table(table, ItemValidationTest.CUSTOMER_WITH_KEYS);
      customers.put(ItemValidationTest.GOOD);
      assertThrows(RequestValidationException.class, () -> customers.put(ItemValidationTest.BAD));
      assertEquals(
          List.of("c1"),
          db
              .query(
                  QueryRequest.builder()
                      .table(table)
                      .keyConditionExpression("pk = :pk")
                      .values(Map.of(":pk", "customer"))
                      .build())
              .items()
              .stream()
              .map(i -> i.getString("id"))
              .collect(Collectors.toList()));
      db.deleteTable(table);
    }
  }
}
