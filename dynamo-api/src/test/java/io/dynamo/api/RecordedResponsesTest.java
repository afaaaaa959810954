package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.CrcMismatchException;
import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.model.BackupDetails;
import io.dynamo.api.model.BackupStatus;
import io.dynamo.api.model.BackupType;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BatchWriteItemResponse;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.model.CreateBackupRequest;
import io.dynamo.api.model.DescribeBackupRequest;
import io.dynamo.api.model.DescribeTimeToLiveRequest;
import io.dynamo.api.model.GlobalSecondaryIndexDescription;
import io.dynamo.api.model.IndexStatus;
import io.dynamo.api.model.ItemCollectionMetrics;
import io.dynamo.api.model.ListTagsOfResourceRequest;
import io.dynamo.api.model.ProjectionType;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.SourceTableDetails;
import io.dynamo.api.model.StreamViewType;
import io.dynamo.api.model.TableClass;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.api.model.TimeToLiveStatus;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateTimeToLiveRequest;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Responses as dynalite 4.0.0 sends them (recorded, see dynalite-facts.md), and DynamoDB-shaped
 * responses of what dynalite lacks (backups, TTL updates, unprocessed batch entries), read into the
 * response records; malformed ones fail with the path of the bad value.
 */
class RecordedResponsesTest {
  private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/probe_main";
  private static final Key KEY = Key.of("pk", "a");

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();

  @Test
  void readsDynalitesTableDescriptionSkippingFieldsItDoesNotKnow() {
    t.respond(
        "{\"Table\":{\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
            + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"},"
            + "{\"AttributeName\":\"gpk\",\"AttributeType\":\"S\"}],"
            + "\"BillingModeSummary\":{\"BillingMode\":\"PAY_PER_REQUEST\"},"
            + "\"CreationDateTime\":1795571945.546,"
            + "\"GlobalSecondaryIndexes\":[{\"IndexArn\":\""
            + ARN
            + "/index/gsi1\",\"IndexName\":\"gsi1\",\"IndexSizeBytes\":0,\"IndexStatus\":\"ACTIVE\","
            + "\"ItemCount\":0,\"KeySchema\":[{\"AttributeName\":\"gpk\",\"KeyType\":\"HASH\"},"
            + "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
            + "\"Projection\":{\"ProjectionType\":\"INCLUDE\",\"NonKeyAttributes\":[\"v\"]},"
            + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":0,\"WriteCapacityUnits\":0,"
            + "\"NumberOfDecreasesToday\":0}}],"
            + "\"ItemCount\":0,\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
            + "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
            + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":0,\"WriteCapacityUnits\":0,"
            + "\"NumberOfDecreasesToday\":0},"
            + "\"TableArn\":\""
            + ARN
            + "\",\"TableId\":\"b0a0ff6c-2a2e-4e6f-9d11-7f43a3f2c4b1\",\"TableName\":\"probe_main\","
            + "\"TableSizeBytes\":0,\"TableStatus\":\"ACTIVE\","
            + "\"TableThroughputModeSummary\":{\"TableThroughputMode\":\"PAY_PER_REQUEST\"},"
            + "\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"KEYS_ONLY\"},"
            + "\"TableClassSummary\":{\"TableClass\":\"STANDARD\"},"
            + "\"DeletionProtectionEnabled\":true,\"SomethingNew\":[1,{\"a\":[]}]}}");
    TableDescription d = db.describeTable("probe_main").table();
    assertEquals("probe_main", d.tableName());
    assertEquals(ARN, d.tableArn());
    assertEquals(TableStatus.ACTIVE, d.tableStatus());
    assertEquals(BillingMode.PAY_PER_REQUEST, d.billingMode());
    assertEquals(Instant.ofEpochSecond(1795571945L, 546_000_000), d.creationDateTime());
    assertEquals("pk", d.hashKeyName());
    assertEquals("sk", d.rangeKeyName());
    assertEquals(3, d.attributeDefinitions().size());
    assertEquals(StreamViewType.KEYS_ONLY, d.streamSpecification().streamViewType());
    assertEquals(TableClass.STANDARD, d.tableClass());
    assertTrue(d.deletionProtectionEnabled());
    GlobalSecondaryIndexDescription gsi = d.globalSecondaryIndexes().get(0);
    assertEquals("gsi1", gsi.indexName());
    assertEquals(IndexStatus.ACTIVE, gsi.indexStatus());
    assertEquals(ProjectionType.INCLUDE, gsi.projection().projectionType());
    assertEquals(List.of("v"), gsi.projection().nonKeyAttributes());
    assertEquals(0, gsi.provisionedThroughput().readCapacityUnits());
    assertEquals(List.of(), d.localSecondaryIndexes());
  }

  @Test
  void readsConsumedCapacityWithTheTablesShare() {
    t.respond(
        "{\"ConsumedCapacity\":{\"CapacityUnits\":1,\"TableName\":\"probe_main\","
            + "\"Table\":{\"CapacityUnits\":1},"
            + "\"GlobalSecondaryIndexes\":{\"gsi1\":{\"CapacityUnits\":0.5,\"WriteCapacityUnits\":0.5}}},"
            + "\"Item\":{\"pk\":{\"S\":\"a\"}}}");
    ConsumedCapacity c = db.getItem("probe_main", KEY).consumedCapacity();
    assertEquals("probe_main", c.tableName());
    assertEquals(1.0, c.capacityUnits());
    assertEquals(1.0, c.table().capacityUnits());
    assertEquals(0.5, c.globalSecondaryIndexes().get("gsi1").writeCapacityUnits());
    assertEquals(Map.of(), c.localSecondaryIndexes());
  }

  @Test
  void readsACountOnlyQueryAndAnIndexsLastKey() {
    t.respond(
        "{\"Count\":30,\"ScannedCount\":30,\"LastEvaluatedKey\":{\"gpk\":{\"S\":\"G\"},"
            + "\"pk\":{\"S\":\"q\"},\"sk\":{\"N\":\"2\"}}}");
    QueryResponse r =
        db.query(
            QueryRequest.builder()
                .table("probe_main")
                .index("gsi1")
                .keyCondition("gpk = :g")
                .values(Map.of(":g", "G"))
                .build());
    assertEquals(List.of(), r.items());
    assertEquals(30, r.count());
    assertEquals(Key.of("gpk", "G", "pk", "q", "sk", 2), r.lastEvaluatedKey());
  }

  @Test
  void readsAnEmptyAttributesMapAsAnEmptyItem() {
    t.respond("{\"Attributes\":{}}");
    Item attributes =
        db.updateItem(UpdateItemRequest.builder().table("probe_main").key(KEY).set("n", 1).build())
            .attributes();
    assertTrue(attributes.isEmpty());
  }

  @Test
  void readsTagsAndTheTimeToLiveStub() {
    t.respond(
        "{\"Tags\":[{\"Key\":\"env\",\"Value\":\"test\"},{\"Key\":\"team\",\"Value\":\"x\"}]}");
    assertEquals(
        Map.of("env", "test", "team", "x"),
        db.listTagsOfResource(ListTagsOfResourceRequest.of(ARN)).tagMap());
    t.respond("");
    db.tagResource(TagResourceRequest.of(ARN, Map.of("env", "test")));
    t.respond("{\"TimeToLiveDescription\":{\"TimeToLiveStatus\":\"DISABLED\"}}");
    assertEquals(
        TimeToLiveStatus.DISABLED,
        db.describeTimeToLive(DescribeTimeToLiveRequest.of("probe_main"))
            .timeToLiveDescription()
            .timeToLiveStatus());
  }

  @Test
  void readsUpdateTimeToLive() {
    t.respond("{\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"expires\"}}");
    assertEquals(
        "expires",
        db.updateTimeToLive(
                UpdateTimeToLiveRequest.builder().table("probe_main").enable("expires").build())
            .timeToLiveSpecification()
            .attributeName());
  }

  @Test
  void readsBackups() {
    String details =
        "{\"BackupArn\":\""
            + ARN
            + "/backup/01489173575360-b308cd7d\",\"BackupName\":\"nightly\","
            + "\"BackupSizeBytes\":1024,\"BackupStatus\":\"CREATING\",\"BackupType\":\"USER\","
            + "\"BackupCreationDateTime\":1489173575.36}";
    t.respond("{\"BackupDetails\":" + details + "}");
    BackupDetails b =
        db.createBackup(CreateBackupRequest.of("probe_main", "nightly")).backupDetails();
    assertEquals("nightly", b.backupName());
    assertEquals(BackupStatus.CREATING, b.backupStatus());
    assertEquals(BackupType.USER, b.backupType());
    assertEquals(1024L, b.backupSizeBytes());
    assertEquals(Instant.ofEpochMilli(1489173575360L), b.backupCreationDateTime());

    t.respond(
        "{\"BackupDescription\":{\"BackupDetails\":"
            + details.replace("CREATING", "SOMETHING_NEW")
            + ",\"SourceTableDetails\":{\"TableName\":\"probe_main\","
            + "\"TableId\":\"b0a0ff6c-2a2e-4e6f-9d11-7f43a3f2c4b1\","
            + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
            + "\"TableCreationDateTime\":1489173575,\"ProvisionedThroughput\":"
            + "{\"ReadCapacityUnits\":0,\"WriteCapacityUnits\":0},\"ItemCount\":7,"
            + "\"BillingMode\":\"PAY_PER_REQUEST\"},\"SourceTableFeatureDetails\":{}}}");
    var description =
        db.describeBackup(DescribeBackupRequest.of(b.backupArn())).backupDescription();
    BackupStatus status = description.backupDetails().backupStatus();
    assertFalse(status.isKnown());
    assertEquals("SOMETHING_NEW", status.value());
    assertEquals(BackupStatus.of("SOMETHING_NEW"), status);
    SourceTableDetails source = description.sourceTableDetails();
    assertEquals(7, source.itemCount());
    assertEquals(BillingMode.PAY_PER_REQUEST, source.billingMode());
    assertEquals("pk", source.keySchema().get(0).attributeName());
  }

  @Test
  void readsUnprocessedBatchEntriesSoTheyCanBeSentAgain() {
    t.respond(
        "{\"Responses\":{\"users\":[{\"id\":{\"S\":\"1\"}}]},"
            + "\"UnprocessedKeys\":{\"users\":{\"Keys\":[{\"id\":{\"S\":\"2\"}}],"
            + "\"ProjectionExpression\":\"#n0\",\"ExpressionAttributeNames\":{\"#n0\":\"a/b\"}}},"
            + "\"ConsumedCapacity\":[{\"TableName\":\"users\",\"CapacityUnits\":0.5}]}");
    BatchGetItemResponse got =
        db.batchGetItem(
            BatchGetItemRequest.builder()
                .get("users", Key.of("id", "1"), Key.of("id", "2"))
                .build());
    assertTrue(got.hasUnprocessedKeys());
    assertEquals(List.of(Key.of("id", "2")), got.unprocessedKeys().get("users").keys());
    assertEquals(0.5, got.consumedCapacity().get(0).capacityUnits());
    db.batchGetItem(BatchGetItemRequest.builder().requestItems(got.unprocessedKeys()).build());
    Sent.exactly(
        t,
        "BatchGetItem",
        "{\"RequestItems\":{\"users\":{\"Keys\":[{\"id\":{\"S\":\"2\"}}],"
            + "\"ProjectionExpression\":\"#n0\",\"ExpressionAttributeNames\":{\"#n0\":\"a/b\"}}}}");

    t.respond(
        "{\"UnprocessedItems\":{\"users\":[{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"3\"}}}},"
            + "{\"DeleteRequest\":{\"Key\":{\"id\":{\"S\":\"4\"}}}}]},"
            + "\"ItemCollectionMetrics\":{\"users\":[{\"ItemCollectionKey\":{\"id\":{\"S\":\"3\"}},"
            + "\"SizeEstimateRangeGB\":[0.5,1.0]}]},"
            + "\"ConsumedCapacity\":[{\"CapacityUnits\":25,\"TableName\":\"users\"}]}");
    BatchWriteItemResponse wrote =
        db.batchWriteItem(
            BatchWriteItemRequest.builder()
                .put("users", Item.of("id", "3"))
                .delete("users", Key.of("id", "4"))
                .build());
    assertEquals(
        List.of(WriteRequest.put(Item.of("id", "3")), WriteRequest.delete(Key.of("id", "4"))),
        wrote.unprocessedItems().get("users"));
    ItemCollectionMetrics m = wrote.itemCollectionMetrics().get("users").get(0);
    assertEquals(Key.of("id", "3"), m.itemCollectionKey());
    assertEquals(List.of(0.5, 1.0), m.sizeEstimateRangeGb());
    db.batchWriteItem(
        BatchWriteItemRequest.builder().requestItems(wrote.unprocessedItems()).build());
    Sent.exactly(
        t,
        "BatchWriteItem",
        "{\"RequestItems\":{\"users\":[{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"3\"}}}},"
            + "{\"DeleteRequest\":{\"Key\":{\"id\":{\"S\":\"4\"}}}}]}}");
  }

  @Test
  void dynalitesEmptyUnprocessedItemsMeanAllWereWritten() {
    t.respond(
        "{\"ConsumedCapacity\":[{\"CapacityUnits\":25,\"TableName\":\"probe_batch\"}],"
            + "\"UnprocessedItems\":{}}");
    BatchWriteItemResponse r =
        db.batchWriteItem(
            BatchWriteItemRequest.builder().put("probe_batch", Item.of("id", "i0")).build());
    assertFalse(r.hasUnprocessedItems());
    assertEquals(25.0, r.consumedCapacity().get(0).capacityUnits());
  }

  @Test
  void aFailedConditionCanReturnTheItemAsItWas() {
    t.respond(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
            + "\"message\":\"The conditional request failed\","
            + "\"Item\":{\"pk\":{\"S\":\"a\"},\"ver\":{\"N\":\"7\"}}}",
        true);
    ConditionalCheckFailedException e =
        assertThrows(
            ConditionalCheckFailedException.class,
            () ->
                db.updateItem(
                    UpdateItemRequest.builder()
                        .table("probe_main")
                        .key(KEY)
                        .set("ver", 8)
                        .condition("ver = :seen")
                        .value(":seen", 6)
                        .returnValuesOnConditionCheckFailure(
                            io.dynamo.api.model.ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()));
    assertTrue(
        t.lastBody().endsWith(",\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}"),
        t.lastBody());
    assertEquals(7, e.item().getInt("ver"));
    assertEquals(io.dynamo.api.error.Operation.UPDATE_ITEM, e.operation());
    assertNotNull(e.requestId());
  }

  @Test
  void aBadItemInAPageFailsWithItsPath() {
    t.respond(
        "{\"Items\":[{\"id\":{\"S\":\"0\"}},{\"id\":{\"S\":\"1\"}},{\"id\":{\"S\":\"2\"}},"
            + "{\"id\":{\"S\":\"3\"},\"price\":{\"N\":\"twelve\"}}],\"Count\":4,\"ScannedCount\":4}");
    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () ->
                db.query(
                    QueryRequest.builder()
                        .table("t_1")
                        .keyCondition("id = :id")
                        .values(Map.of(":id", "0"))
                        .build()));
    assertTrue(e.getMessage().contains("Items[3].price: "), e.getMessage());
    assertEquals(200, e.statusCode());
  }

  @Test
  void aFieldOfTheWrongTypeFailsWithItsName() {
    t.respond("{\"Count\":\"many\"}");
    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () ->
                db.query(
                    QueryRequest.builder()
                        .table("t_1")
                        .keyCondition("id = :id")
                        .values(Map.of(":id", "0"))
                        .build()));
    assertTrue(e.getMessage().contains("Count: expected a number"), e.getMessage());
  }

  @Test
  void responsesWithoutCrcAreAcceptedAndDamagedOnesAreNot() {
    t.respond(200, "{\"Item\":{\"pk\":{\"S\":\"a\"}}}", false);
    assertNotNull(db.getItem("probe_main", KEY).item());
    t.respond(200, "{}", false);
    assertNull(db.getItem("probe_main", KEY).item());
    t.respondWithCrc("{}", "2745614147");
    assertNull(db.getItem("probe_main", KEY).item());
    t.respondWithCrc("{}", "12345");
    assertThrows(CrcMismatchException.class, () -> db.getItem("probe_main", KEY));
  }
}
