package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.DescribeBackupRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.GlobalIndex;
import io.dynamo.api.model.IndexProjection;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.LocalIndex;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.Select;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateTableRequest;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input fails before anything is sent, with an {@link InvalidRequestException} naming
 * DynamoDB's member, what is wrong with the value and the rule.
 */
class RequestValidationTest {
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

  @Test
  void tableNamesFollowDynamoDbsRules() {
    rejects("TableName", "is required but missing", () -> db.getItem(null, KEY));
    rejects("TableName", "is empty; table names are 3 to 255", () -> db.describeTable(""));
    rejects("TableName", "'ab' is too short (2 characters)", () -> db.deleteTable("ab"));
    rejects("TableName", "'users!' has a character not allowed", () -> db.putItem("users!", ITEM));
    rejects(
        "TableName",
        "table ARNs are at most 1024",
        () -> db.describeTable("arn:" + "x".repeat(1021)));
    // the model lets CreateTable name its table by ARN too
    FakeTransport other = FakeTransport.create().respond("{}");
    other
        .client()
        .createTable(
            CreateTableRequest.builder()
                .table("arn:aws:dynamodb:us-east-1:123456789012:table/users")
                .hashKey("id", ScalarType.S)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
    assertEquals(1, other.requests().size());
  }

  @Test
  void keysAreRequiredAndMustNotBeEmpty() {
    rejects(
        "Key",
        "is required but missing",
        () -> db.getItem(GetItemRequest.builder().table("users").build()));
    rejects(
        "Key",
        "id: key attribute is empty",
        () -> db.deleteItem(DeleteItemRequest.builder().table("users").key("id", "").build()));
    rejects(
        "Key",
        "must be an attribute name",
        () -> db.getItem(GetItemRequest.builder().table("users").key(1, 2).build()));
    rejects("Item", "is required", () -> db.putItem("users", null));
    rejects("Item", "has no attributes", () -> db.putItem("users", Item.empty()));
  }

  @Test
  void limitsAndSegmentsAreInRange() {
    rejects(
        "Limit",
        "0 is out of range; it takes at least 1",
        () ->
            db.query(
                QueryRequest.builder()
                    .table("users")
                    .keyCondition("id = :id")
                    .value(":id", 1)
                    .limit(0)
                    .build()));
    rejects(
        "Limit",
        "0 is out of range; it takes at least 1",
        () -> db.scan(ScanRequest.builder().table("users").limit(0).build()));
    rejects(
        "Limit", "1 to 100", () -> db.listTables(ListTablesRequest.builder().limit(101).build()));
    rejects(
        "TotalSegments",
        "is required with Segment",
        () -> db.scan(ScanRequest.builder().table("users").segment(1).build()));
    rejects(
        "Segment",
        "is required with TotalSegments",
        () -> db.scan(ScanRequest.builder().table("users").totalSegments(4).build()));
    rejects(
        "Segment",
        "must be less than TotalSegments (4)",
        () -> db.scan(ScanRequest.builder().table("users").segment(4).totalSegments(4).build()));
    rejects(
        "TotalSegments",
        "1 to 1000000",
        () ->
            db.scan(
                ScanRequest.builder().table("users").segment(0).totalSegments(1_000_001).build()));
  }

  @Test
  void returnValuesAreThoseTheOperationAllows() {
    rejects(
        "ReturnValues",
        "ALL_NEW is not allowed; PutItem returns NONE or ALL_OLD",
        () ->
            db.putItem(
                PutItemRequest.builder()
                    .table("users")
                    .item(ITEM)
                    .returnValues(ReturnValue.ALL_NEW)
                    .build()));
    rejects(
        "ReturnValues",
        "DeleteItem returns NONE or ALL_OLD",
        () ->
            db.deleteItem(
                DeleteItemRequest.builder()
                    .table("users")
                    .key(KEY)
                    .returnValues(ReturnValue.UPDATED_OLD)
                    .build()));
  }

  @Test
  void batchesHoldAtMost100KeysAnd25Writes() {
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      keys.add(Key.of("id", i));
    }
    rejects(
        "RequestItems.users.Keys",
        "has 101 entries; it takes 1 to 100",
        () ->
            db.batchGetItem(
                BatchGetItemRequest.builder().get("users", keys.toArray(new Key[0])).build()));
    rejects(
        "RequestItems",
        "has 101 keys; one BatchGetItem reads at most 100",
        () ->
            db.batchGetItem(
                BatchGetItemRequest.builder()
                    .get("users", keys.subList(0, 60).toArray(new Key[0]))
                    .get("others", keys.subList(60, 101).toArray(new Key[0]))
                    .build()));
    rejects(
        "RequestItems.users.Keys",
        "twice",
        () ->
            db.batchGetItem(
                BatchGetItemRequest.builder().get("users", KEY, Key.of("id", 1)).build()));
    rejects(
        "RequestItems",
        "is required but missing",
        () -> db.batchGetItem(BatchGetItemRequest.builder().build()));
    BatchWriteItemRequest.Builder writes = BatchWriteItemRequest.builder();
    for (int i = 0; i < 26; i++) {
      writes.put(i % 2 == 0 ? "users" : "others", Item.of("id", i));
    }
    rejects(
        "RequestItems",
        "has 26 writes; one BatchWriteItem makes 1 to 25",
        () -> db.batchWriteItem(writes.build()));
    rejects(
        "RequestItems",
        "is required but missing",
        () -> db.batchWriteItem(BatchWriteItemRequest.builder().build()));
    rejects(
        "RequestItems.users[0]",
        "sets neither PutRequest and DeleteRequest",
        () ->
            db.batchWriteItem(
                BatchWriteItemRequest.builder()
                    .write("users", WriteRequest.builder().build())
                    .build()));
    rejects(
        "RequestItems.users[0].PutRequest.Item",
        "has no attributes",
        () ->
            db.batchWriteItem(BatchWriteItemRequest.builder().put("users", Item.empty()).build()));
  }

  @Test
  void expressionNamesAndValuesAreDeclaredAndUsed() {
    rejects(
        "ExpressionAttributeNames",
        "'foo' is not an alias",
        () ->
            db.putItem(
                PutItemRequest.builder()
                    .table("users")
                    .item(ITEM)
                    .condition("foo = :a")
                    .names(Map.of("foo", "x"))
                    .build()));
    rejects(
        "ExpressionAttributeValues",
        "'a' is not a placeholder",
        () ->
            db.putItem(
                PutItemRequest.builder()
                    .table("users")
                    .item(ITEM)
                    .condition("x = a")
                    .values(Map.of("a", 1))
                    .build()));
    rejects(
        "ExpressionAttributeNames",
        "#unused is not used in any expression",
        () ->
            db.putItem(
                PutItemRequest.builder()
                    .table("users")
                    .item(ITEM)
                    .condition("#a = :a")
                    .names(Map.of("#a", "a", "#unused", "b"))
                    .values(Map.of(":a", 1))
                    .build()));
    rejects(
        "ExpressionAttributeValues",
        ":x is given but the request has no expression",
        () ->
            db.deleteItem(
                DeleteItemRequest.builder().table("users").key(KEY).value(":x", 1).build()));
    rejects(
        "ConditionExpression",
        "uses :typo, which is not declared",
        () ->
            db.deleteItem(
                DeleteItemRequest.builder()
                    .table("users")
                    .key(KEY)
                    .condition("a = :typo")
                    .build()));
    rejects(
        "ConditionExpression",
        "is empty",
        () ->
            db.putItem(PutItemRequest.builder().table("users").item(ITEM).condition(" ").build()));
    rejects(
        "ExpressionAttributeValues",
        ":v: ",
        () ->
            db.putItem(
                PutItemRequest.builder()
                    .table("users")
                    .item(ITEM)
                    .condition("a = :v")
                    .value(":v", new Object())
                    .build()));
  }

  @Test
  void queriesAndScansCombineSelectProjectionAndIndexAsDynamoDbAllows() {
    rejects(
        "KeyConditionExpression",
        "is required",
        () -> db.query(QueryRequest.builder().table("users").build()));
    rejects(
        "Select",
        "SPECIFIC_ATTRIBUTES needs a projection",
        () ->
            db.scan(
                ScanRequest.builder().table("users").select(Select.SPECIFIC_ATTRIBUTES).build()));
    rejects(
        "Select",
        "COUNT is given with a projection",
        () ->
            db.scan(
                ScanRequest.builder()
                    .table("users")
                    .select(Select.COUNT)
                    .projectionExpression("a")
                    .build()));
    rejects(
        "Select",
        "ALL_PROJECTED_ATTRIBUTES is only for indexes",
        () ->
            db.scan(
                ScanRequest.builder()
                    .table("users")
                    .select(Select.ALL_PROJECTED_ATTRIBUTES)
                    .build()));
    rejects(
        "IndexName",
        "'ix' is too short",
        () -> db.scan(ScanRequest.builder().table("users").index("ix").build()));
  }

  @Test
  void updatesTakeRawTextOrActionsNotBoth() {
    rejects(
        "UpdateExpression",
        "use one or the other",
        () ->
            db.updateItem(
                UpdateItemRequest.builder()
                    .table("users")
                    .key(KEY)
                    .updateExpression("SET a = :a")
                    .set("b", 1)
                    .build()));
    rejects(
        "UpdateExpression",
        "",
        () ->
            db.updateItem(
                UpdateItemRequest.builder().table("users").key(KEY).set("a..b", 1).build()));
  }

  @Test
  void createTableNeedsAKeyAndConsistentCapacityIndexesAndTags() {
    rejects(
        "KeySchema",
        "give the partition key",
        () ->
            db.createTable(
                CreateTableRequest.builder()
                    .table("users")
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .build()));
    rejects(
        "ProvisionedThroughput",
        "is required for the table when BillingMode is PROVISIONED (the default)",
        () ->
            db.createTable(
                CreateTableRequest.builder().table("users").hashKey("id", ScalarType.N).build()));
    rejects(
        "ProvisionedThroughput",
        "but BillingMode is PAY_PER_REQUEST",
        () ->
            db.createTable(
                CreateTableRequest.builder()
                    .table("users")
                    .hashKey("id", ScalarType.N)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .provisionedThroughput(1, 1)
                    .build()));
    rejects(
        "GlobalSecondaryIndexes[0].ProvisionedThroughput",
        "global secondary index 'gsi'",
        () ->
            db.createTable(
                CreateTableRequest.builder()
                    .table("users")
                    .hashKey("id", ScalarType.N)
                    .provisionedThroughput(1, 1)
                    .globalSecondaryIndex(
                        GlobalIndex.builder("gsi").hashKey("g", ScalarType.S).build())
                    .build()));
    rejects(
        "LocalSecondaryIndexes",
        "need a table with a sort key",
        () ->
            db.createTable(
                CreateTableRequest.builder()
                    .table("users")
                    .hashKey("id", ScalarType.N)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .localSecondaryIndex(
                        LocalIndex.of("lsi", "l", ScalarType.S, IndexProjection.all()))
                    .build()));
    rejects(
        "AttributeDefinitions",
        "'id' is given as N and as S",
        () ->
            db.createTable(
                CreateTableRequest.builder()
                    .table("users")
                    .hashKey("id", ScalarType.N)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .globalSecondaryIndex(
                        GlobalIndex.builder("gsi").hashKey("id", ScalarType.S).build())
                    .build()));
    rejects("NonKeyAttributes", "1 to 20", () -> IndexProjection.include());
    rejects(
        "Tags[0].Key",
        "1 to 128",
        () ->
            db.tagResource(
                TagResourceRequest.of("arn:aws:dynamodb:x", Map.of("k".repeat(129), "v"))));
    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i < 51; i++) {
      many.put("k" + i, "v");
    }
    rejects(
        "Tags",
        "has 51 tags; a resource has at most 50",
        () -> db.tagResource(TagResourceRequest.of("arn:aws:dynamodb:x", many)));
  }

  @Test
  void theGlobalIndexCountIsAnAdjustableQuotaLeftToDynamoDb() {
    // 20 global secondary indexes per table is DynamoDB's default quota, which an account can
    // have raised; the API model sets no maximum, so the client must not refuse a 21st.
    CreateTableRequest.Builder b =
        CreateTableRequest.builder()
            .table("users")
            .hashKey("id", ScalarType.N)
            .billingMode(BillingMode.PAY_PER_REQUEST);
    for (int i = 0; i < 25; i++) {
      b.globalSecondaryIndex(GlobalIndex.builder("gsi" + i).hashKey("g" + i, ScalarType.S).build());
    }
    assertEquals(25, b.build().globalSecondaryIndexes().size());
  }

  @Test
  void otherOperationsCheckTheirOwnRules() {
    rejects(
        "ResourceArn",
        "'users' is not an ARN",
        () -> db.tagResource(TagResourceRequest.of("users", Map.of("a", "b"))));
    rejects(
        "BackupArn", "37 to 1024", () -> db.describeBackup(DescribeBackupRequest.of("arn:short")));
    rejects(
        "UpdateTable",
        "changes nothing",
        () -> db.updateTable(UpdateTableRequest.builder().table("users").build()));
  }

  @Test
  void valuesTooDeepToWriteAreRejectedBeforeSending() {
    Object deep = "leaf";
    for (int i = 0; i < 40; i++) {
      deep = List.of(deep);
    }
    Item item = Item.of("id", 1, "deep", deep);
    rejects("Item", "Item.deep[0][0]", () -> db.putItem("users", item));
    rejects(
        "RequestItems.users[1].PutRequest.Item",
        "Item.deep[0][0]",
        () ->
            db.batchWriteItem(
                BatchWriteItemRequest.builder().put("users", Item.of("id", 0), item).build()));
  }

  @Test
  void aNullRequestIsRejected() {
    rejects("request", "is null", () -> db.putItem((PutItemRequest) null));
  }

  @Test
  void asyncCallsFailTheirFutureInstead() {
    CompletionException e =
        assertThrows(CompletionException.class, () -> db.async().getItem("ab", KEY).join());
    assertInstanceOf(InvalidRequestException.class, e.getCause());
    assertEquals(List.of(), t.requests());
  }
}
