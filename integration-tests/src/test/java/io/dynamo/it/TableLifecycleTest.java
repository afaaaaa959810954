package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.error.WaitTimeoutException;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import io.dynamo.codec.Item;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tables that take time to create and delete, as on AWS: a dynalite that keeps tables CREATING and
 * DELETING for 400 ms, and the client's waiters, blocking and not.
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
  void waitsWithoutBlockingUntilANewTableIsActiveAndUntilItIsGone() throws Exception {
    String table = Dynalite.uniqueName("slow");
    create(table);
    assertEquals(TableStatus.CREATING, db.describeTable(table).table().tableStatus());
    CompletableFuture<TableDescription> active =
        db.async().waitUntilTableActive(table, Duration.ofSeconds(30));
    assertEquals(TableStatus.ACTIVE, active.get(30, TimeUnit.SECONDS).tableStatus());
    db.putItem(table, Item.of("id", "a"));

    db.deleteTable(table);
    assertEquals(TableStatus.DELETING, db.describeTable(table).table().tableStatus());
    CompletableFuture<Void> deleted = db.async().waitUntilTableDeleted(table);
    assertNull(deleted.get(30, TimeUnit.SECONDS));
    assertThrows(ResourceNotFoundException.class, () -> db.describeTable(table));
  }

  @Test
  void anAsynchronousWaitGivesUpAfterItsTimeoutAndCanBeCancelled() throws Exception {
    String table = Dynalite.uniqueName("slow");
    create(table);
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                db.async()
                    .waitUntilTableActive(table, Duration.ofMillis(50))
                    .get(30, TimeUnit.SECONDS));
    assertInstanceOf(WaitTimeoutException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("last seen: CREATING"), e.getMessage());

    CompletableFuture<TableDescription> cancelled = db.async().waitUntilTableActive(table);
    assertTrue(cancelled.cancel(true));
    db.waitUntilTableActive(table, Duration.ofSeconds(30));
    db.deleteTable(table);
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
