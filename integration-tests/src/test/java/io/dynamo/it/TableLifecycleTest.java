package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.ResourceNotFoundException;
import io.dynamo.api.WaitTimeoutException;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import io.dynamo.codec.Item;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tables that take time to create and delete, as on AWS: a dynalite that keeps tables CREATING and
 * DELETING for 400 ms, and the client's waiters.
 */
class TableLifecycleTest {
  private static Dynalite slow;
  private static DynamoClient db;

  @BeforeAll
  static void start() {
    slow = Dynalite.builder().createTableMs(400).deleteTableMs(400).start();
    db =
        DynamoClient.builder()
            .endpoint(slow.endpoint())
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .build();
  }

  @AfterAll
  static void stop() {
    db.close();
    slow.close();
  }

  private static void create(String table) {
    db.createTable(
        CreateTableRequest.builder()
            .table(table)
            .hashKey("id", ScalarType.S)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
  }

  @Test
  void waitsUntilANewTableIsActiveBeforeWriting() {
    String table = Dynalite.uniqueName("slow");
    create(table);
    assertEquals(TableStatus.CREATING, db.describeTable(table).table().tableStatus());
    // writing now fails, as on AWS
    assertThrows(ResourceNotFoundException.class, () -> db.putItem(table, Item.of("id", "a")));

    TableDescription active = db.waitUntilTableActive(table, Duration.ofSeconds(30));
    assertEquals(TableStatus.ACTIVE, active.tableStatus());
    db.putItem(table, Item.of("id", "a"));

    db.deleteTable(table);
    db.waitUntilTableDeleted(table, Duration.ofSeconds(30));
    assertThrows(ResourceNotFoundException.class, () -> db.describeTable(table));
  }

  @Test
  void givesUpAfterTheTimeoutSayingWhatItSaw() {
    String table = Dynalite.uniqueName("slow");
    create(table);
    WaitTimeoutException e =
        assertThrows(
            WaitTimeoutException.class,
            () -> db.waitUntilTableActive(table, Duration.ofMillis(50)));
    assertTrue(e.getMessage().contains("last seen: CREATING"), e.getMessage());
    db.waitUntilTableActive(table, Duration.ofSeconds(30));
    db.deleteTable(table);
  }
}
