package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.api.expr.Expr;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateBackupRequest;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.DescribeBackupRequest;
import io.dynamo.api.model.DescribeTimeToLiveRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.GlobalIndex;
import io.dynamo.api.model.IndexProjection;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.ListTagsOfResourceRequest;
import io.dynamo.api.model.LocalIndex;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.api.model.ReturnItemCollectionMetrics;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ReturnValuesOnConditionCheckFailure;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.Select;
import io.dynamo.api.model.SseSpecification;
import io.dynamo.api.model.StreamViewType;
import io.dynamo.api.model.TableClass;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.api.model.TimeToLiveSpecification;
import io.dynamo.api.model.TransactGet;
import io.dynamo.api.model.TransactGetItem;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UntagResourceRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateTableRequest;
import io.dynamo.api.model.UpdateTimeToLiveRequest;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.testkit.ModelChecker;
import io.dynamo.testkit.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A representative request of every typed operation, with most of its options, sent through the
 * real pipeline; every body must be valid input for its operation in DynamoDB's API model.
 */
class ModelConformanceTest {
  private static final String ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/users";
  private static final String BACKUP_ARN = ARN + "/backup/01489173575360-b308cd7d";
  private static final Key KEY = Key.of("user/id", 1, "user/name", "Ivan");
  private static final Item ITEM =
      Item.of(
          "user/id",
          1,
          "user/name",
          "Ivan",
          "tags",
          List.of("a", "b"),
          "colors",
          Set.of("r"),
          "blob",
          Bytes.of(new byte[] {1, 2}),
          "nothing",
          null,
          "ok",
          true,
          "nested",
          Map.of("n", 1.5));

  @Test
  void everyTypedOperationSendsValidInput() {
    FakeTransport t = FakeTransport.create();
    DynamoClient db = t.client();
    sendAll(db);

    Set<String> operations = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (HttpRequest r : t.requests()) {
      String target = r.header("X-Amz-Target").orElseThrow();
      String body = new String(r.body(), StandardCharsets.UTF_8);
      operations.add(target.substring(target.indexOf('.') + 1));
      for (Violation v : ModelChecker.dynamoDb().validateInput(target, body)) {
        problems.add(target + ": " + v + "\n    " + body);
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(
        Set.of(
            "CreateTable",
            "UpdateTable",
            "DescribeTable",
            "DeleteTable",
            "ListTables",
            "DescribeTimeToLive",
            "UpdateTimeToLive",
            "TagResource",
            "UntagResource",
            "ListTagsOfResource",
            "CreateBackup",
            "DescribeBackup",
            "PutItem",
            "GetItem",
            "UpdateItem",
            "DeleteItem",
            "Query",
            "Scan",
            "BatchGetItem",
            "BatchWriteItem",
            "TransactWriteItems",
            "TransactGetItems"),
        operations);
  }

  private static void sendAll(DynamoClient db) {
    db.createTable(
        CreateTableRequest.builder()
            .table("users")
            .hashKey("user/id", ScalarType.N)
            .rangeKey("user/name", ScalarType.S)
            .billingMode(BillingMode.PROVISIONED)
            .provisionedThroughput(5, 5)
            .globalSecondaryIndex(
                GlobalIndex.builder("by-email")
                    .hashKey("user/email", ScalarType.S)
                    .rangeKey("user/id", ScalarType.N)
                    .projection(IndexProjection.include("user/name", "tags"))
                    .provisionedThroughput(1, 1)
                    .build())
            .localSecondaryIndex(
                LocalIndex.of("by-age", "age", ScalarType.N, IndexProjection.keysOnly()))
            .stream(StreamViewType.NEW_AND_OLD_IMAGES)
            .sse(SseSpecification.kmsKey("alias/mine"))
            .tag("team", "x")
            .tag("env", "")
            .tableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
            .deletionProtection(true)
            .build());
    db.createTable(
        CreateTableRequest.builder()
            .table("simple")
            .hashKey("id", ScalarType.B)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .sse(SseSpecification.awsOwnedKey())
            .build());
    db.updateTable(
        UpdateTableRequest.builder()
            .table("users")
            .provisionedThroughput(10, 10)
            .indexThroughput("by-email", 2, 2)
            .createIndex(
                GlobalIndex.builder("by-city")
                    .hashKey("city", ScalarType.S)
                    .provisionedThroughput(1, 1)
                    .build())
            .tableClass(TableClass.STANDARD)
            .deletionProtection(false)
            .build());
    db.updateTable(
        UpdateTableRequest.builder().table(ARN).billingMode(BillingMode.PAY_PER_REQUEST).build());
    db.updateTable(UpdateTableRequest.builder().table("users").deleteIndex("by-city").build());
    db.describeTable("users");
    db.deleteTable(ARN);
    db.listTables(ListTablesRequest.builder().limit(100).startTable("users").build());
    db.listTables();
    db.describeTimeToLive(DescribeTimeToLiveRequest.of("users"));
    db.updateTimeToLive(
        UpdateTimeToLiveRequest.of("users", TimeToLiveSpecification.enabled("expires")));
    db.tagResource(TagResourceRequest.of(ARN, Map.of("env", "test")));
    db.untagResource(UntagResourceRequest.of(ARN, "env", "team"));
    db.listTagsOfResource(ListTagsOfResourceRequest.builder().resource(ARN).nextToken("x").build());
    db.createBackup(CreateBackupRequest.of("users", "users-2026-11-25"));
    db.describeBackup(DescribeBackupRequest.of(BACKUP_ARN));
    db.putItem(
        PutItemRequest.builder()
            .table("users")
            .item(ITEM)
            .condition("attribute_not_exists(#id) OR #n = :n")
            .names(Map.of("#id", "user/id", "#n", "name"))
            .values(Map.of(":n", "Ivan"))
            .returnValues(ReturnValue.ALL_OLD)
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
            .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
            .build());
    db.getItem(
        GetItemRequest.builder()
            .table("users")
            .key(KEY)
            .consistentRead(true)
            .project("user/name", "nested.n", "tags[0]", "status")
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .build());
    db.updateItem(
        UpdateItemRequest.builder()
            .table("users")
            .key(KEY)
            .set("user/email", "a@b.c")
            .set("visits", Expr.raw("if_not_exists(visits, :zero) + :one"))
            .add("colors", Set.of("g"))
            .remove("nothing", "tags[1]")
            .delete("old/colors", Set.of("r"))
            .condition("attribute_exists(#id)")
            .names(Map.of("#id", "user/id"))
            .values(Map.of(":zero", 0, ":one", 1))
            .returnValues(ReturnValue.UPDATED_NEW)
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE)
            .build());
    db.deleteItem(
        DeleteItemRequest.builder()
            .table("users")
            .key(KEY)
            .condition("#v < :max")
            .names(Map.of("#v", "version"))
            .values(Map.of(":max", AttributeValue.n("10")))
            .returnValues(ReturnValue.ALL_OLD)
            .build());
    db.query(
        QueryRequest.builder()
            .table("users")
            .index("by-email")
            .keyCondition("#e = :e AND #id BETWEEN :lo AND :hi")
            .filter("size(tags) > :zero")
            .project("user/name", "tags")
            .names(Map.of("#e", "user/email", "#id", "user/id"))
            .values(Map.of(":e", "a@b.c", ":lo", 1, ":hi", 9, ":zero", 0))
            .select(Select.SPECIFIC_ATTRIBUTES)
            .limit(25)
            .scanIndexForward(false)
            .startKey(Key.of("user/email", "a@b.c", "user/id", 1, "user/name", "Ivan"))
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
            .build());
    db.scan(
        ScanRequest.builder()
            .table("users")
            .filter("begins_with(#n, :p)")
            .names(Map.of("#n", "user/name"))
            .values(Map.of(":p", "I"))
            .select(Select.COUNT)
            .limit(1)
            .consistentRead(true)
            .segment(3)
            .totalSegments(4)
            .startKey(KEY)
            .build());
    db.batchGetItem(
        BatchGetItemRequest.builder()
            .get("users", KEY, Key.of("user/id", 2, "user/name", "Huan"))
            .table(
                "other",
                KeysAndAttributes.builder()
                    .keys(Key.of("id", "x"))
                    .consistentRead(true)
                    .project("a/b", "c")
                    .build())
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .build());
    db.batchWriteItem(
        BatchWriteItemRequest.builder()
            .put("users", ITEM)
            .delete("users", Key.of("user/id", 2, "user/name", "Huan"))
            .write("other", WriteRequest.delete(Key.of("id", "x")))
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
            .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
            .build());
    db.transactWriteItems(
        TransactWriteItemsRequest.builder()
            .put(
                "users",
                ITEM,
                p ->
                    p.condition(io.dynamo.api.expr.Condition.attributeNotExists("user/id"))
                        .returnValuesOnConditionCheckFailure(
                            ReturnValuesOnConditionCheckFailure.ALL_OLD))
            .update(
                ARN,
                Key.of("user/id", 2, "user/name", "Huan"),
                u ->
                    u.set("visits", Expr.raw("if_not_exists(visits, :zero) + :one"))
                        .remove("nothing")
                        .delete("colors", Set.of("r"))
                        .condition("attribute_exists(#id)")
                        .names(Map.of("#id", "user/id"))
                        .values(Map.of(":zero", 0, ":one", 1)))
            .delete(
                "other",
                Key.of("id", "x"),
                d -> d.condition("#v < :max").name("#v", "version").value(":max", 10))
            .conditionCheck(
                "other",
                Key.of("id", "y"),
                c ->
                    c.condition(io.dynamo.api.expr.Condition.eq("status", "active"))
                        .returnValuesOnConditionCheckFailure(
                            ReturnValuesOnConditionCheckFailure.NONE))
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
            .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
            .build());
    db.transactWriteItems(
        TransactWriteItemsRequest.builder().delete("users", KEY).clientRequestToken("t").build());
    db.transactGetItems(
        TransactGetItemsRequest.builder()
            .get("users", KEY, "user/name", "nested.n", "tags[0]")
            .get(ARN, Key.of("user/id", 2, "user/name", "Huan"))
            .get(
                TransactGetItem.of(
                    TransactGet.builder()
                        .table("other")
                        .key("id", "x")
                        .projectionExpression("#a")
                        .name("#a", "a/b")
                        .build()))
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .build());
  }
}
