package io.dynamo.api.internal.rules;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.UpdateItemRequest;

/**
 * DynamoDB's rules for the item operations beyond its model: every {@code #name} and {@code :value}
 * used is declared and every declared one is used, expressions are not blank, the return values an
 * operation allows, Select against projection and index, parallel scan segments. The generated
 * specs call these once a request is written, before it is sent.
 */
public final class ItemRules {
  private ItemRules() {}

  /** GetItem. */
  public static void checkGet(GetItemRequest r) {
    Require.expression("ProjectionExpression", r.projectionExpression());
    Expressions.check(
        r.expressionAttributeNames(),
        java.util.Map.of(),
        "ProjectionExpression",
        r.projectionExpression());
  }

  /** PutItem. */
  public static void checkPut(PutItemRequest r) {
    if (r.item().isEmpty()) {
      throw new InvalidRequestException(
          "Item", "has no attributes; an item needs at least its key attributes");
    }
    Require.expression("ConditionExpression", r.conditionExpression());
    Expressions.check(
        r.expressionAttributeNames(),
        r.expressionAttributeValues(),
        "ConditionExpression",
        r.conditionExpression());
    oldItemOnly("PutItem", r.returnValues());
  }

  /** DeleteItem. */
  public static void checkDelete(DeleteItemRequest r) {
    Require.expression("ConditionExpression", r.conditionExpression());
    Expressions.check(
        r.expressionAttributeNames(),
        r.expressionAttributeValues(),
        "ConditionExpression",
        r.conditionExpression());
    oldItemOnly("DeleteItem", r.returnValues());
  }

  /** UpdateItem. */
  public static void checkUpdate(UpdateItemRequest r) {
    Require.expression("UpdateExpression", r.updateExpression());
    Require.expression("ConditionExpression", r.conditionExpression());
    Expressions.check(
        r.expressionAttributeNames(),
        r.expressionAttributeValues(),
        "UpdateExpression",
        r.updateExpression(),
        "ConditionExpression",
        r.conditionExpression());
  }

  /** Query. */
  public static void checkQuery(QueryRequest r) {
    if (r.keyConditionExpression() == null && r.keyConditions().isEmpty()) {
      throw new InvalidRequestException(
          "KeyConditionExpression",
          "is required but missing; give the partition key condition, such as"
              + " keyCondition(\"#id = :id\")");
    }
    Require.expression("KeyConditionExpression", r.keyConditionExpression());
    Require.expression("FilterExpression", r.filterExpression());
    Require.expression("ProjectionExpression", r.projectionExpression());
    ReadRules.check(r.indexName(), r.select(), r.projectionExpression(), r.limit());
    Expressions.check(
        r.expressionAttributeNames(),
        r.expressionAttributeValues(),
        "KeyConditionExpression",
        r.keyConditionExpression(),
        "FilterExpression",
        r.filterExpression(),
        "ProjectionExpression",
        r.projectionExpression());
  }

  /** Scan. */
  public static void checkScan(ScanRequest r) {
    Require.expression("FilterExpression", r.filterExpression());
    Require.expression("ProjectionExpression", r.projectionExpression());
    ReadRules.check(r.indexName(), r.select(), r.projectionExpression(), r.limit());
    ReadRules.checkSegments(r.segment(), r.totalSegments());
    Expressions.check(
        r.expressionAttributeNames(),
        r.expressionAttributeValues(),
        "FilterExpression",
        r.filterExpression(),
        "ProjectionExpression",
        r.projectionExpression());
  }

  private static void oldItemOnly(String operation, ReturnValue returnValues) {
    if (returnValues != null
        && !ReturnValue.NONE.equals(returnValues)
        && !ReturnValue.ALL_OLD.equals(returnValues)) {
      throw new InvalidRequestException(
          "ReturnValues",
          returnValues + " is not allowed; " + operation + " returns NONE or ALL_OLD");
    }
  }
}
