package io.dynamo.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Condition;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Conditions given as {@link Condition}s get their names aliased and values placed for them. */
class ConditionBuildersTest {

  @Test
  void putConditionIsRenderedWithAliasesAndPlaceholders() {
    PutItemRequest put =
        PutItemRequest.builder()
            .table("users")
            .item(Item.of("user/id", 1, "user/name", "Ivan"))
            .condition(
                Condition.attributeNotExists("user/id").or(Condition.eq("status", "archived")))
            .build();
    assertEquals("attribute_not_exists(#n0) OR #n1 = :v0", put.conditionExpression());
    assertEquals(Map.of("#n0", "user/id", "#n1", "status"), put.expressionAttributeNames());
    assertEquals(Map.of(":v0", AttributeValue.s("archived")), put.expressionAttributeValues());
  }

  @Test
  void conditionSharesAliasesWithUpdateActionsAndCallerPlaceholders() {
    UpdateItemRequest update =
        UpdateItemRequest.builder()
            .table("users")
            .key(Key.of("user/id", 1))
            .set("user/email", "a@b.c")
            .add("tags", Set.of("x"))
            .value(":v0", 5)
            .condition(Condition.raw(":v0 > #n9").and(Condition.attributeExists("user/email")))
            .name("#n9", "score")
            .build();
    assertEquals("SET #n0 = :v1 ADD tags :v2", update.updateExpression());
    assertEquals("(:v0 > #n9) AND attribute_exists(#n0)", update.conditionExpression());
    assertEquals(Map.of("#n9", "score", "#n0", "user/email"), update.expressionAttributeNames());
    assertEquals(3, update.expressionAttributeValues().size());
  }

  @Test
  void queryTakesKeyConditionAndFilter() {
    QueryRequest query =
        QueryRequest.builder()
            .table("users")
            .keyCondition(Condition.eq("user/id", 1).and(Condition.beginsWith("user/name", "I")))
            .filter(Condition.between("size", 1, 10))
            .build();
    assertEquals("#n0 = :v0 AND begins_with(#n1, :v1)", query.keyConditionExpression());
    assertEquals("#n2 BETWEEN :v2 AND :v3", query.filterExpression());
  }

  @Test
  void theLastOfTextAndConditionWins() {
    ScanRequest scan =
        ScanRequest.builder()
            .table("users")
            .filter(Condition.eq("a", 1))
            .filter("attribute_exists(b)")
            .build();
    assertEquals("attribute_exists(b)", scan.filterExpression());
    assertEquals(Map.of(), scan.expressionAttributeValues());
    DeleteItemRequest delete =
        DeleteItemRequest.builder()
            .table("users")
            .key(Key.of("id", 1))
            .condition("attribute_exists(id)")
            .condition(Condition.attributeExists("id"))
            .build();
    assertEquals("attribute_exists(id)", delete.conditionExpression());
    assertNull(delete.returnValues());
  }

  @Test
  void conditionWithUndeclaredAliasIsRejectedNamingTheField() {
    var e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                PutItemRequest.builder()
                    .table("users")
                    .item(Item.of("id", 1))
                    .condition(Condition.attributeExists("#missing"))
                    .build());
    assertEquals("ConditionExpression", e.field());
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("#missing"), e.getMessage());
  }

  record Money(String text) {}

  @Test
  void aTypeWithoutACodecSaysHowToBringOne() {
    var e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                PutItemRequest.builder()
                    .table("users")
                    .item(Item.of("id", 1))
                    .condition("price = :p")
                    .value(":p", new Money("1 EUR"))
                    .build());
    assertEquals("ExpressionAttributeValues", e.field());
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("give the builder your registry with codecs(...)"), e.getMessage());
    var update =
        assertThrows(
            InvalidRequestException.class,
            () ->
                UpdateItemRequest.builder()
                    .table("users")
                    .key(Key.of("id", 1))
                    .set("price", new Money("1 EUR"))
                    .build());
    org.junit.jupiter.api.Assertions.assertTrue(
        update.getMessage().contains("codecs(...)"), update.getMessage());
  }
}
