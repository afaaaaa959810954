package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BatchWriteItemResponse;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.DeleteItemResponse;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.model.KeySchemaElement;
import io.dynamo.api.model.KeyType;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.ListTablesResponse;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.PutItemResponse;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateItemResponse;
import io.dynamo.api.model.UpdateTableRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The examples of DynamoDB's API model: each request built with the typed API is the example's
 * input (member order aside), and each example's output is read into the response record.
 */
class OfficialExamplesTest {
  private static final Key HAPPY_DAY = Key.of("Artist", "Acme Band", "SongTitle", "Happy Day");

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();

  private void answer(String operation) {
    t.respond(ModelExamples.output(operation));
  }

  private void sentTheExample(String operation) {
    Sent.equivalent(t, operation, ModelExamples.input(operation));
  }

  @Test
  void batchGetItem() {
    answer("BatchGetItem");
    BatchGetItemResponse r =
        db.batchGetItem(
            BatchGetItemRequest.builder()
                .table(
                    "Music",
                    KeysAndAttributes.builder()
                        .keys(
                            Key.of("Artist", "No One You Know", "SongTitle", "Call Me Today"),
                            HAPPY_DAY,
                            Key.of("Artist", "No One You Know", "SongTitle", "Scared of My Shadow"))
                        .project("AlbumTitle")
                        .build())
                .build());
    sentTheExample("BatchGetItem");
    assertEquals(3, r.items("Music").size());
    assertEquals("Blue Sky Blues", r.items("Music").get(1).getString("AlbumTitle"));
    assertFalse(r.hasUnprocessedKeys());
  }

  @Test
  void batchWriteItem() {
    answer("BatchWriteItem");
    BatchWriteItemResponse r =
        db.batchWriteItem(
            BatchWriteItemRequest.builder()
                .put(
                    "Music",
                    Item.of(
                        "AlbumTitle", "Somewhat Famous",
                        "Artist", "No One You Know",
                        "SongTitle", "Call Me Today"),
                    Item.of(
                        "AlbumTitle", "Songs About Life",
                        "Artist", "Acme Band",
                        "SongTitle", "Happy Day"),
                    Item.of(
                        "AlbumTitle", "Blue Sky Blues",
                        "Artist", "No One You Know",
                        "SongTitle", "Scared of My Shadow"))
                .build());
    sentTheExample("BatchWriteItem");
    assertFalse(r.hasUnprocessedItems());
  }

  @Test
  void createTable() {
    answer("CreateTable");
    TableDescription d =
        db.createTable(
                CreateTableRequest.builder()
                    .table("Music")
                    .hashKey("Artist", ScalarType.S)
                    .rangeKey("SongTitle", ScalarType.S)
                    .provisionedThroughput(5, 5)
                    .build())
            .tableDescription();
    sentTheExample("CreateTable");
    assertEquals("Music", d.tableName());
    assertEquals(TableStatus.CREATING, d.tableStatus());
    assertEquals(Instant.ofEpochMilli(1421866952062L), d.creationDateTime());
    assertEquals(
        List.of(
            KeySchemaElement.of("Artist", KeyType.HASH),
            KeySchemaElement.of("SongTitle", KeyType.RANGE)),
        d.keySchema());
    assertEquals(5, d.provisionedThroughput().readCapacityUnits());
  }

  @Test
  void deleteItem() {
    answer("DeleteItem");
    DeleteItemResponse r =
        db.deleteItem(
            "Music", Key.of("Artist", "No One You Know", "SongTitle", "Scared of My Shadow"));
    sentTheExample("DeleteItem");
    assertNull(r.attributes());
    assertEquals(1.0, r.consumedCapacity().capacityUnits());
    assertEquals("Music", r.consumedCapacity().tableName());
  }

  @Test
  void deleteTable() {
    answer("DeleteTable");
    TableDescription d = db.deleteTable("Music").tableDescription();
    sentTheExample("DeleteTable");
    assertEquals(TableStatus.DELETING, d.tableStatus());
    assertEquals(1, d.provisionedThroughput().numberOfDecreasesToday());
  }

  @Test
  void describeTable() {
    answer("DescribeTable");
    TableDescription d = db.describeTable("Music").table();
    sentTheExample("DescribeTable");
    assertEquals(TableStatus.ACTIVE, d.tableStatus());
    assertEquals("Artist", d.hashKeyName());
    assertEquals("SongTitle", d.rangeKeyName());
    assertEquals(2, d.attributeDefinitions().size());
  }

  @Test
  void getItem() {
    answer("GetItem");
    GetItemResponse r = db.getItem("Music", HAPPY_DAY);
    sentTheExample("GetItem");
    assertEquals("Songs About Life", r.item().getString("AlbumTitle"));
  }

  @Test
  void listTables() {
    answer("ListTables");
    ListTablesResponse r = db.listTables();
    sentTheExample("ListTables");
    assertEquals(List.of("Forum", "ProductCatalog", "Reply", "Thread"), r.tableNames());
    assertFalse(r.hasMorePages());
  }

  @Test
  void putItem() {
    answer("PutItem");
    PutItemResponse r =
        db.putItem(
            PutItemRequest.builder()
                .table("Music")
                .item(
                    Item.of(
                        "AlbumTitle", "Somewhat Famous",
                        "Artist", "No One You Know",
                        "SongTitle", "Call Me Today"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build());
    sentTheExample("PutItem");
    assertEquals(1.0, r.consumedCapacity().capacityUnits());
  }

  @Test
  void query() {
    answer("Query");
    QueryResponse r =
        db.query(
            QueryRequest.builder()
                .table("Music")
                .keyCondition("Artist = :v1")
                .values(Map.of(":v1", "No One You Know"))
                .project("SongTitle")
                .build());
    sentTheExample("Query");
    assertEquals(2, r.count());
    assertEquals("Call Me Today", r.items().get(0).getString("SongTitle"));
    assertNull(r.lastEvaluatedKey());
  }

  @Test
  void scan() {
    answer("Scan");
    ScanResponse r =
        db.scan(
            ScanRequest.builder()
                .table("Music")
                .filter("Artist = :a")
                .projectionExpression("#ST, #AT")
                .names(Map.of("#AT", "AlbumTitle", "#ST", "SongTitle"))
                .values(Map.of(":a", "No One You Know"))
                .build());
    sentTheExample("Scan");
    assertEquals(2, r.count());
    assertEquals(3, r.scannedCount());
    assertEquals("Blue Sky Blues", r.items().get(1).getString("AlbumTitle"));
  }

  @Test
  void updateItem() {
    answer("UpdateItem");
    UpdateItemResponse r =
        db.updateItem(
            UpdateItemRequest.builder()
                .table("Music")
                .key(HAPPY_DAY)
                .updateExpression("SET #Y = :y, #AT = :t")
                .names(Map.of("#AT", "AlbumTitle", "#Y", "Year"))
                .values(Map.of(":t", "Louder Than Ever", ":y", 2015))
                .returnValues(ReturnValue.ALL_NEW)
                .build());
    sentTheExample("UpdateItem");
    assertEquals(2015, r.attributes().getInt("Year"));
  }

  @Test
  void updateTable() {
    answer("UpdateTable");
    TableDescription d =
        db.updateTable(
                UpdateTableRequest.builder()
                    .table("MusicCollection")
                    .provisionedThroughput(10, 10)
                    .build())
            .tableDescription();
    sentTheExample("UpdateTable");
    assertEquals(TableStatus.UPDATING, d.tableStatus());
    assertEquals(
        Instant.ofEpochMilli(1421874759194L), d.provisionedThroughput().lastIncreaseDateTime());
  }
}
