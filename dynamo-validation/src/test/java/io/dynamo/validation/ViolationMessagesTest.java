package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * What a violation says: its path, its rule, the value described by type and size (never an item
 * value or a secret unless asked), every violation in one exception, on both clients.
 */
class ViolationMessagesTest {
  private static final PutItemRequest LEAKY =
      PutItemRequest.builder()
          .table("users")
          .item(Item.of("pk", 7, "password", "hunter2-very-secret"))
          .conditionExpression("#p <> :old")
          .values(Map.of(":old", "old-secret-value", ":unused", "another-secret"))
          .build();

  @Test
  void itemValuesAndCredentialsNeverAppear() {
    try (Stubbed stub =
        new Stubbed(
            DynamoValidation.builder()
                .keySchema("users", KeySchema.of("pk", ScalarType.S))
                .valuesInMessages(false)
                .build())) {
      RequestValidationException e =
          stub.refused(LEAKY, "ConditionExpression", "ExpressionAttributeValues[:unused]", "Item");
      String all = e.getMessage() + e.violations();
      for (String secret :
          List.of(
              "hunter2", "old-secret", "another-secret", Stubbed.CREDENTIALS.secretAccessKey())) {
        assertFalse(all.contains(secret), () -> secret + " in " + all);
      }
      assertEquals("Item of 2 attributes, 31 bytes", e.violations().get(2).value());
      assertTrue(e instanceof InvalidRequestException);
    }
  }

  @Test
  void aPartiqlStatementIsDescribedNotQuoted() {
    String statement = "INSERT INTO users VALUE {'pk': 'a', 'password': 'hunter2'}";
    List<Violation> violations =
        DynamoValidation.create()
            .check(
                io.dynamo.api.model.ExecuteStatementRequest.builder()
                    .statement(statement + " ".repeat(8192))
                    .build());
    assertEquals("Statement", violations.get(0).path());
    assertEquals(
        "String of " + (statement.length() + 8192) + " characters", violations.get(0).value());
  }

  @Test
  void valuesAreShownWhenAskedFor() {
    DynamoValidation showing =
        DynamoValidation.builder()
            .keySchema("users", KeySchema.of("pk", ScalarType.S))
            .valuesInMessages(true)
            .build();
    String all = showing.check(LEAKY).toString();
    assertTrue(all.contains("hunter2-very-secret"), all);
  }

  @Test
  void theMessageListsEveryViolation() {
    RequestValidationException e =
        assertThrows(
            RequestValidationException.class,
            () ->
                DynamoValidation.create()
                    .validateRequest(
                        UpdateItemRequest.builder()
                            .table("x")
                            .key(Key.of("id", 1))
                            .updateExpression("SET #a = :a")
                            .build()));
    assertEquals("TableName", e.field());
    assertTrue(e.getMessage().contains("UpdateItemRequest has 3 violations:"), e::getMessage);
    assertEquals(
        "TableName: must be a table name (3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.')"
            + " or a table's ARN ('x')",
        e.violations().get(0).toString());
  }

  @Test
  void anAsynchronousCallFailsWithTheViolationsAndSendsNothing() {
    try (Stubbed stub = new Stubbed()) {
      CompletionException e =
          assertThrows(CompletionException.class, () -> stub.db.async().putItem(LEAKY).join());
      assertTrue(e.getCause() instanceof RequestValidationException, e::toString);
      assertEquals(0, stub.server.requestCount());
      stub.db.async().putItem(PutItemRequest.of("users", Item.of("pk", "a"))).join();
      assertEquals(1, stub.server.requestCount());
    }
  }
}
