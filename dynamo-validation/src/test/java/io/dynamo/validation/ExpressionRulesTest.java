package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@code #name} and {@code :value} an expression uses is declared, and every declared one is
 * used: DynamoDB's rule beyond its model, for each operation with expressions.
 */
class ExpressionRulesTest {
  private final Stubbed stub = new Stubbed();

  @AfterEach
  void close() {
    stub.close();
  }

  @Test
  void namesAndValuesUsedMustBeDeclared() {
    RequestValidationException e =
        stub.refused(
            UpdateItemRequest.builder()
                .table("orders")
                .key(Key.of("id", "o1"))
                .updateExpression("SET #total = :total")
                .conditionExpression("#status = :new")
                .build(),
            "ConditionExpression",
            "ConditionExpression",
            "UpdateExpression",
            "UpdateExpression");
    assertEquals(
        List.of("NAME_DECLARED", "VALUE_DECLARED", "NAME_DECLARED", "VALUE_DECLARED"),
        e.violations().stream().map(Violation::constraint).toList());
    assertEquals(
        "uses #status, which is not declared in ExpressionAttributeNames",
        e.violations().get(0).rule());
    stub.accepted(
        UpdateItemRequest.builder()
            .table("orders")
            .key(Key.of("id", "o1"))
            .updateExpression("SET #total = :total")
            .conditionExpression("#status = :new")
            .names(Map.of("#total", "total", "#status", "status"))
            .values(Map.of(":total", 12, ":new", "new"))
            .build());
  }

  @Test
  void namesAndValuesDeclaredMustBeUsed() {
    stub.refused(
        DeleteItemRequest.builder()
            .table("orders")
            .key(Key.of("id", "o1"))
            .conditionExpression("attribute_exists(id)")
            .expressionAttributeNames(Map.of("#unused", "status"))
            .expressionAttributeValues(Map.of(":unused", AttributeValue.s("x")))
            .build(),
        "ExpressionAttributeNames[#unused]",
        "ExpressionAttributeValues[:unused]");
    RequestValidationException e =
        stub.refused(
            GetItemRequest.builder()
                .table("orders")
                .key(Key.of("id", "o1"))
                .expressionAttributeNames(Map.of("#n", "name"))
                .build(),
            "ExpressionAttributeNames[#n]");
    assertEquals(
        "is declared but the request has no expression to use it in", e.violations().get(0).rule());
    stub.accepted(
        GetItemRequest.builder()
            .table("orders")
            .key(Key.of("id", "o1"))
            .projectionExpression("#n, id")
            .expressionAttributeNames(Map.of("#n", "name"))
            .build());
  }

  @Test
  void aPrefixOfALongerNameIsNotAUse() {
    stub.refused(
        ScanRequest.builder()
            .table("orders")
            .filterExpression("#statusCode = :v")
            .expressionAttributeNames(Map.of("#status", "status", "#statusCode", "code"))
            .expressionAttributeValues(Map.of(":v", AttributeValue.n(1)))
            .build(),
        "ExpressionAttributeNames[#status]");
  }

  @Test
  void badAliasesAreNamed() {
    stub.refused(
        QueryRequest.builder()
            .table("orders")
            .keyConditionExpression("id = :id")
            .expressionAttributeNames(Map.of("status", "status"))
            .expressionAttributeValues(Map.of(":id", AttributeValue.s("o1")))
            .build(),
        "ExpressionAttributeNames[status]");
  }

  @Test
  void transactionActionsAreCheckedWhereTheyStand() {
    stub.refused(
        TransactWriteItemsRequest.builder()
            .delete("orders", Key.of("id", "o1"))
            .update(
                "stock",
                Key.of("sku", "A"),
                u -> u.updateExpression("SET #n = :one").names(Map.of("#n", "reserved")))
            .build(),
        "TransactItems[1].Update.UpdateExpression");
    stub.accepted(
        TransactWriteItemsRequest.builder()
            .delete("orders", Key.of("id", "o1"))
            .update("stock", Key.of("sku", "A"), u -> u.add("reserved", 1))
            .build());
  }
}
