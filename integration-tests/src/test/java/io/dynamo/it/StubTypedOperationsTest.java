package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.model.BackupStatus;
import io.dynamo.api.model.BackupType;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateBackupRequest;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.DescribeBackupRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.codec.InvalidAttributeValueException;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.ModelChecker;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Typed operations against a stub server: the ones dynalite lacks (backups), responses dynalite
 * never gives, and bad input that must fail before anything is sent.
 */
class StubTypedOperationsTest {
  private final StubServer stub = StubServer.start();
  private final DynamoClient db =
      DynamoClient.builder()
          .endpoint(stub.endpoint())
          .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
          .retryPolicy(RetryPolicy.none())
          .build();

  @AfterEach
  void stop() {
    db.close();
    stub.close();
  }

  private static final String BACKUP_ARN =
      "arn:aws:dynamodb:us-east-1:123456789012:table/users/backup/01614864325000-4e2fbc1c";

  @Test
  void createsAndDescribesBackups() {
    stub.enqueue(
        StubResponse.dynamo(
            "{\"BackupDetails\":{\"BackupArn\":\""
                + BACKUP_ARN
                + "\",\"BackupName\":\"nightly\","
                + "\"BackupSizeBytes\":1024,\"BackupStatus\":\"CREATING\",\"BackupType\":\"USER\","
                + "\"BackupCreationDateTime\":1.614864325E9}}"),
        StubResponse.dynamo(
            "{\"BackupDescription\":{\"BackupDetails\":{\"BackupArn\":\""
                + BACKUP_ARN
                + "\","
                + "\"BackupName\":\"nightly\",\"BackupStatus\":\"AVAILABLE\",\"BackupType\":\"USER\","
                + "\"BackupCreationDateTime\":1614864325},\"SourceTableDetails\":{\"TableName\":\"users\","
                + "\"TableId\":\"e7f6a0c4-9d3b-4b77-a0c1-7e1b2c3d4e5f\",\"KeySchema\":[{\"AttributeName\":\"user/id\","
                + "\"KeyType\":\"HASH\"}],\"TableCreationDateTime\":1600000000,"
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":5},"
                + "\"ItemCount\":3,\"BillingMode\":\"PROVISIONED\"}}}"));
    ModelChecker model = ModelChecker.dynamoDb();

    var created = db.createBackup(CreateBackupRequest.of("users", "nightly")).backupDetails();
    assertEquals(BACKUP_ARN, created.backupArn());
    assertEquals(BackupStatus.CREATING, created.backupStatus());
    assertEquals(Instant.ofEpochSecond(1614864325), created.backupCreationDateTime());
    model.assertValidRequest(stub.request(0));
    assertEquals(
        "{\"TableName\":\"users\",\"BackupName\":\"nightly\"}", stub.request(0).bodyAsString());

    var described = db.describeBackup(DescribeBackupRequest.of(BACKUP_ARN)).backupDescription();
    assertEquals(BackupStatus.AVAILABLE, described.backupDetails().backupStatus());
    assertEquals(BackupType.USER, described.backupDetails().backupType());
    assertEquals("users", described.sourceTableDetails().tableName());
    assertEquals(3, described.sourceTableDetails().itemCount());
    assertEquals(BillingMode.PROVISIONED, described.sourceTableDetails().billingMode());
    model.assertValidRequest(stub.request(1));
  }

  @Test
  void garbageBodyOnSuccessIsATypedException() {
    stub.enqueue(StubResponse.dynamo("{\"Item\":{\"id\":{\"N\":\"1\"},\"price\":{\"N\":true}}}"));
    var e =
        assertThrows(InvalidResponseException.class, () -> db.getItem("users", Key.of("id", 1)));
    assertEquals(200, e.statusCode());
    assertTrue(
        e.getMessage().contains("Item.price: expected a number string for N"), e.getMessage());

    stub.enqueue(StubResponse.dynamo("<html>not json</html>"));
    var html = assertThrows(InvalidResponseException.class, () -> db.listTables());
    assertTrue(html.getMessage().contains("page's text: not json"), html.getMessage());
  }

  private void rejectedBeforeSending(String field, Executable call) {
    var e = assertThrows(InvalidRequestException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(0, stub.requestCount(), "nothing may be sent for bad input: " + e.getMessage());
  }

  @Test
  void badInputFailsBeforeAnythingIsSent() {
    rejectedBeforeSending("TableName", () -> db.getItem(null, Key.of("id", 1)));
    rejectedBeforeSending("TableName", () -> db.getItem("", Key.of("id", 1)));
    rejectedBeforeSending(
        "TableName",
        () ->
            db.createTable(
                CreateTableRequest.builder()
                    .table("ab")
                    .hashKey("id", ScalarType.S)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .build()));
    rejectedBeforeSending("Key", () -> db.getItem(GetItemRequest.builder().table("users").build()));
    rejectedBeforeSending(
        "ReturnValues",
        () ->
            db.putItem(
                PutItemRequest.builder()
                    .table("users")
                    .item(Item.of("id", 1))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build()));
    rejectedBeforeSending(
        "Limit",
        () ->
            db.query(
                QueryRequest.builder()
                    .table("users")
                    .keyCondition("id = :id")
                    .value(":id", 1)
                    .limit(0)
                    .build()));
    rejectedBeforeSending(
        "TotalSegments", () -> db.scan(ScanRequest.builder().table("users").segment(1).build()));
    rejectedBeforeSending(
        "KeyConditionExpression",
        () -> db.query(QueryRequest.builder().table("users").keyCondition("id = :id").build()));
    rejectedBeforeSending(
        "UpdateExpression",
        () ->
            db.updateItem(
                UpdateItemRequest.builder()
                    .table("users")
                    .key(Key.of("id", 1))
                    .set("tags", java.util.List.of("a"))
                    .remove("tags[0]")
                    .build()));
    Key[] tooMany = IntStream.range(0, 101).mapToObj(i -> Key.of("id", i)).toArray(Key[]::new);
    rejectedBeforeSending(
        "RequestItems.users.Keys",
        () -> db.batchGetItem(BatchGetItemRequest.builder().get("users", tooMany).build()));
    var emptyKey = assertThrows(InvalidAttributeValueException.class, () -> Key.of("id", ""));
    assertTrue(emptyKey.getMessage().contains("must not be empty"), emptyKey.getMessage());
    assertEquals(0, stub.requestCount());
  }

  @Test
  void configurationMistakesFailWhenTheClientIsBuilt() {
    var e =
        assertThrows(
            InvalidRequestException.class,
            () -> DynamoClient.builder().endpoint("ftp://example.com"));
    assertEquals("endpoint", e.field());
    var noRegion =
        assertThrows(
            InvalidRequestException.class,
            () ->
                DynamoClient.builder()
                    .environment(
                        io.dynamo.sign.Environment.of(
                            Map.of(), java.nio.file.Path.of("/nonexistent")))
                    .build());
    assertEquals("region", noRegion.field());
  }
}
