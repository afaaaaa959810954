package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoAsyncClient;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.ApproximateCreationDateTimePrecision;
import io.dynamo.api.model.AttributeDefinition;
import io.dynamo.api.model.AutoScalingPolicyUpdate;
import io.dynamo.api.model.AutoScalingSettingsUpdate;
import io.dynamo.api.model.AutoScalingTargetTrackingScalingPolicyConfigurationUpdate;
import io.dynamo.api.model.BackupStatus;
import io.dynamo.api.model.BackupType;
import io.dynamo.api.model.BackupTypeFilter;
import io.dynamo.api.model.BatchExecuteStatementRequest;
import io.dynamo.api.model.BatchStatementErrorCodeEnum;
import io.dynamo.api.model.BatchStatementRequest;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.ContinuousBackupsStatus;
import io.dynamo.api.model.ContributorInsightsAction;
import io.dynamo.api.model.ContributorInsightsMode;
import io.dynamo.api.model.ContributorInsightsStatus;
import io.dynamo.api.model.CreateBackupRequest;
import io.dynamo.api.model.CreateGlobalTableRequest;
import io.dynamo.api.model.CreateReplicaAction;
import io.dynamo.api.model.CsvOptions;
import io.dynamo.api.model.DeleteBackupRequest;
import io.dynamo.api.model.DeleteReplicaAction;
import io.dynamo.api.model.DeleteResourcePolicyRequest;
import io.dynamo.api.model.DescribeBackupRequest;
import io.dynamo.api.model.DescribeContinuousBackupsRequest;
import io.dynamo.api.model.DescribeContributorInsightsRequest;
import io.dynamo.api.model.DescribeEndpointsRequest;
import io.dynamo.api.model.DescribeExportRequest;
import io.dynamo.api.model.DescribeGlobalTableRequest;
import io.dynamo.api.model.DescribeGlobalTableSettingsRequest;
import io.dynamo.api.model.DescribeImportRequest;
import io.dynamo.api.model.DescribeKinesisStreamingDestinationRequest;
import io.dynamo.api.model.DescribeLimitsRequest;
import io.dynamo.api.model.DescribeTableReplicaAutoScalingRequest;
import io.dynamo.api.model.DestinationStatus;
import io.dynamo.api.model.DisableKinesisStreamingDestinationRequest;
import io.dynamo.api.model.EnableKinesisStreamingConfiguration;
import io.dynamo.api.model.EnableKinesisStreamingDestinationRequest;
import io.dynamo.api.model.ExecuteStatementRequest;
import io.dynamo.api.model.ExecuteTransactionRequest;
import io.dynamo.api.model.ExportFormat;
import io.dynamo.api.model.ExportStatus;
import io.dynamo.api.model.ExportTableToPointInTimeRequest;
import io.dynamo.api.model.ExportType;
import io.dynamo.api.model.ExportViewType;
import io.dynamo.api.model.GetResourcePolicyRequest;
import io.dynamo.api.model.GlobalSecondaryIndex;
import io.dynamo.api.model.GlobalSecondaryIndexAutoScalingUpdate;
import io.dynamo.api.model.GlobalTableStatus;
import io.dynamo.api.model.ImportStatus;
import io.dynamo.api.model.ImportTableRequest;
import io.dynamo.api.model.IndexProjection;
import io.dynamo.api.model.IndexStatus;
import io.dynamo.api.model.InputCompressionType;
import io.dynamo.api.model.InputFormat;
import io.dynamo.api.model.InputFormatOptions;
import io.dynamo.api.model.KeySchemaElement;
import io.dynamo.api.model.KeyType;
import io.dynamo.api.model.ListBackupsRequest;
import io.dynamo.api.model.ListContributorInsightsRequest;
import io.dynamo.api.model.ListExportsRequest;
import io.dynamo.api.model.ListGlobalTablesRequest;
import io.dynamo.api.model.ListImportsRequest;
import io.dynamo.api.model.OnDemandThroughput;
import io.dynamo.api.model.ParameterizedStatement;
import io.dynamo.api.model.PointInTimeRecoverySpecification;
import io.dynamo.api.model.PointInTimeRecoveryStatus;
import io.dynamo.api.model.ProjectionType;
import io.dynamo.api.model.ProvisionedThroughput;
import io.dynamo.api.model.PutResourcePolicyRequest;
import io.dynamo.api.model.Replica;
import io.dynamo.api.model.ReplicaAutoScalingUpdate;
import io.dynamo.api.model.ReplicaSettingsUpdate;
import io.dynamo.api.model.ReplicaStatus;
import io.dynamo.api.model.ReplicaUpdate;
import io.dynamo.api.model.RestoreTableFromBackupRequest;
import io.dynamo.api.model.RestoreTableToPointInTimeRequest;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.api.model.ReturnItemCollectionMetrics;
import io.dynamo.api.model.ReturnValuesOnConditionCheckFailure;
import io.dynamo.api.model.S3BucketSource;
import io.dynamo.api.model.S3SseAlgorithm;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.SearchVectorsRequest;
import io.dynamo.api.model.SseSpecification;
import io.dynamo.api.model.SseStatus;
import io.dynamo.api.model.SseType;
import io.dynamo.api.model.StreamViewType;
import io.dynamo.api.model.TableClass;
import io.dynamo.api.model.TableCreationParameters;
import io.dynamo.api.model.TableStatus;
import io.dynamo.api.model.TimeToLiveSpecification;
import io.dynamo.api.model.TimeToLiveStatus;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UpdateContinuousBackupsRequest;
import io.dynamo.api.model.UpdateContributorInsightsRequest;
import io.dynamo.api.model.UpdateGlobalTableRequest;
import io.dynamo.api.model.UpdateGlobalTableSettingsRequest;
import io.dynamo.api.model.UpdateKinesisStreamingConfiguration;
import io.dynamo.api.model.UpdateKinesisStreamingDestinationRequest;
import io.dynamo.api.model.UpdateTableReplicaAutoScalingRequest;
import io.dynamo.api.model.UpdateTimeToLiveRequest;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The table of {@link StubAllOperationsTest}: one {@link OperationCase} per operation dynalite
 * lacks. Responses are what DynamoDB sends: timestamps as epoch seconds, with fractions and in the
 * exponent notation DynamoDB writes them in ({@code 1.489602797149E9}), enums, nested structures,
 * lists and maps. The model's examples file (examples-1.json) has an example of only one of these
 * operations, DescribeLimits, used here as it is; the others are written by hand.
 */
final class StubOperationCases {
  static final String ACCOUNT = "123456789012";
  static final String TABLE_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Music";
  static final String BACKUP_ARN = TABLE_ARN + "/backup/01489602797149-73d8d5bc";
  static final String EXPORT_ARN = TABLE_ARN + "/export/01699990000250-06e2188f";
  static final String IMPORT_ARN = TABLE_ARN + "/import/01700000000123-5a6e4f1b";
  static final String STREAM_ARN = "arn:aws:kinesis:us-east-1:123456789012:stream/music-changes";
  static final String GLOBAL_TABLE_ARN = "arn:aws:dynamodb::123456789012:global-table/Music";
  static final String KMS_KEY_ARN =
      "arn:aws:kms:us-east-1:123456789012:key/8e4a5f3c-2b1d-4c6e-9a7f-0d1e2f3a4b5c";
  static final String ROLE_ARN =
      "arn:aws:iam::123456789012:role/aws-service-role/dynamodb.application-autoscaling"
          + ".amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable";
  static final String TABLE_ID = "e7f6a0c4-9d3b-4b77-a0c1-7e1b2c3d4e5f";
  static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
          + "\"Action\":\"dynamodb:GetItem\",\"Resource\":\""
          + TABLE_ARN
          + "\"}]}";
  static final Key HAPPY_DAY = Key.of("Artist", "Acme Band", "SongTitle", "Happy Day");

  private static final Map<String, OperationCase<?, ?>> CASES = new LinkedHashMap<>();

  private StubOperationCases() {}

  /** Every case by operation name. */
  static Map<String, OperationCase<?, ?>> all() {
    return Collections.unmodifiableMap(CASES);
  }

  private static <Q, R> void add(
      String operation,
      Q request,
      BiFunction<DynamoClient, Q, R> sync,
      BiFunction<DynamoAsyncClient, Q, CompletableFuture<R>> async,
      List<String> sent,
      String response,
      Consumer<R> check) {
    OperationCase<Q, R> c =
        new OperationCase<>(operation, request, sync, async, sent, response, check);
    if (CASES.put(operation, c) != null) {
      throw new IllegalStateException("two cases for " + operation);
    }
  }

  /** JSON fragments written with ' for ". */
  private static List<String> sent(String... fragments) {
    return Arrays.stream(fragments).map(f -> f.replace('\'', '"')).toList();
  }

  private static Instant at(long seconds, long nanos) {
    return Instant.ofEpochSecond(seconds, nanos);
  }

  // ---- PartiQL (StubPartiqlTest has parameters of every type) --------------------------------

  private static void partiql() {
    add(
        "ExecuteStatement",
        ExecuteStatementRequest.builder()
            .statement("SELECT * FROM Music WHERE Artist = ?")
            .parameters(AttributeValue.s("Acme Band"))
            .consistentRead(true)
            .limit(10)
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
            .build(),
        DynamoClient::executeStatement,
        DynamoAsyncClient::executeStatement,
        sent(
            "{'Statement':'SELECT * FROM Music WHERE Artist = ?','Parameters':[{'S':'Acme Band'}],",
            "'ConsistentRead':true",
            "'ReturnConsumedCapacity':'INDEXES'",
            "'Limit':10"),
        """
        {"Items":[{"Artist":{"S":"Acme Band"},"SongTitle":{"S":"Happy Day"},"Plays":{"N":"1024"},
                   "Genres":{"SS":["Pop","Rock"]}},
                  {"Artist":{"S":"Acme Band"},"SongTitle":{"S":"PartiQL Rocks"},"Plays":{"N":"7"}}],
         "ConsumedCapacity":{"TableName":"Music","CapacityUnits":1.0,
                             "Table":{"ReadCapacityUnits":0.5,"CapacityUnits":0.5},
                             "GlobalSecondaryIndexes":{"AlbumTitleIndex":{"CapacityUnits":0.5}}}}
        """,
        r -> {
          assertEquals(2, r.items().size());
          assertEquals(1024, r.items().get(0).getLong("Plays"));
          assertEquals(
              List.of("Pop", "Rock"), List.copyOf(r.items().get(0).getStringSet("Genres")));
          assertEquals("PartiQL Rocks", r.items().get(1).getString("SongTitle"));
          assertEquals(1.0, r.consumedCapacity().capacityUnits());
          assertEquals(
              0.5,
              r.consumedCapacity().globalSecondaryIndexes().get("AlbumTitleIndex").capacityUnits());
          assertNull(r.nextToken());
        });

    add(
        "BatchExecuteStatement",
        BatchExecuteStatementRequest.builder()
            .statements(
                BatchStatementRequest.builder()
                    .statement("SELECT Plays FROM Music WHERE Artist = ? AND SongTitle = ?")
                    .parameters(AttributeValue.s("Acme Band"), AttributeValue.s("Happy Day"))
                    .consistentRead(true)
                    .build(),
                BatchStatementRequest.builder()
                    .statement(
                        "UPDATE Music SET Plays = Plays + 1 WHERE Artist = ? AND SongTitle = ?"
                            + " AND Plays < ?")
                    .parameters(
                        AttributeValue.s("No One You Know"),
                        AttributeValue.s("Call Me Today"),
                        AttributeValue.n(5))
                    .returnValuesOnConditionCheckFailure(
                        ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .build())
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .build(),
        DynamoClient::batchExecuteStatement,
        DynamoAsyncClient::batchExecuteStatement,
        sent(
            "'Parameters':[{'S':'Acme Band'},{'S':'Happy Day'}],'ConsistentRead':true}",
            "'Parameters':[{'S':'No One You Know'},{'S':'Call Me Today'},{'N':'5'}],"
                + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}],"
                + "'ReturnConsumedCapacity':'TOTAL'}"),
        """
        {"Responses":[
           {"TableName":"Music","Item":{"Plays":{"N":"1024"}}},
           {"TableName":"Music",
            "Error":{"Code":"ConditionalCheckFailed","Message":"The conditional request failed",
                     "Item":{"Artist":{"S":"No One You Know"},"SongTitle":{"S":"Call Me Today"},
                             "Plays":{"N":"7"}}}}],
         "ConsumedCapacity":[{"TableName":"Music","CapacityUnits":1.5}]}
        """,
        r -> {
          assertEquals(1024, r.responses().get(0).item().getLong("Plays"));
          assertNull(r.responses().get(0).error());
          var error = r.responses().get(1).error();
          assertEquals(BatchStatementErrorCodeEnum.CONDITIONAL_CHECK_FAILED, error.code());
          assertEquals("The conditional request failed", error.message());
          assertEquals(7, error.item().getInt("Plays"));
          assertNull(r.responses().get(1).item());
          assertEquals(1.5, r.consumedCapacity().get(0).capacityUnits());
        });

    add(
        "ExecuteTransaction",
        ExecuteTransactionRequest.builder()
            .transactStatements(
                ParameterizedStatement.builder()
                    .statement("SELECT * FROM Music WHERE Artist = ? AND SongTitle = ?")
                    .parameters(AttributeValue.s("Acme Band"), AttributeValue.s("Happy Day"))
                    .build(),
                ParameterizedStatement.builder()
                    .statement("SELECT * FROM Music WHERE Artist = ? AND SongTitle = ?")
                    .parameters(AttributeValue.s("Acme Band"), AttributeValue.s("Missing Song"))
                    .build())
            .clientRequestToken("read-2023-11-14-0001")
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .build(),
        DynamoClient::executeTransaction,
        DynamoAsyncClient::executeTransaction,
        sent(
            "{'TransactStatements':[{'Statement':'SELECT * FROM Music WHERE Artist = ? AND"
                + " SongTitle = ?','Parameters':[{'S':'Acme Band'},{'S':'Happy Day'}]},",
            "'ClientRequestToken':'read-2023-11-14-0001','ReturnConsumedCapacity':'TOTAL'}"),
        """
        {"Responses":[{"Item":{"Artist":{"S":"Acme Band"},"SongTitle":{"S":"Happy Day"},
                               "Plays":{"N":"1024"},"Price":{"S":"12.50 EUR"}}},
                      {}],
         "ConsumedCapacity":[{"TableName":"Music","CapacityUnits":4.0,"ReadCapacityUnits":4.0}]}
        """,
        r -> {
          assertEquals(2, r.responses().size());
          Item first = r.responses().get(0).item();
          assertEquals(1024, first.getLong("Plays"));
          assertEquals(Money.parse("12.50 EUR"), first.get("Price", Money.class));
          assertNull(r.responses().get(1).item());
          assertEquals(4.0, r.consumedCapacity().get(0).readCapacityUnits());
        });
  }

  // ---- transactions (StubTransactionsTest covers cancellations and tokens) ---------------------

  private static void transactions() {
    add(
        "TransactGetItems",
        TransactGetItemsRequest.builder()
            .get("Music", HAPPY_DAY, "Plays", "Genres")
            .get("Music", Key.of("Artist", "Acme Band", "SongTitle", "Missing Song"))
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .build(),
        DynamoClient::transactGetItems,
        DynamoAsyncClient::transactGetItems,
        sent(
            "{'Get':{'Key':{'Artist':{'S':'Acme Band'},'SongTitle':{'S':'Happy Day'}},"
                + "'TableName':'Music','ProjectionExpression':'Plays, Genres'}}",
            "'ReturnConsumedCapacity':'TOTAL'}"),
        """
        {"Responses":[{"Item":{"Plays":{"N":"1024"},"Genres":{"SS":["Pop","Rock"]}}},{}],
         "ConsumedCapacity":[{"TableName":"Music","CapacityUnits":4.0,"ReadCapacityUnits":4.0}]}
        """,
        r -> {
          assertEquals(1024, r.item(0).getLong("Plays"));
          assertEquals(2, r.item(0).getStringSet("Genres").size());
          assertNull(r.item(1));
          assertFalse(r.find(1).isPresent());
          assertEquals("Music", r.consumedCapacity().get(0).tableName());
        });

    add(
        "TransactWriteItems",
        TransactWriteItemsRequest.builder()
            .put(
                "Music",
                Item.of("Artist", "Acme Band", "SongTitle", "New Single", "Plays", 0),
                Condition.attributeNotExists("Artist"))
            .update("Music", HAPPY_DAY, u -> u.add("Plays", 1))
            .delete("Music", Key.of("Artist", "Acme Band", "SongTitle", "Old Demo"))
            .clientRequestToken("release-2023-11-14-0001")
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
            .build(),
        DynamoClient::transactWriteItems,
        DynamoAsyncClient::transactWriteItems,
        sent(
            "{'Put':{'Item':{'Artist':{'S':'Acme Band'},"
                + "'SongTitle':{'S':'New Single'},'Plays':{'N':'0'}},'TableName':'Music',"
                + "'ConditionExpression':'attribute_not_exists(Artist)'}}",
            "'UpdateExpression':'ADD Plays :v0','TableName':'Music',"
                + "'ExpressionAttributeValues':{':v0':{'N':'1'}}}}",
            "{'Delete':{'Key':{'Artist':{'S':'Acme Band'},"
                + "'SongTitle':{'S':'Old Demo'}},'TableName':'Music'}}",
            "'ReturnConsumedCapacity':'TOTAL','ReturnItemCollectionMetrics':'SIZE',"
                + "'ClientRequestToken':'release-2023-11-14-0001'}"),
        """
        {"ConsumedCapacity":[{"TableName":"Music","CapacityUnits":6.0,"WriteCapacityUnits":6.0}],
         "ItemCollectionMetrics":{"Music":[{"ItemCollectionKey":{"Artist":{"S":"Acme Band"}},
                                           "SizeEstimateRangeGB":[0.0,1.0]}]}}
        """,
        r -> {
          assertEquals(6.0, r.consumedCapacity().get(0).writeCapacityUnits());
          var metrics = r.itemCollectionMetrics().get("Music").get(0);
          assertEquals("Acme Band", metrics.itemCollectionKey().getString("Artist"));
          assertEquals(List.of(0.0, 1.0), metrics.sizeEstimateRangeGb());
        });
  }

  // ---- backups and restores ------------------------------------------------------------------

  private static String backupDescription(String status) {
    return """
        {"BackupDescription":{
           "BackupDetails":{"BackupArn":"%s","BackupName":"Music-nightly","BackupSizeBytes":4096,
                            "BackupStatus":"%s","BackupType":"USER",
                            "BackupCreationDateTime":1.489602797149E9},
           "SourceTableDetails":{"TableName":"Music","TableId":"%s","TableArn":"%s",
                                 "TableSizeBytes":8192,
                                 "KeySchema":[{"AttributeName":"Artist","KeyType":"HASH"},
                                              {"AttributeName":"SongTitle","KeyType":"RANGE"}],
                                 "TableCreationDateTime":1.489602000015E9,
                                 "ProvisionedThroughput":{"ReadCapacityUnits":5,
                                                          "WriteCapacityUnits":5},
                                 "ItemCount":42,"BillingMode":"PROVISIONED"},
           "SourceTableFeatureDetails":{
             "GlobalSecondaryIndexes":[{"IndexName":"AlbumTitleIndex",
                                        "KeySchema":[{"AttributeName":"AlbumTitle",
                                                      "KeyType":"HASH"}],
                                        "Projection":{"ProjectionType":"INCLUDE",
                                                      "NonKeyAttributes":["Genre","Year"]},
                                        "ProvisionedThroughput":{"ReadCapacityUnits":5,
                                                                 "WriteCapacityUnits":5}}],
             "StreamDescription":{"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"},
             "TimeToLiveDescription":{"TimeToLiveStatus":"ENABLED","AttributeName":"ExpiresAt"},
             "SSEDescription":{"Status":"ENABLED","SSEType":"KMS","KMSMasterKeyArn":"%s"}}}}
        """
        .formatted(BACKUP_ARN, status, TABLE_ID, TABLE_ARN, KMS_KEY_ARN);
  }

  private static void checkBackup(io.dynamo.api.model.BackupDescription d, BackupStatus status) {
    assertEquals(BACKUP_ARN, d.backupDetails().backupArn());
    assertEquals(status, d.backupDetails().backupStatus());
    assertEquals(BackupType.USER, d.backupDetails().backupType());
    assertEquals(at(1489602797L, 149_000_000), d.backupDetails().backupCreationDateTime());
    assertEquals(4096L, d.backupDetails().backupSizeBytes());
    var table = d.sourceTableDetails();
    assertEquals(TABLE_ID, table.tableId());
    assertEquals(KeyType.RANGE, table.keySchema().get(1).keyType());
    assertEquals(at(1489602000L, 15_000_000), table.tableCreationDateTime());
    assertEquals(42L, table.itemCount());
    assertEquals(BillingMode.PROVISIONED, table.billingMode());
    var features = d.sourceTableFeatureDetails();
    var index = features.globalSecondaryIndexes().get(0);
    assertEquals(ProjectionType.INCLUDE, index.projection().projectionType());
    assertEquals(List.of("Genre", "Year"), index.projection().nonKeyAttributes());
    assertEquals(5L, index.provisionedThroughput().readCapacityUnits());
    assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, features.streamDescription().streamViewType());
    assertEquals(TimeToLiveStatus.ENABLED, features.timeToLiveDescription().timeToLiveStatus());
    assertEquals(SseType.KMS, features.sseDescription().sseType());
    assertEquals(KMS_KEY_ARN, features.sseDescription().kmsMasterKeyArn());
  }

  /** A table as DynamoDB describes one it is restoring. */
  private static String restoredTable(String name, String restoredFrom) {
    return """
        {"TableDescription":{
           "AttributeDefinitions":[{"AttributeName":"Artist","AttributeType":"S"},
                                   {"AttributeName":"SongTitle","AttributeType":"S"},
                                   {"AttributeName":"AlbumTitle","AttributeType":"S"}],
           "TableName":"%s",
           "KeySchema":[{"AttributeName":"Artist","KeyType":"HASH"},
                        {"AttributeName":"SongTitle","KeyType":"RANGE"}],
           "TableStatus":"CREATING","CreationDateTime":1700000000.123,
           "ProvisionedThroughput":{"NumberOfDecreasesToday":0,"ReadCapacityUnits":0,
                                    "WriteCapacityUnits":0},
           "TableSizeBytes":0,"ItemCount":0,
           "TableArn":"arn:aws:dynamodb:us-east-1:123456789012:table/%s",
           "TableId":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
           "BillingModeSummary":{"BillingMode":"PAY_PER_REQUEST",
                                 "LastUpdateToPayPerRequestDateTime":1700000000.123},
           "GlobalSecondaryIndexes":[{"IndexName":"AlbumTitleIndex",
                                      "KeySchema":[{"AttributeName":"AlbumTitle","KeyType":"HASH"}],
                                      "Projection":{"ProjectionType":"KEYS_ONLY"},
                                      "IndexStatus":"CREATING","Backfilling":false,
                                      "ProvisionedThroughput":{"NumberOfDecreasesToday":0,
                                                               "ReadCapacityUnits":0,
                                                               "WriteCapacityUnits":0},
                                      "IndexSizeBytes":0,"ItemCount":0,
                                      "IndexArn":"arn:aws:dynamodb:us-east-1:123456789012:table/%s/index/AlbumTitleIndex",
                                      "OnDemandThroughput":{"MaxReadRequestUnits":-1,
                                                            "MaxWriteRequestUnits":-1}}],
           "RestoreSummary":{%s,"RestoreDateTime":1.699990000125E9,"RestoreInProgress":true},
           "SSEDescription":{"Status":"ENABLED","SSEType":"KMS","KMSMasterKeyArn":"%s"},
           "TableClassSummary":{"TableClass":"STANDARD"},
           "DeletionProtectionEnabled":false,
           "OnDemandThroughput":{"MaxReadRequestUnits":100,"MaxWriteRequestUnits":50},
           "WarmThroughput":{"ReadUnitsPerSecond":12000,"WriteUnitsPerSecond":4000,
                             "Status":"UPDATING"}}}
        """
        .formatted(name, name, name, restoredFrom, KMS_KEY_ARN);
  }

  private static void checkRestored(io.dynamo.api.model.TableDescription t, String name) {
    assertEquals(name, t.tableName());
    assertEquals(TableStatus.CREATING, t.tableStatus());
    assertEquals(at(1700000000L, 123_000_000), t.creationDateTime());
    assertEquals(ScalarType.S, t.attributeDefinitions().get(2).attributeType());
    assertEquals(BillingMode.PAY_PER_REQUEST, t.billingModeSummary().billingMode());
    assertEquals(0L, t.provisionedThroughput().readCapacityUnits());
    var index = t.globalSecondaryIndexes().get(0);
    assertEquals(IndexStatus.CREATING, index.indexStatus());
    assertEquals(ProjectionType.KEYS_ONLY, index.projection().projectionType());
    assertFalse(index.backfilling());
    assertEquals(-1L, index.onDemandThroughput().maxReadRequestUnits());
    assertTrue(t.restoreSummary().restoreInProgress());
    assertEquals(at(1699990000L, 125_000_000), t.restoreSummary().restoreDateTime());
    assertEquals(SseStatus.ENABLED, t.sseDescription().status());
    assertEquals(TableClass.STANDARD, t.tableClassSummary().tableClass());
    assertFalse(t.deletionProtectionEnabled());
    assertEquals(50L, t.onDemandThroughput().maxWriteRequestUnits());
    assertEquals(TableStatus.UPDATING, t.warmThroughput().status());
  }

  private static void backups() {
    add(
        "CreateBackup",
        CreateBackupRequest.of("Music", "Music-nightly"),
        DynamoClient::createBackup,
        DynamoAsyncClient::createBackup,
        sent("{'TableName':'Music','BackupName':'Music-nightly'}"),
        """
        {"BackupDetails":{"BackupArn":"%s","BackupName":"Music-nightly","BackupSizeBytes":0,
                          "BackupStatus":"CREATING","BackupType":"USER",
                          "BackupCreationDateTime":1.489602797149E9}}
        """
            .formatted(BACKUP_ARN),
        r -> {
          assertEquals(BACKUP_ARN, r.backupDetails().backupArn());
          assertEquals(BackupStatus.CREATING, r.backupDetails().backupStatus());
          assertEquals(0L, r.backupDetails().backupSizeBytes());
          assertEquals(at(1489602797L, 149_000_000), r.backupDetails().backupCreationDateTime());
          assertNull(r.backupDetails().backupExpiryDateTime());
        });

    add(
        "DescribeBackup",
        DescribeBackupRequest.of(BACKUP_ARN),
        DynamoClient::describeBackup,
        DynamoAsyncClient::describeBackup,
        sent("{'BackupArn':'" + BACKUP_ARN + "'}"),
        backupDescription("AVAILABLE"),
        r -> checkBackup(r.backupDescription(), BackupStatus.AVAILABLE));

    add(
        "DeleteBackup",
        DeleteBackupRequest.of(BACKUP_ARN),
        DynamoClient::deleteBackup,
        DynamoAsyncClient::deleteBackup,
        sent("{'BackupArn':'" + BACKUP_ARN + "'}"),
        backupDescription("DELETED"),
        r -> checkBackup(r.backupDescription(), BackupStatus.DELETED));

    add(
        "ListBackups",
        ListBackupsRequest.builder()
            .tableName("Music")
            .limit(25)
            .timeRangeLowerBound(at(1489000000L, 0))
            .timeRangeUpperBound(at(1700000000L, 750_000_000))
            .backupType(BackupTypeFilter.ALL)
            .build(),
        DynamoClient::listBackups,
        DynamoAsyncClient::listBackups,
        sent(
            "{'TableName':'Music','Limit':25,'TimeRangeLowerBound':1489000000,"
                + "'TimeRangeUpperBound':1700000000.75,'BackupType':'ALL'}"),
        """
        {"BackupSummaries":[
           {"TableName":"Music","TableId":"%s","TableArn":"%s","BackupArn":"%s",
            "BackupName":"Music-nightly","BackupCreationDateTime":1.489602797149E9,
            "BackupStatus":"AVAILABLE","BackupType":"USER","BackupSizeBytes":4096},
           {"TableName":"Music","TableId":"%s","TableArn":"%s",
            "BackupArn":"%s/backup/01699999999000-0c7b2e91",
            "BackupName":"Music-system","BackupCreationDateTime":1699999999,
            "BackupExpiryDateTime":1702591999.5,
            "BackupStatus":"AVAILABLE","BackupType":"SYSTEM","BackupSizeBytes":8192}],
         "LastEvaluatedBackupArn":"%s/backup/01699999999000-0c7b2e91"}
        """
            .formatted(TABLE_ID, TABLE_ARN, BACKUP_ARN, TABLE_ID, TABLE_ARN, TABLE_ARN, TABLE_ARN),
        r -> {
          assertEquals(2, r.backupSummaries().size());
          assertEquals(BACKUP_ARN, r.backupSummaries().get(0).backupArn());
          assertEquals(BackupType.SYSTEM, r.backupSummaries().get(1).backupType());
          assertEquals(at(1699999999L, 0), r.backupSummaries().get(1).backupCreationDateTime());
          assertEquals(
              at(1702591999L, 500_000_000), r.backupSummaries().get(1).backupExpiryDateTime());
          assertEquals(TABLE_ARN + "/backup/01699999999000-0c7b2e91", r.lastEvaluatedBackupArn());
        });

    add(
        "RestoreTableFromBackup",
        RestoreTableFromBackupRequest.builder()
            .targetTableName("MusicRestored")
            .backupArn(BACKUP_ARN)
            .billingModeOverride(BillingMode.PAY_PER_REQUEST)
            .globalSecondaryIndexOverride(
                GlobalSecondaryIndex.builder()
                    .indexName("AlbumTitleIndex")
                    .keySchema(KeySchemaElement.of("AlbumTitle", KeyType.HASH))
                    .projection(IndexProjection.keysOnly())
                    .build())
            .onDemandThroughputOverride(
                OnDemandThroughput.builder()
                    .maxReadRequestUnits(100L)
                    .maxWriteRequestUnits(50L)
                    .build())
            .sseSpecificationOverride(
                SseSpecification.builder()
                    .enabled(true)
                    .sseType(SseType.KMS)
                    .kmsMasterKeyId(KMS_KEY_ARN)
                    .build())
            .build(),
        DynamoClient::restoreTableFromBackup,
        DynamoAsyncClient::restoreTableFromBackup,
        sent(
            "{'TargetTableName':'MusicRestored','BackupArn':'" + BACKUP_ARN + "',",
            "'BillingModeOverride':'PAY_PER_REQUEST'",
            "'GlobalSecondaryIndexOverride':[{'IndexName':'AlbumTitleIndex',"
                + "'KeySchema':[{'AttributeName':'AlbumTitle','KeyType':'HASH'}],"
                + "'Projection':{'ProjectionType':'KEYS_ONLY'}}]",
            "'OnDemandThroughputOverride':{'MaxReadRequestUnits':100,'MaxWriteRequestUnits':50}",
            "'SSESpecificationOverride':{'Enabled':true,'SSEType':'KMS','KMSMasterKeyId':'"
                + KMS_KEY_ARN
                + "'}"),
        restoredTable("MusicRestored", "\"SourceBackupArn\":\"" + BACKUP_ARN + "\""),
        r -> {
          checkRestored(r.tableDescription(), "MusicRestored");
          assertEquals(BACKUP_ARN, r.tableDescription().restoreSummary().sourceBackupArn());
        });

    add(
        "RestoreTableToPointInTime",
        RestoreTableToPointInTimeRequest.builder()
            .sourceTableName("Music")
            .targetTableName("MusicYesterday")
            .restoreDateTime(at(1699990000L, 125_000_000))
            .billingModeOverride(BillingMode.PROVISIONED)
            .provisionedThroughputOverride(ProvisionedThroughput.of(10, 5))
            .build(),
        DynamoClient::restoreTableToPointInTime,
        DynamoAsyncClient::restoreTableToPointInTime,
        sent(
            "{'SourceTableName':'Music','TargetTableName':'MusicYesterday',"
                + "'RestoreDateTime':1699990000.125,'BillingModeOverride':'PROVISIONED',"
                + "'ProvisionedThroughputOverride':{'ReadCapacityUnits':10,'WriteCapacityUnits':5}}"),
        restoredTable("MusicYesterday", "\"SourceTableArn\":\"" + TABLE_ARN + "\""),
        r -> {
          checkRestored(r.tableDescription(), "MusicYesterday");
          assertEquals(TABLE_ARN, r.tableDescription().restoreSummary().sourceTableArn());
          assertNull(r.tableDescription().restoreSummary().sourceBackupArn());
        });

    add(
        "DescribeContinuousBackups",
        DescribeContinuousBackupsRequest.of("Music"),
        DynamoClient::describeContinuousBackups,
        DynamoAsyncClient::describeContinuousBackups,
        sent("{'TableName':'Music'}"),
        """
        {"ContinuousBackupsDescription":{
           "ContinuousBackupsStatus":"ENABLED",
           "PointInTimeRecoveryDescription":{"PointInTimeRecoveryStatus":"ENABLED",
                                             "RecoveryPeriodInDays":35,
                                             "EarliestRestorableDateTime":1699900000.5,
                                             "LatestRestorableDateTime":1.700000000E9}}}
        """,
        r -> {
          var d = r.continuousBackupsDescription();
          assertEquals(ContinuousBackupsStatus.ENABLED, d.continuousBackupsStatus());
          var pitr = d.pointInTimeRecoveryDescription();
          assertEquals(PointInTimeRecoveryStatus.ENABLED, pitr.pointInTimeRecoveryStatus());
          assertEquals(35, pitr.recoveryPeriodInDays());
          assertEquals(at(1699900000L, 500_000_000), pitr.earliestRestorableDateTime());
          assertEquals(at(1700000000L, 0), pitr.latestRestorableDateTime());
        });

    add(
        "UpdateContinuousBackups",
        UpdateContinuousBackupsRequest.builder()
            .tableName("Music")
            .pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder()
                    .pointInTimeRecoveryEnabled(true)
                    .recoveryPeriodInDays(14)
                    .build())
            .build(),
        DynamoClient::updateContinuousBackups,
        DynamoAsyncClient::updateContinuousBackups,
        sent(
            "{'TableName':'Music','PointInTimeRecoverySpecification':"
                + "{'PointInTimeRecoveryEnabled':true,'RecoveryPeriodInDays':14}}"),
        """
        {"ContinuousBackupsDescription":{
           "ContinuousBackupsStatus":"ENABLED",
           "PointInTimeRecoveryDescription":{"PointInTimeRecoveryStatus":"ENABLED",
                                             "RecoveryPeriodInDays":14,
                                             "EarliestRestorableDateTime":1.700000000125E9,
                                             "LatestRestorableDateTime":1.700000000125E9}}}
        """,
        r -> {
          var pitr = r.continuousBackupsDescription().pointInTimeRecoveryDescription();
          assertEquals(14, pitr.recoveryPeriodInDays());
          assertEquals(at(1700000000L, 125_000_000), pitr.earliestRestorableDateTime());
        });
  }

  // ---- global tables -------------------------------------------------------------------------

  private static String globalTable(String status, String replicas) {
    return """
        {"GlobalTableDescription":{"ReplicationGroup":%s,"GlobalTableArn":"%s",
                                   "CreationDateTime":1.700000000123E9,"GlobalTableStatus":"%s",
                                   "GlobalTableName":"Music"}}
        """
        .formatted(replicas, GLOBAL_TABLE_ARN, status);
  }

  private static final String AUTO_SCALING =
      """
      {"MinimumUnits":5,"MaximumUnits":40000,"AutoScalingDisabled":false,
       "AutoScalingRoleArn":"%s",
       "ScalingPolicies":[{"PolicyName":"DynamoDBReadCapacityUtilization:table/Music",
                           "TargetTrackingScalingPolicyConfiguration":
                             {"DisableScaleIn":false,"ScaleInCooldown":60,"ScaleOutCooldown":60,
                              "TargetValue":70.0}}]}
      """
          .formatted(ROLE_ARN);

  private static AutoScalingSettingsUpdate autoScaling(long min, long max) {
    return AutoScalingSettingsUpdate.builder()
        .minimumUnits(min)
        .maximumUnits(max)
        .autoScalingRoleArn(ROLE_ARN)
        .scalingPolicyUpdate(
            AutoScalingPolicyUpdate.builder()
                .policyName("DynamoDBWriteCapacityUtilization:table/Music")
                .targetTrackingScalingPolicyConfiguration(
                    AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.builder()
                        .targetValue(70.0)
                        .scaleInCooldown(60)
                        .scaleOutCooldown(30)
                        .disableScaleIn(false)
                        .build())
                .build())
        .build();
  }

  private static final String AUTO_SCALING_UPDATE_JSON =
      "{'MinimumUnits':5,'MaximumUnits':100,'AutoScalingRoleArn':'"
          + ROLE_ARN
          + "','ScalingPolicyUpdate':{'PolicyName':'DynamoDBWriteCapacityUtilization:table/Music',"
          + "'TargetTrackingScalingPolicyConfiguration':{'DisableScaleIn':false,"
          + "'ScaleInCooldown':60,'ScaleOutCooldown':30,'TargetValue':70.0}}}";

  private static void globalTables() {
    add(
        "CreateGlobalTable",
        CreateGlobalTableRequest.builder()
            .globalTableName("Music")
            .replicationGroup(
                Replica.builder().regionName("us-east-1").build(),
                Replica.builder().regionName("eu-west-1").build())
            .build(),
        DynamoClient::createGlobalTable,
        DynamoAsyncClient::createGlobalTable,
        sent(
            "{'GlobalTableName':'Music','ReplicationGroup':[{'RegionName':'us-east-1'},"
                + "{'RegionName':'eu-west-1'}]}"),
        globalTable(
            "CREATING",
            """
            [{"RegionName":"us-east-1","ReplicaStatus":"ACTIVE"},
             {"RegionName":"eu-west-1","ReplicaStatus":"CREATING",
              "ReplicaStatusPercentProgress":"0"}]
            """),
        r -> {
          var d = r.globalTableDescription();
          assertEquals(GlobalTableStatus.CREATING, d.globalTableStatus());
          assertEquals(GLOBAL_TABLE_ARN, d.globalTableArn());
          assertEquals(at(1700000000L, 123_000_000), d.creationDateTime());
          assertEquals("eu-west-1", d.replicationGroup().get(1).regionName());
          assertEquals(ReplicaStatus.CREATING, d.replicationGroup().get(1).replicaStatus());
          assertEquals("0", d.replicationGroup().get(1).replicaStatusPercentProgress());
        });

    add(
        "DescribeGlobalTable",
        DescribeGlobalTableRequest.of("Music"),
        DynamoClient::describeGlobalTable,
        DynamoAsyncClient::describeGlobalTable,
        sent("{'GlobalTableName':'Music'}"),
        globalTable(
            "ACTIVE",
            """
            [{"RegionName":"us-east-1","ReplicaStatus":"ACTIVE",
              "ReplicaArn":"arn:aws:dynamodb:us-east-1:123456789012:table/Music",
              "KMSMasterKeyId":"%s",
              "ProvisionedThroughputOverride":{"ReadCapacityUnits":20},
              "GlobalSecondaryIndexes":[{"IndexName":"AlbumTitleIndex",
                                         "ProvisionedThroughputOverride":{"ReadCapacityUnits":10}}],
              "ReplicaTableClassSummary":{"TableClass":"STANDARD_INFREQUENT_ACCESS",
                                          "LastUpdateDateTime":1.6999e9}},
             {"RegionName":"eu-west-1","ReplicaStatus":"REGION_DISABLED",
              "ReplicaStatusDescription":"Region disabled",
              "ReplicaInaccessibleDateTime":1700000100.001}]
            """
                .formatted(KMS_KEY_ARN)),
        r -> {
          var d = r.globalTableDescription();
          assertEquals(GlobalTableStatus.ACTIVE, d.globalTableStatus());
          var first = d.replicationGroup().get(0);
          assertEquals(KMS_KEY_ARN, first.kmsMasterKeyId());
          assertEquals(20L, first.provisionedThroughputOverride().readCapacityUnits());
          assertEquals(
              10L,
              first
                  .globalSecondaryIndexes()
                  .get(0)
                  .provisionedThroughputOverride()
                  .readCapacityUnits());
          assertEquals(
              TableClass.STANDARD_INFREQUENT_ACCESS, first.replicaTableClassSummary().tableClass());
          assertEquals(at(1699900000L, 0), first.replicaTableClassSummary().lastUpdateDateTime());
          var second = d.replicationGroup().get(1);
          assertEquals(ReplicaStatus.REGION_DISABLED, second.replicaStatus());
          assertEquals(at(1700000100L, 1_000_000), second.replicaInaccessibleDateTime());
        });

    add(
        "UpdateGlobalTable",
        UpdateGlobalTableRequest.builder()
            .globalTableName("Music")
            .replicaUpdates(
                ReplicaUpdate.builder()
                    .create(CreateReplicaAction.builder().regionName("eu-west-1").build())
                    .build(),
                ReplicaUpdate.builder()
                    .delete(DeleteReplicaAction.builder().regionName("ap-southeast-2").build())
                    .build())
            .build(),
        DynamoClient::updateGlobalTable,
        DynamoAsyncClient::updateGlobalTable,
        sent(
            "{'GlobalTableName':'Music','ReplicaUpdates':[{'Create':{'RegionName':'eu-west-1'}},"
                + "{'Delete':{'RegionName':'ap-southeast-2'}}]}"),
        globalTable(
            "UPDATING",
            """
            [{"RegionName":"us-east-1","ReplicaStatus":"ACTIVE"},
             {"RegionName":"eu-west-1","ReplicaStatus":"CREATING"},
             {"RegionName":"ap-southeast-2","ReplicaStatus":"DELETING"}]
            """),
        r -> {
          var d = r.globalTableDescription();
          assertEquals(GlobalTableStatus.UPDATING, d.globalTableStatus());
          assertEquals(3, d.replicationGroup().size());
          assertEquals(ReplicaStatus.DELETING, d.replicationGroup().get(2).replicaStatus());
        });

    add(
        "ListGlobalTables",
        ListGlobalTablesRequest.builder().limit(10).regionName("us-east-1").build(),
        DynamoClient::listGlobalTables,
        DynamoAsyncClient::listGlobalTables,
        sent("{'Limit':10,'RegionName':'us-east-1'}"),
        """
        {"GlobalTables":[{"GlobalTableName":"Music",
                          "ReplicationGroup":[{"RegionName":"us-east-1"},{"RegionName":"eu-west-1"}]},
                         {"GlobalTableName":"Playlists",
                          "ReplicationGroup":[{"RegionName":"us-east-1"}]}],
         "LastEvaluatedGlobalTableName":"Playlists"}
        """,
        r -> {
          assertEquals(2, r.globalTables().size());
          assertEquals("eu-west-1", r.globalTables().get(0).replicationGroup().get(1).regionName());
          assertEquals("Playlists", r.lastEvaluatedGlobalTableName());
        });

    add(
        "DescribeGlobalTableSettings",
        DescribeGlobalTableSettingsRequest.of("Music"),
        DynamoClient::describeGlobalTableSettings,
        DynamoAsyncClient::describeGlobalTableSettings,
        sent("{'GlobalTableName':'Music'}"),
        """
        {"GlobalTableName":"Music",
         "ReplicaSettings":[
           {"RegionName":"us-east-1","ReplicaStatus":"ACTIVE",
            "ReplicaBillingModeSummary":{"BillingMode":"PROVISIONED"},
            "ReplicaProvisionedReadCapacityUnits":20,
            "ReplicaProvisionedReadCapacityAutoScalingSettings":%s,
            "ReplicaProvisionedWriteCapacityUnits":10,
            "ReplicaGlobalSecondaryIndexSettings":[{"IndexName":"AlbumTitleIndex",
                                                    "IndexStatus":"ACTIVE",
                                                    "ProvisionedReadCapacityUnits":10,
                                                    "ProvisionedWriteCapacityUnits":5}],
            "ReplicaTableClassSummary":{"TableClass":"STANDARD","LastUpdateDateTime":1.7E9}}]}
        """
            .formatted(AUTO_SCALING),
        r -> {
          assertEquals("Music", r.globalTableName());
          var replica = r.replicaSettings().get(0);
          assertEquals(BillingMode.PROVISIONED, replica.replicaBillingModeSummary().billingMode());
          assertEquals(20L, replica.replicaProvisionedReadCapacityUnits());
          var scaling = replica.replicaProvisionedReadCapacityAutoScalingSettings();
          assertEquals(40000L, scaling.maximumUnits());
          assertEquals(ROLE_ARN, scaling.autoScalingRoleArn());
          var policy = scaling.scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration();
          assertEquals(70.0, policy.targetValue());
          assertEquals(60, policy.scaleInCooldown());
          assertEquals(
              IndexStatus.ACTIVE,
              replica.replicaGlobalSecondaryIndexSettings().get(0).indexStatus());
          assertEquals(at(1700000000L, 0), replica.replicaTableClassSummary().lastUpdateDateTime());
        });

    add(
        "UpdateGlobalTableSettings",
        UpdateGlobalTableSettingsRequest.builder()
            .globalTableName("Music")
            .globalTableBillingMode(BillingMode.PROVISIONED)
            .globalTableProvisionedWriteCapacityAutoScalingSettingsUpdate(autoScaling(5, 100))
            .replicaSettingsUpdate(
                ReplicaSettingsUpdate.builder()
                    .regionName("eu-west-1")
                    .replicaProvisionedReadCapacityUnits(20L)
                    .replicaTableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
                    .build())
            .build(),
        DynamoClient::updateGlobalTableSettings,
        DynamoAsyncClient::updateGlobalTableSettings,
        sent(
            "{'GlobalTableName':'Music','GlobalTableBillingMode':'PROVISIONED',"
                + "'GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate':"
                + AUTO_SCALING_UPDATE_JSON,
            "'ReplicaSettingsUpdate':[{'RegionName':'eu-west-1',"
                + "'ReplicaProvisionedReadCapacityUnits':20,"
                + "'ReplicaTableClass':'STANDARD_INFREQUENT_ACCESS'}]}"),
        """
        {"GlobalTableName":"Music",
         "ReplicaSettings":[{"RegionName":"eu-west-1","ReplicaStatus":"UPDATING",
                             "ReplicaProvisionedReadCapacityUnits":20,
                             "ReplicaProvisionedWriteCapacityAutoScalingSettings":%s,
                             "ReplicaTableClassSummary":{"TableClass":"STANDARD_INFREQUENT_ACCESS",
                                                         "LastUpdateDateTime":1700000000.5}}]}
        """
            .formatted(AUTO_SCALING),
        r -> {
          var replica = r.replicaSettings().get(0);
          assertEquals(ReplicaStatus.UPDATING, replica.replicaStatus());
          assertEquals(
              5L, replica.replicaProvisionedWriteCapacityAutoScalingSettings().minimumUnits());
          assertEquals(
              at(1700000000L, 500_000_000),
              replica.replicaTableClassSummary().lastUpdateDateTime());
        });

    add(
        "DescribeTableReplicaAutoScaling",
        DescribeTableReplicaAutoScalingRequest.of("Music"),
        DynamoClient::describeTableReplicaAutoScaling,
        DynamoAsyncClient::describeTableReplicaAutoScaling,
        sent("{'TableName':'Music'}"),
        """
        {"TableAutoScalingDescription":{
           "TableName":"Music","TableStatus":"ACTIVE",
           "Replicas":[{"RegionName":"us-east-1",
                        "GlobalSecondaryIndexes":[{"IndexName":"AlbumTitleIndex",
                                                   "IndexStatus":"ACTIVE",
                                                   "ProvisionedReadCapacityAutoScalingSettings":%s}],
                        "ReplicaProvisionedReadCapacityAutoScalingSettings":%s,
                        "ReplicaProvisionedWriteCapacityAutoScalingSettings":
                          {"MinimumUnits":1,"MaximumUnits":10,"AutoScalingDisabled":true},
                        "ReplicaStatus":"ACTIVE"}]}}
        """
            .formatted(AUTO_SCALING, AUTO_SCALING),
        r -> {
          var d = r.tableAutoScalingDescription();
          assertEquals(TableStatus.ACTIVE, d.tableStatus());
          var replica = d.replicas().get(0);
          assertEquals(ReplicaStatus.ACTIVE, replica.replicaStatus());
          assertTrue(
              replica.replicaProvisionedWriteCapacityAutoScalingSettings().autoScalingDisabled());
          assertEquals(
              "DynamoDBReadCapacityUtilization:table/Music",
              replica
                  .globalSecondaryIndexes()
                  .get(0)
                  .provisionedReadCapacityAutoScalingSettings()
                  .scalingPolicies()
                  .get(0)
                  .policyName());
        });

    add(
        "UpdateTableReplicaAutoScaling",
        UpdateTableReplicaAutoScalingRequest.builder()
            .globalSecondaryIndexUpdates(
                GlobalSecondaryIndexAutoScalingUpdate.builder()
                    .indexName("AlbumTitleIndex")
                    .provisionedWriteCapacityAutoScalingUpdate(autoScaling(5, 100))
                    .build())
            .tableName("Music")
            .provisionedWriteCapacityAutoScalingUpdate(autoScaling(5, 100))
            .replicaUpdates(
                ReplicaAutoScalingUpdate.builder()
                    .regionName("eu-west-1")
                    .replicaProvisionedReadCapacityAutoScalingUpdate(autoScaling(5, 100))
                    .build())
            .build(),
        DynamoClient::updateTableReplicaAutoScaling,
        DynamoAsyncClient::updateTableReplicaAutoScaling,
        sent(
            "{'GlobalSecondaryIndexUpdates':[{'IndexName':'AlbumTitleIndex',"
                + "'ProvisionedWriteCapacityAutoScalingUpdate':"
                + AUTO_SCALING_UPDATE_JSON
                + "}],'TableName':'Music',",
            "'ReplicaUpdates':[{'RegionName':'eu-west-1',"
                + "'ReplicaProvisionedReadCapacityAutoScalingUpdate':"
                + AUTO_SCALING_UPDATE_JSON
                + "}]}"),
        """
        {"TableAutoScalingDescription":{
           "TableName":"Music","TableStatus":"UPDATING",
           "Replicas":[{"RegionName":"eu-west-1","ReplicaStatus":"UPDATING",
                        "ReplicaProvisionedReadCapacityAutoScalingSettings":%s}]}}
        """
            .formatted(AUTO_SCALING),
        r -> {
          var d = r.tableAutoScalingDescription();
          assertEquals(TableStatus.UPDATING, d.tableStatus());
          assertEquals("eu-west-1", d.replicas().get(0).regionName());
          assertFalse(
              d.replicas()
                  .get(0)
                  .replicaProvisionedReadCapacityAutoScalingSettings()
                  .autoScalingDisabled());
        });
  }

  // ---- exports and imports -------------------------------------------------------------------

  private static void exportsAndImports() {
    add(
        "ExportTableToPointInTime",
        ExportTableToPointInTimeRequest.builder()
            .tableArn(TABLE_ARN)
            .clientToken("export-2023-11-14")
            .s3Bucket("music-exports")
            .s3BucketOwner(ACCOUNT)
            .s3Prefix("exports/music")
            .s3SseAlgorithm(S3SseAlgorithm.KMS)
            .s3SseKmsKeyId(KMS_KEY_ARN)
            .exportFormat(ExportFormat.ION)
            .exportType(ExportType.INCREMENTAL_EXPORT)
            .incrementalExportSpecification(
                io.dynamo.api.model.IncrementalExportSpecification.builder()
                    .exportFromTime(at(1699900000L, 0))
                    .exportToTime(at(1699990000L, 250_000_000))
                    .exportViewType(ExportViewType.NEW_AND_OLD_IMAGES)
                    .build())
            .build(),
        DynamoClient::exportTableToPointInTime,
        DynamoAsyncClient::exportTableToPointInTime,
        sent(
            "{'TableArn':'" + TABLE_ARN + "','ClientToken':'export-2023-11-14',",
            "'S3Bucket':'music-exports','S3BucketOwner':'123456789012','S3Prefix':'exports/music',"
                + "'S3SseAlgorithm':'KMS','S3SseKmsKeyId':'"
                + KMS_KEY_ARN
                + "','ExportFormat':'ION','ExportType':'INCREMENTAL_EXPORT',",
            "'IncrementalExportSpecification':{'ExportFromTime':1699900000,"
                + "'ExportToTime':1699990000.25,'ExportViewType':'NEW_AND_OLD_IMAGES'}}"),
        """
        {"ExportDescription":{
           "ExportArn":"%s","ExportStatus":"IN_PROGRESS","StartTime":1.700000000456E9,
           "TableArn":"%s","TableId":"%s","ClientToken":"export-2023-11-14",
           "S3Bucket":"music-exports","S3BucketOwner":"123456789012","S3Prefix":"exports/music",
           "S3SseAlgorithm":"KMS","S3SseKmsKeyId":"%s","ExportFormat":"ION",
           "ExportType":"INCREMENTAL_EXPORT",
           "IncrementalExportSpecification":{"ExportFromTime":1699900000,
                                             "ExportToTime":1.69999000025E9,
                                             "ExportViewType":"NEW_AND_OLD_IMAGES"}}}
        """
            .formatted(EXPORT_ARN, TABLE_ARN, TABLE_ID, KMS_KEY_ARN),
        r -> {
          var d = r.exportDescription();
          assertEquals(EXPORT_ARN, d.exportArn());
          assertEquals(ExportStatus.IN_PROGRESS, d.exportStatus());
          assertEquals(at(1700000000L, 456_000_000), d.startTime());
          assertNull(d.endTime());
          assertEquals(S3SseAlgorithm.KMS, d.s3SseAlgorithm());
          assertEquals(ExportFormat.ION, d.exportFormat());
          assertEquals(
              at(1699990000L, 250_000_000), d.incrementalExportSpecification().exportToTime());
        });

    add(
        "DescribeExport",
        DescribeExportRequest.of(EXPORT_ARN),
        DynamoClient::describeExport,
        DynamoAsyncClient::describeExport,
        sent("{'ExportArn':'" + EXPORT_ARN + "'}"),
        """
        {"ExportDescription":{
           "ExportArn":"%s","ExportStatus":"COMPLETED","StartTime":1.700000000456E9,
           "EndTime":1700000321.789,
           "ExportManifest":"exports/music/AWSDynamoDB/01699990000250-06e2188f/manifest-summary.json",
           "TableArn":"%s","TableId":"%s","ExportTime":1699990000.25,
           "ClientToken":"export-2023-11-14","S3Bucket":"music-exports",
           "S3BucketOwner":"123456789012","S3Prefix":"exports/music","S3SseAlgorithm":"AES256",
           "ExportFormat":"DYNAMODB_JSON","BilledSizeBytes":1073741824,"ItemCount":1500000,
           "ExportType":"FULL_EXPORT"}}
        """
            .formatted(EXPORT_ARN, TABLE_ARN, TABLE_ID),
        r -> {
          var d = r.exportDescription();
          assertEquals(ExportStatus.COMPLETED, d.exportStatus());
          assertEquals(at(1700000321L, 789_000_000), d.endTime());
          assertEquals(at(1699990000L, 250_000_000), d.exportTime());
          assertTrue(d.exportManifest().endsWith("manifest-summary.json"));
          assertEquals(1073741824L, d.billedSizeBytes());
          assertEquals(1500000L, d.itemCount());
          assertEquals(ExportType.FULL_EXPORT, d.exportType());
          assertEquals(S3SseAlgorithm.AES256, d.s3SseAlgorithm());
        });

    add(
        "ListExports",
        ListExportsRequest.builder().tableArn(TABLE_ARN).maxResults(25).build(),
        DynamoClient::listExports,
        DynamoAsyncClient::listExports,
        sent("{'TableArn':'" + TABLE_ARN + "','MaxResults':25}"),
        """
        {"ExportSummaries":[{"ExportArn":"%s","ExportStatus":"COMPLETED","ExportType":"FULL_EXPORT"},
                            {"ExportArn":"%s/export/01700000000000-1f2e3d4c",
                             "ExportStatus":"FAILED","ExportType":"INCREMENTAL_EXPORT"}]}
        """
            .formatted(EXPORT_ARN, TABLE_ARN),
        r -> {
          assertEquals(2, r.exportSummaries().size());
          assertEquals(EXPORT_ARN, r.exportSummaries().get(0).exportArn());
          assertEquals(ExportStatus.FAILED, r.exportSummaries().get(1).exportStatus());
          assertNull(r.nextToken());
        });

    add(
        "ImportTable",
        ImportTableRequest.builder()
            .clientToken("import-2023-11-14")
            .s3BucketSource(
                S3BucketSource.builder()
                    .s3BucketOwner(ACCOUNT)
                    .s3Bucket("music-imports")
                    .s3KeyPrefix("csv/2023/")
                    .build())
            .inputFormat(InputFormat.CSV)
            .inputFormatOptions(
                InputFormatOptions.builder()
                    .csv(
                        CsvOptions.builder()
                            .delimiter(";")
                            .headerList("Artist", "SongTitle", "Plays")
                            .build())
                    .build())
            .inputCompressionType(InputCompressionType.GZIP)
            .tableCreationParameters(
                TableCreationParameters.builder()
                    .tableName("MusicImported")
                    .attributeDefinitions(
                        AttributeDefinition.of("Artist", ScalarType.S),
                        AttributeDefinition.of("SongTitle", ScalarType.S))
                    .keySchema(
                        KeySchemaElement.of("Artist", KeyType.HASH),
                        KeySchemaElement.of("SongTitle", KeyType.RANGE))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .sseSpecification(SseSpecification.builder().enabled(true).build())
                    .build())
            .build(),
        DynamoClient::importTable,
        DynamoAsyncClient::importTable,
        sent(
            "{'ClientToken':'import-2023-11-14','S3BucketSource':{'S3BucketOwner':'123456789012',"
                + "'S3Bucket':'music-imports','S3KeyPrefix':'csv/2023/'},'InputFormat':'CSV',"
                + "'InputFormatOptions':{'Csv':{'Delimiter':';',"
                + "'HeaderList':['Artist','SongTitle','Plays']}},'InputCompressionType':'GZIP',",
            "'TableCreationParameters':{'TableName':'MusicImported',"
                + "'AttributeDefinitions':[{'AttributeName':'Artist','AttributeType':'S'},"
                + "{'AttributeName':'SongTitle','AttributeType':'S'}],"
                + "'KeySchema':[{'AttributeName':'Artist','KeyType':'HASH'},"
                + "{'AttributeName':'SongTitle','KeyType':'RANGE'}],"
                + "'BillingMode':'PAY_PER_REQUEST','SSESpecification':{'Enabled':true}}}"),
        importDescription("IN_PROGRESS", ""),
        r -> {
          var d = r.importTableDescription();
          assertEquals(IMPORT_ARN, d.importArn());
          assertEquals(ImportStatus.IN_PROGRESS, d.importStatus());
          assertEquals("music-imports", d.s3BucketSource().s3Bucket());
          assertEquals(
              List.of("Artist", "SongTitle", "Plays"), d.inputFormatOptions().csv().headerList());
          assertEquals(InputCompressionType.GZIP, d.inputCompressionType());
          assertEquals(KeyType.RANGE, d.tableCreationParameters().keySchema().get(1).keyType());
          assertEquals(at(1700000000L, 123_000_000), d.startTime());
        });

    add(
        "DescribeImport",
        DescribeImportRequest.of(IMPORT_ARN),
        DynamoClient::describeImport,
        DynamoAsyncClient::describeImport,
        sent("{'ImportArn':'" + IMPORT_ARN + "'}"),
        importDescription(
            "FAILED",
            """
            "EndTime":1.700000360999E9,"ProcessedSizeBytes":1048576,"ProcessedItemCount":10000,
            "ImportedItemCount":9998,"ErrorCount":2,
            "FailureCode":"ItemValidationError",
            "FailureMessage":"Some of the items failed validation checks and were not imported.",
            """),
        r -> {
          var d = r.importTableDescription();
          assertEquals(ImportStatus.FAILED, d.importStatus());
          assertEquals(at(1700000360L, 999_000_000), d.endTime());
          assertEquals(10000L, d.processedItemCount());
          assertEquals(9998L, d.importedItemCount());
          assertEquals(2L, d.errorCount());
          assertEquals("ItemValidationError", d.failureCode());
          assertEquals(";", d.inputFormatOptions().csv().delimiter());
        });

    add(
        "ListImports",
        ListImportsRequest.builder().tableArn(TABLE_ARN).pageSize(10).build(),
        DynamoClient::listImports,
        DynamoAsyncClient::listImports,
        sent("{'TableArn':'" + TABLE_ARN + "','PageSize':10}"),
        """
        {"ImportSummaryList":[{"ImportArn":"%s","ImportStatus":"COMPLETED","TableArn":"%s",
                               "S3BucketSource":{"S3BucketOwner":"123456789012",
                                                 "S3Bucket":"music-imports",
                                                 "S3KeyPrefix":"csv/2023/"},
                               "CloudWatchLogGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:/aws-dynamodb/imports:*",
                               "InputFormat":"CSV","StartTime":1700000000.123,
                               "EndTime":1.700000360999E9}]}
        """
            .formatted(IMPORT_ARN, TABLE_ARN),
        r -> {
          var s = r.importSummaryList().get(0);
          assertEquals(ImportStatus.COMPLETED, s.importStatus());
          assertEquals("csv/2023/", s.s3BucketSource().s3KeyPrefix());
          assertEquals(InputFormat.CSV, s.inputFormat());
          assertEquals(at(1700000360L, 999_000_000), s.endTime());
          assertTrue(s.cloudWatchLogGroupArn().startsWith("arn:aws:logs:"));
        });
  }

  private static String importDescription(String status, String more) {
    return """
        {"ImportTableDescription":{
           "ImportArn":"%s","ImportStatus":"%s","TableArn":"arn:aws:dynamodb:us-east-1:123456789012:table/MusicImported",
           "TableId":"%s","ClientToken":"import-2023-11-14",
           "S3BucketSource":{"S3BucketOwner":"123456789012","S3Bucket":"music-imports",
                             "S3KeyPrefix":"csv/2023/"},
           %s
           "CloudWatchLogGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:/aws-dynamodb/imports:*",
           "InputFormat":"CSV",
           "InputFormatOptions":{"Csv":{"Delimiter":";","HeaderList":["Artist","SongTitle","Plays"]}},
           "InputCompressionType":"GZIP",
           "TableCreationParameters":{
             "TableName":"MusicImported",
             "AttributeDefinitions":[{"AttributeName":"Artist","AttributeType":"S"},
                                     {"AttributeName":"SongTitle","AttributeType":"S"}],
             "KeySchema":[{"AttributeName":"Artist","KeyType":"HASH"},
                          {"AttributeName":"SongTitle","KeyType":"RANGE"}],
             "BillingMode":"PAY_PER_REQUEST","SSESpecification":{"Enabled":true}},
           "StartTime":1700000000.123}}
        """
        .formatted(IMPORT_ARN, status, TABLE_ID, more);
  }

  // ---- Kinesis streaming, contributor insights, search -------------------------------------

  private static void streamingAndInsights() {
    add(
        "DescribeKinesisStreamingDestination",
        DescribeKinesisStreamingDestinationRequest.of("Music"),
        DynamoClient::describeKinesisStreamingDestination,
        DynamoAsyncClient::describeKinesisStreamingDestination,
        sent("{'TableName':'Music'}"),
        """
        {"TableName":"Music",
         "KinesisDataStreamDestinations":[
           {"StreamArn":"%s","DestinationStatus":"ACTIVE",
            "ApproximateCreationDateTimePrecision":"MICROSECOND"},
           {"StreamArn":"arn:aws:kinesis:us-east-1:123456789012:stream/old-changes",
            "DestinationStatus":"ENABLE_FAILED",
            "DestinationStatusDescription":"User does not have a permission to use the KMS key"}]}
        """
            .formatted(STREAM_ARN),
        r -> {
          assertEquals("Music", r.tableName());
          var first = r.kinesisDataStreamDestinations().get(0);
          assertEquals(STREAM_ARN, first.streamArn());
          assertEquals(DestinationStatus.ACTIVE, first.destinationStatus());
          assertEquals(
              ApproximateCreationDateTimePrecision.MICROSECOND,
              first.approximateCreationDateTimePrecision());
          var second = r.kinesisDataStreamDestinations().get(1);
          assertEquals(DestinationStatus.ENABLE_FAILED, second.destinationStatus());
          assertTrue(second.destinationStatusDescription().contains("KMS key"));
        });

    add(
        "EnableKinesisStreamingDestination",
        EnableKinesisStreamingDestinationRequest.builder()
            .tableName("Music")
            .streamArn(STREAM_ARN)
            .enableKinesisStreamingConfiguration(
                EnableKinesisStreamingConfiguration.builder()
                    .approximateCreationDateTimePrecision(
                        ApproximateCreationDateTimePrecision.MICROSECOND)
                    .build())
            .build(),
        DynamoClient::enableKinesisStreamingDestination,
        DynamoAsyncClient::enableKinesisStreamingDestination,
        sent(
            "{'TableName':'Music','StreamArn':'"
                + STREAM_ARN
                + "','EnableKinesisStreamingConfiguration':"
                + "{'ApproximateCreationDateTimePrecision':'MICROSECOND'}}"),
        """
        {"TableName":"Music","StreamArn":"%s","DestinationStatus":"ENABLING",
         "EnableKinesisStreamingConfiguration":{"ApproximateCreationDateTimePrecision":"MICROSECOND"}}
        """
            .formatted(STREAM_ARN),
        r -> {
          assertEquals(DestinationStatus.ENABLING, r.destinationStatus());
          assertEquals(STREAM_ARN, r.streamArn());
          assertEquals(
              ApproximateCreationDateTimePrecision.MICROSECOND,
              r.enableKinesisStreamingConfiguration().approximateCreationDateTimePrecision());
        });

    add(
        "DisableKinesisStreamingDestination",
        DisableKinesisStreamingDestinationRequest.of("Music", STREAM_ARN),
        DynamoClient::disableKinesisStreamingDestination,
        DynamoAsyncClient::disableKinesisStreamingDestination,
        sent("{'TableName':'Music','StreamArn':'" + STREAM_ARN + "'}"),
        """
        {"TableName":"Music","StreamArn":"%s","DestinationStatus":"DISABLING"}
        """
            .formatted(STREAM_ARN),
        r -> {
          assertEquals(DestinationStatus.DISABLING, r.destinationStatus());
          assertEquals("Music", r.tableName());
          assertNull(r.enableKinesisStreamingConfiguration());
        });

    add(
        "UpdateKinesisStreamingDestination",
        UpdateKinesisStreamingDestinationRequest.builder()
            .tableName("Music")
            .streamArn(STREAM_ARN)
            .updateKinesisStreamingConfiguration(
                UpdateKinesisStreamingConfiguration.builder()
                    .approximateCreationDateTimePrecision(
                        ApproximateCreationDateTimePrecision.MILLISECOND)
                    .build())
            .build(),
        DynamoClient::updateKinesisStreamingDestination,
        DynamoAsyncClient::updateKinesisStreamingDestination,
        sent(
            "'UpdateKinesisStreamingConfiguration':"
                + "{'ApproximateCreationDateTimePrecision':'MILLISECOND'}}"),
        """
        {"TableName":"Music","StreamArn":"%s","DestinationStatus":"UPDATING",
         "UpdateKinesisStreamingConfiguration":{"ApproximateCreationDateTimePrecision":"MILLISECOND"}}
        """
            .formatted(STREAM_ARN),
        r -> {
          assertEquals(DestinationStatus.UPDATING, r.destinationStatus());
          assertEquals(
              ApproximateCreationDateTimePrecision.MILLISECOND,
              r.updateKinesisStreamingConfiguration().approximateCreationDateTimePrecision());
        });

    add(
        "DescribeContributorInsights",
        DescribeContributorInsightsRequest.builder()
            .tableName("Music")
            .indexName("AlbumTitleIndex")
            .build(),
        DynamoClient::describeContributorInsights,
        DynamoAsyncClient::describeContributorInsights,
        sent("{'TableName':'Music','IndexName':'AlbumTitleIndex'}"),
        """
        {"TableName":"Music","IndexName":"AlbumTitleIndex",
         "ContributorInsightsRuleList":["DynamoDBContributorInsights-PKC-Music-AlbumTitleIndex-1700000000000",
                                        "DynamoDBContributorInsights-PKT-Music-AlbumTitleIndex-1700000000000"],
         "ContributorInsightsStatus":"FAILED","LastUpdateDateTime":1.700000000001E9,
         "FailureException":{"ExceptionName":"AccessDeniedException",
                             "ExceptionDescription":"Not authorized to create CloudWatch rules"},
         "ContributorInsightsMode":"ACCESSED_AND_THROTTLED_KEYS"}
        """,
        r -> {
          assertEquals("AlbumTitleIndex", r.indexName());
          assertEquals(2, r.contributorInsightsRuleList().size());
          assertTrue(r.contributorInsightsRuleList().get(1).contains("-PKT-"));
          assertEquals(ContributorInsightsStatus.FAILED, r.contributorInsightsStatus());
          assertEquals(at(1700000000L, 1_000_000), r.lastUpdateDateTime());
          assertEquals("AccessDeniedException", r.failureException().exceptionName());
          assertEquals(
              ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS, r.contributorInsightsMode());
        });

    add(
        "UpdateContributorInsights",
        UpdateContributorInsightsRequest.builder()
            .tableName("Music")
            .indexName("AlbumTitleIndex")
            .contributorInsightsAction(ContributorInsightsAction.ENABLE)
            .contributorInsightsMode(ContributorInsightsMode.THROTTLED_KEYS)
            .build(),
        DynamoClient::updateContributorInsights,
        DynamoAsyncClient::updateContributorInsights,
        sent(
            "{'TableName':'Music','IndexName':'AlbumTitleIndex','ContributorInsightsAction':'ENABLE',"
                + "'ContributorInsightsMode':'THROTTLED_KEYS'}"),
        """
        {"TableName":"Music","IndexName":"AlbumTitleIndex","ContributorInsightsStatus":"ENABLING",
         "ContributorInsightsMode":"THROTTLED_KEYS"}
        """,
        r -> {
          assertEquals(ContributorInsightsStatus.ENABLING, r.contributorInsightsStatus());
          assertEquals(ContributorInsightsMode.THROTTLED_KEYS, r.contributorInsightsMode());
          assertEquals("AlbumTitleIndex", r.indexName());
        });

    add(
        "ListContributorInsights",
        ListContributorInsightsRequest.builder().tableName("Music").maxResults(10).build(),
        DynamoClient::listContributorInsights,
        DynamoAsyncClient::listContributorInsights,
        sent("{'TableName':'Music','MaxResults':10}"),
        """
        {"ContributorInsightsSummaries":[
           {"TableName":"Music","ContributorInsightsStatus":"ENABLED",
            "ContributorInsightsMode":"ACCESSED_AND_THROTTLED_KEYS"},
           {"TableName":"Music","IndexName":"AlbumTitleIndex","ContributorInsightsStatus":"DISABLED"}]}
        """,
        r -> {
          var summaries = r.contributorInsightsSummaries();
          assertNull(summaries.get(0).indexName());
          assertEquals(
              ContributorInsightsStatus.ENABLED, summaries.get(0).contributorInsightsStatus());
          assertEquals("AlbumTitleIndex", summaries.get(1).indexName());
          assertEquals(
              ContributorInsightsStatus.DISABLED, summaries.get(1).contributorInsightsStatus());
        });

    add(
        "SearchVectors",
        SearchVectorsRequest.builder()
            .tableName("Music")
            .indexName("EmbeddingIndex")
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .expressionAttributeNames(Map.of("#t", "SongTitle"))
            .expressionAttributeValues(Map.of(":g", AttributeValue.s("Rock")))
            .projectionExpression("Artist, #t")
            .searchVector(
                AttributeValue.n("0.12"), AttributeValue.n("-0.5"), AttributeValue.n("0.33"))
            .searchConditionExpression("Genre = :g")
            .topK(2)
            .build(),
        DynamoClient::searchVectors,
        DynamoAsyncClient::searchVectors,
        sent(
            "{'TableName':'Music','IndexName':'EmbeddingIndex','ReturnConsumedCapacity':'TOTAL',"
                + "'ExpressionAttributeNames':{'#t':'SongTitle'},"
                + "'ExpressionAttributeValues':{':g':{'S':'Rock'}},"
                + "'ProjectionExpression':'Artist, #t',"
                + "'SearchVector':[{'N':'0.12'},{'N':'-0.5'},{'N':'0.33'}],"
                + "'SearchConditionExpression':'Genre = :g','TopK':2}"),
        """
        {"ConsumedCapacity":{"VectorSearchRequestBytes":12.5},
         "SearchResults":[{"Item":{"Artist":{"S":"Acme Band"},"SongTitle":{"S":"Happy Day"}},
                           "Score":0.9731},
                          {"Item":{"Artist":{"S":"No One You Know"},"SongTitle":{"S":"Call Me Today"}},
                           "Score":0.8812}]}
        """,
        r -> {
          assertEquals(12.5, r.consumedCapacity().vectorSearchRequestBytes());
          assertEquals(2, r.searchResults().size());
          assertEquals("Happy Day", r.searchResults().get(0).item().getString("SongTitle"));
          assertEquals(0.9731, r.searchResults().get(0).score());
          assertEquals("No One You Know", r.searchResults().get(1).item().getString("Artist"));
        });
  }

  // ---- resource policies, TTL, limits, endpoints --------------------------------------------

  private static void policiesAndSettings() {
    add(
        "PutResourcePolicy",
        PutResourcePolicyRequest.builder()
            .resourceArn(TABLE_ARN)
            .policy(POLICY)
            .expectedRevisionId("1700000000123")
            .confirmRemoveSelfResourceAccess(false)
            .build(),
        DynamoClient::putResourcePolicy,
        DynamoAsyncClient::putResourcePolicy,
        sent(
            "{'ResourceArn':'" + TABLE_ARN + "','Policy':'{\\'Version\\':\\'2012-10-17\\',",
            "'ExpectedRevisionId':'1700000000123','ConfirmRemoveSelfResourceAccess':false}"),
        """
        {"RevisionId":"1700000000456"}
        """,
        r -> assertEquals("1700000000456", r.revisionId()));

    add(
        "GetResourcePolicy",
        GetResourcePolicyRequest.of(TABLE_ARN),
        DynamoClient::getResourcePolicy,
        DynamoAsyncClient::getResourcePolicy,
        sent("{'ResourceArn':'" + TABLE_ARN + "'}"),
        "{\"Policy\":\"" + POLICY.replace("\"", "\\\"") + "\",\"RevisionId\":\"1700000000456\"}",
        r -> {
          assertEquals(POLICY, r.policy());
          assertEquals("1700000000456", r.revisionId());
        });

    add(
        "DeleteResourcePolicy",
        DeleteResourcePolicyRequest.builder()
            .resourceArn(TABLE_ARN)
            .expectedRevisionId("1700000000456")
            .build(),
        DynamoClient::deleteResourcePolicy,
        DynamoAsyncClient::deleteResourcePolicy,
        sent("{'ResourceArn':'" + TABLE_ARN + "','ExpectedRevisionId':'1700000000456'}"),
        """
        {"RevisionId":"1700000000789"}
        """,
        r -> assertEquals("1700000000789", r.revisionId()));

    add(
        "UpdateTimeToLive",
        UpdateTimeToLiveRequest.builder()
            .tableName("Music")
            .timeToLiveSpecification(
                TimeToLiveSpecification.builder().enabled(true).attributeName("ExpiresAt").build())
            .build(),
        DynamoClient::updateTimeToLive,
        DynamoAsyncClient::updateTimeToLive,
        sent(
            "{'TableName':'Music','TimeToLiveSpecification':{'Enabled':true,"
                + "'AttributeName':'ExpiresAt'}}"),
        """
        {"TimeToLiveSpecification":{"Enabled":true,"AttributeName":"ExpiresAt"}}
        """,
        r -> {
          assertTrue(r.timeToLiveSpecification().enabled());
          assertEquals("ExpiresAt", r.timeToLiveSpecification().attributeName());
        });

    // examples-1.json: "To determine capacity limits per table and account, in the current AWS
    // region", input {} and this output
    add(
        "DescribeLimits",
        DescribeLimitsRequest.builder().build(),
        DynamoClient::describeLimits,
        DynamoAsyncClient::describeLimits,
        sent("{}"),
        """
        {"AccountMaxReadCapacityUnits":20000,"AccountMaxWriteCapacityUnits":20000,
         "TableMaxReadCapacityUnits":10000,"TableMaxWriteCapacityUnits":10000}
        """,
        r -> {
          assertEquals(20000L, r.accountMaxReadCapacityUnits());
          assertEquals(20000L, r.accountMaxWriteCapacityUnits());
          assertEquals(10000L, r.tableMaxReadCapacityUnits());
          assertEquals(10000L, r.tableMaxWriteCapacityUnits());
        });

    add(
        "DescribeEndpoints",
        DescribeEndpointsRequest.builder().build(),
        DynamoClient::describeEndpoints,
        DynamoAsyncClient::describeEndpoints,
        sent("{}"),
        """
        {"Endpoints":[{"Address":"dynamodb.us-east-1.amazonaws.com","CachePeriodInMinutes":1440}]}
        """,
        r -> {
          assertEquals("dynamodb.us-east-1.amazonaws.com", r.endpoints().get(0).address());
          assertEquals(1440L, r.endpoints().get(0).cachePeriodInMinutes());
        });
  }

  // last, once every constant above has its value
  static {
    partiql();
    transactions();
    backups();
    globalTables();
    exportsAndImports();
    streamingAndInsights();
    policiesAndSettings();
  }
}
