package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.DynamoClientBuilder;
import io.dynamo.api.call.CallListener;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-call DEBUG line, the wire log and a throwing listener's WARNING, as a user sees them
 * through java.util.logging (where System.Logger goes by default), against dynalite.
 */
@ExtendWith(DynaliteExtension.class)
class ObservabilityTest {
  private static final String ACCESS_KEY_ID = "ASIAOBSERVABILITYTEST";
  private static final String SECRET_KEY = "ObservabilitySecretAccessKey/a1B2c3D4e5F6g7H8+zX";
  private static final String SESSION_TOKEN = "ObservabilitySessionToken//////////wEaDMtoken9f8e7d";
  private static final String ITEM_VALUE = "ObservabilityItemValue7c6b5a49DoNotLog";
  private static final Credentials CREDENTIALS =
      Credentials.of(ACCESS_KEY_ID, SECRET_KEY, SESSION_TOKEN);

  /** Strong references: java.util.logging keeps loggers weakly, with their levels. */
  private static final Logger DYNAMO = Logger.getLogger("io.dynamo");

  private static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();
  private static final SimpleFormatter FORMATTER = new SimpleFormatter();
  private static final Handler CAPTURE =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          LOGGED.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private static Level levelBefore;
  private static Dynalite dynalite;
  private static String table;

  @BeforeAll
  static void createTable(Dynalite shared) {
    dynalite = shared;
    table = Dynalite.uniqueName("observed");
    try (DynamoClient db = client().build()) {
      db.createTable(
          CreateTableRequest.builder()
              .table(table)
              .hashKey("pk", ScalarType.S)
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .build());
      db.waitUntilTableActive(table, Duration.ofSeconds(30));
    }
    levelBefore = DYNAMO.getLevel();
    CAPTURE.setLevel(Level.ALL);
    DYNAMO.addHandler(CAPTURE);
  }

  @AfterAll
  static void deleteTable() {
    DYNAMO.removeHandler(CAPTURE);
    DYNAMO.setLevel(levelBefore);
    try (DynamoClient db = client().build()) {
      db.deleteTable(table);
    }
  }

  @BeforeEach
  void debugOn() {
    LOGGED.clear();
    DYNAMO.setLevel(Level.ALL);
  }

  @AfterEach
  void debugOff() {
    DYNAMO.setLevel(levelBefore);
  }

  private static DynamoClientBuilder client() {
    return DynamoClient.builder()
        .endpoint(dynalite.endpoint())
        .region("us-east-1")
        .credentials(CREDENTIALS);
  }

  private static List<String> messages(String logger) {
    return LOGGED.stream()
        .filter(r -> logger.equals(r.getLoggerName()))
        .map(FORMATTER::formatMessage)
        .collect(Collectors.toList());
  }

  private static void putAndGet(DynamoClient db) {
    db.putItem(PutItemRequest.of(table, Item.of("pk", "alice", "note", ITEM_VALUE)));
    db.getItem(GetItemRequest.of(table, Key.of("pk", "alice")));
  }

  @Test
  void eachCallLogsOneDebugLineWithItsOperationTableStatusAttemptsDurationAndRequestId() {
    try (DynamoClient db = client().build()) {
      db.putItem(PutItemRequest.of(table, Item.of("pk", "alice", "note", ITEM_VALUE)));
      db.async().getItem(GetItemRequest.of(table, Key.of("pk", "alice"))).join();
      assertThrows(
          ResourceNotFoundException.class,
          () -> db.getItem(GetItemRequest.of(table + "-gone", Key.of("pk", "x"))));
    }
    List<String> lines =
        LOGGED.stream()
            .filter(r -> "io.dynamo.api".equals(r.getLoggerName()))
            .filter(r -> r.getLevel() == Level.FINE)
            .map(FORMATTER::formatMessage)
            .collect(Collectors.toList());
    Pattern ok =
        Pattern.compile(
            "(PutItem|GetItem) table="
                + Pattern.quote(table)
                + " status=200 attempts=1 duration=\\d+\\.\\dms requestId=\\S+");
    assertEquals(2, lines.stream().filter(l -> ok.matcher(l).matches()).count(), () -> "" + lines);
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith(
                        "GetItem table="
                            + table
                            + "-gone failed=ResourceNotFoundException status=400 attempts=1 ")),
        () -> "" + lines);
    assertTrue(lines.stream().noneMatch(l -> l.contains(ITEM_VALUE)));
    assertTrue(messages("io.dynamo.wire").isEmpty(), "the wire log is off unless switched on");
  }

  @Test
  void noDebugLineWhenDebugIsOff() {
    DYNAMO.setLevel(Level.INFO);
    try (DynamoClient db = client().build()) {
      putAndGet(db);
    }
    assertTrue(messages("io.dynamo.api").isEmpty(), () -> "" + messages("io.dynamo.api"));
  }

  @Test
  void theWireLogMasksSecretsAndAttributeValues() {
    try (DynamoClient db = client().wireLog(true).build()) {
      putAndGet(db);
    }
    List<String> wire = messages("io.dynamo.wire");
    assertEquals(4, wire.size(), () -> "" + wire);
    String put = wire.get(0);
    assertTrue(put.startsWith("PutItem attempt 1 request: POST " + dynalite.endpoint()), put);
    assertTrue(put.contains("Authorization: AWS4-HMAC-SHA256 Credential=****/"), put); // scope kept
    assertTrue(put.contains("Signature=****"), put);
    assertTrue(put.contains("X-Amz-Security-Token: ****"), put);
    assertTrue(put.contains("X-Amz-Target: DynamoDB_20120810.PutItem"), put);
    assertTrue(put.contains("\"Item\":{\"pk\":{\"S\":…},\"note\":{\"S\":…}}"), put);
    assertTrue(wire.get(1).startsWith("PutItem attempt 1 response: 200 in "), wire.get(1));
    assertTrue(wire.get(3).contains("\"Item\":{"), wire.get(3));
    for (String line : wire) {
      for (String secret : List.of(SECRET_KEY, SESSION_TOKEN, ACCESS_KEY_ID, ITEM_VALUE, "alice")) {
        assertFalse(line.contains(secret), () -> "shows " + secret + ": " + line);
      }
      assertFalse(Pattern.compile("Signature=[0-9a-f]{64}").matcher(line).find(), line);
    }
  }

  @Test
  void aListenerThatThrowsIsLoggedOnceAtWarningAndTheCallsGoOn() {
    CallListener<Void> broken =
        new CallListener<>() {
          @Override
          public void onCallEnd(CallEnd call, Void state) {
            throw new IllegalStateException("listener bug");
          }
        };
    DYNAMO.setLevel(Level.INFO);
    try (DynamoClient db = client().listener(broken).build()) {
      putAndGet(db);
      db.async().getItem(GetItemRequest.of(table, Key.of("pk", "alice"))).join();
    }
    List<LogRecord> warnings =
        LOGGED.stream().filter(r -> r.getLevel() == Level.WARNING).collect(Collectors.toList());
    assertEquals(1, warnings.size(), () -> "" + warnings);
    String message = FORMATTER.formatMessage(warnings.get(0));
    assertTrue(message.contains("IllegalStateException from onCallEnd for PutItem"), message);
    assertEquals("io.dynamo.api", warnings.get(0).getLoggerName());
  }
}
