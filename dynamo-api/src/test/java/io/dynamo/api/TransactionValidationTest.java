package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.TransactGetItem;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactPut;
import io.dynamo.api.model.TransactWriteItem;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad transactions fail before anything is sent, naming the field (by its path in the request for a
 * field of one action) and the rule.
 */
class TransactionValidationTest {
  private static final Key KEY = Key.of("id", 1);
  private static final Item ITEM = Item.of("id", 1);

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();

  private void rejects(String field, String rule, Executable call) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(rule), e.getMessage());
    assertEquals(List.of(), t.requests(), "nothing may be sent");
  }

  private static TransactWriteItemsRequest.Builder write() {
    return TransactWriteItemsRequest.builder();
  }

  @Test
  void aTransactionHasOneToAHundredActions() {
    rejects(
        "TransactItems", "is required but missing", () -> db.transactWriteItems(write().build()));
    TransactWriteItemsRequest.Builder many = write();
    for (int i = 0; i < 101; i++) {
      many.delete("users", Key.of("id", i));
    }
    rejects("TransactItems", "has 101 actions", () -> db.transactWriteItems(many.build()));
    rejects(
        "TransactItems",
        "is required but missing",
        () -> db.transactGetItems(TransactGetItemsRequest.builder().build()));
    List<TransactGetItem> gets = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      gets.add(TransactGetItem.of("users", Key.of("id", i)));
    }
    rejects(
        "TransactItems",
        "has 101 actions",
        () -> db.transactGetItems(TransactGetItemsRequest.builder().gets(gets).build()));
    List<TransactWriteItem> hundred = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      hundred.add(TransactWriteItem.of(TransactPut.of("users", Item.of("id", i))));
    }
    assertEquals(100, write().actions(hundred).build().transactItems().size());
    rejects(
        "TransactItems",
        "holds a null element",
        () ->
            new TransactWriteItemsRequest(
                java.util.Arrays.asList(hundred.get(0), null), null, null, null));
  }

  @Test
  void eachActionNamesItsBadFieldByItsPath() {
    rejects(
        "TransactItems[0].Put.TableName",
        "is required but missing",
        () -> db.transactWriteItems(write().put(null, ITEM).build()));
    rejects(
        "TransactItems[1].Delete.TableName",
        "'ab' is too short",
        () -> db.transactWriteItems(write().put("users", ITEM).delete("ab", KEY).build()));
    rejects(
        "TransactItems[0].Update.Key",
        "is required but missing",
        () -> db.transactWriteItems(write().update("users", null, u -> u.add("n", 1)).build()));
    rejects(
        "TransactItems[0].ConditionCheck.Key",
        "is required but missing",
        () ->
            db.transactWriteItems(
                write().conditionCheck("users", null, Condition.attributeExists("id")).build()));
    rejects(
        "TransactItems[0].Put.Item",
        "has no attributes",
        () -> db.transactWriteItems(write().put("users", Item.empty()).build()));
    rejects(
        "TransactItems[0].Update.UpdateExpression",
        "is required but missing",
        () ->
            db.transactWriteItems(
                write().update("users", KEY, u -> u.condition("attribute_exists(id)")).build()));
    rejects(
        "TransactItems[0].ConditionCheck.ConditionExpression",
        "is required but missing",
        () ->
            db.transactWriteItems(
                write().conditionCheck("users", KEY, c -> c.name("#a", "a")).build()));
    rejects(
        "TransactItems[0].Put.ExpressionAttributeValues",
        ":unused is not used in any expression",
        () ->
            db.transactWriteItems(
                write()
                    .put(
                        "users",
                        ITEM,
                        p -> p.condition("attribute_not_exists(id)").value(":unused", 1))
                    .build()));
    rejects(
        "TransactItems[0].Delete.ConditionExpression",
        "uses #s, which is not declared",
        () ->
            db.transactWriteItems(
                write().delete("users", KEY, d -> d.condition("#s = :s").value(":s", 1)).build()));
    rejects(
        "TransactItems[0].Update.UpdateExpression",
        "is given as raw text and as set/add/remove/delete actions",
        () ->
            db.transactWriteItems(
                write()
                    .update("users", KEY, u -> u.updateExpression("SET a = :a").add("n", 1))
                    .build()));
    rejects(
        "TransactItems[1].Get.Key",
        "is required but missing",
        () ->
            db.transactGetItems(
                TransactGetItemsRequest.builder().get("users", KEY).get("users", null).build()));
    rejects(
        "TransactItems[0].Get.ProjectionExpression",
        "path 0 is null",
        () ->
            db.transactGetItems(
                TransactGetItemsRequest.builder().get("users", KEY, (Object) null).build()));
  }

  @Test
  void twoActionsOnOneItemAreRejected() {
    rejects(
        "TransactItems",
        "actions 0 (Update) and 2 (ConditionCheck) both act on the item with key"
            + " {\"sku\":{\"S\":\"A\"}} in table 'stock'; DynamoDB rejects two actions on one item",
        () ->
            db.transactWriteItems(
                write()
                    .update("stock", Key.of("sku", "A"), u -> u.add("reserved", 1))
                    .delete("carts", Key.of("sku", "A"))
                    .conditionCheck("stock", Key.of("sku", "A"), Condition.ge("available", 1))
                    .build()));
    rejects(
        "TransactItems",
        "actions 0 (Put) and 1 (Delete) both act on the item with key {\"id\":{\"N\":\"1\"}}",
        () ->
            db.transactWriteItems(
                write()
                    .put("users", Item.of("id", 1.0, "name", "Ivan"))
                    .delete("users", KEY)
                    .build()));
    rejects(
        "TransactItems",
        "gets 0 and 1 both read the item",
        () ->
            db.transactGetItems(
                TransactGetItemsRequest.builder().get("users", KEY).get("users", KEY).build()));
    // the same key in other tables, and two puts whose key this client cannot know, are allowed
    write()
        .delete("carts", KEY)
        .delete("users", KEY)
        .put("users", Item.of("id", 2))
        .put("users", Item.of("id", 2))
        .build();
  }

  @Test
  void clientRequestTokensAreOneToThirtySixCharacters() {
    rejects(
        "ClientRequestToken",
        "has 0 characters; it takes 1 to 36",
        () -> db.transactWriteItems(write().put("users", ITEM).clientRequestToken("").build()));
    rejects(
        "ClientRequestToken",
        "has 37 characters; it takes 1 to 36",
        () ->
            db.transactWriteItems(
                write().put("users", ITEM).clientRequestToken("x".repeat(37)).build()));
    assertEquals(
        "x".repeat(36),
        write().put("users", ITEM).clientRequestToken("x".repeat(36)).build().clientRequestToken());
  }

  @Test
  void theAsyncClientFailsTheFutureWithoutSending() {
    var e =
        assertThrows(CompletionException.class, () -> db.async().transactWriteItems(null).join());
    InvalidRequestException bad = (InvalidRequestException) e.getCause();
    assertEquals("request", bad.field());
    assertEquals(List.of(), t.requests());
  }
}
