package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynamo.api.DynamoAsyncClient;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.DynamoClientBuilder;
import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.CrcMismatchException;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.InternalServerErrorException;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.error.ThrottlingException;
import io.dynamo.api.error.TransactionCanceledException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.error.ValidationException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ReturnValuesOnConditionCheckFailure;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactGetItemsResponse;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Auth;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.CredentialsProviders;
import io.dynamo.sign.Environment;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.RequestSigner;
import io.dynamo.sign.SigV4Signer;
import io.dynamo.sign.SignableRequest;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import io.dynamo.testkit.ForwardProxy;
import io.dynamo.testkit.SelfSignedCertificate;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full scenarios with known secrets, through the transport of this run, with every logger at every
 * level: successes against dynalite, service errors, input the client refuses, retried failures
 * from a stub server, credentials from every provider (a container endpoint served by a stub among
 * them, and broken ones), a proxy with a password. Then what the client side exposes is searched:
 * every log record (formatted with its parameters and its exception), every exception the scenario
 * caught (message and full stack trace, causes and suppressed ones included), and {@code
 * toString()} of every public object at hand. No secret may show anywhere; the item value the
 * scenario wrote may show in no exception and no log record (objects holding items, such as
 * requests, responses and {@code ConditionalCheckFailedException.item()}, may show it).
 *
 * <p>What the servers received is not searched: it carries the signature and the token by design.
 */
@ExtendWith(DynaliteExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SecretsTest {
  private static final String ACCESS_KEY_ID = "ASIASECRETSTESTEXAMPLE";
  private static final String SECRET_KEY = "SecretsTestSecretAccessKey/q8W7e6R5t4Y3u2I1o0P+zX";
  private static final String SESSION_TOKEN =
      "SecretsTestSessionToken//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+k2J9xQ7mL4pR8vT1==";
  private static final String CONTAINER_TOKEN = "SecretsTestContainerAuthorizationToken-3c4f5e6a7b";
  private static final String PROXY_USER = "svc-dynamo";
  private static final String PROXY_PASSWORD = "SecretsTestProxyPassword-5d6e7f8091a2b3c4";

  /** What a server might echo or a log might show of the secrets, by name. */
  private static final Map<String, String> SECRETS = secrets();

  /** An attribute value the scenario writes: secret-looking, without characters JSON escapes. */
  private static final String ITEM_VALUE = "ItemValueSecretsTest4e1f2a9bDoNotShowInErrors";

  private static final Credentials CREDENTIALS =
      Credentials.of(ACCESS_KEY_ID, SECRET_KEY, SESSION_TOKEN);
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Every log record of the JVM while a test runs. */
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

  private static Level rootLevelBefore;
  private static Dynalite dynalite;
  private static String table;

  private final Exposure exposed = new Exposure();

  private static Map<String, String> secrets() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("secret access key", SECRET_KEY);
    s.put("session token", SESSION_TOKEN);
    s.put("container authorization token", CONTAINER_TOKEN);
    s.put("proxy password", PROXY_PASSWORD);
    s.put(
        "proxy Basic credentials",
        Base64.getEncoder()
            .encodeToString((PROXY_USER + ":" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    return Collections.unmodifiableMap(s);
  }

  @BeforeAll
  static void listenAndCreateTable(Dynalite shared) {
    Logger root = Logger.getLogger("");
    rootLevelBefore = root.getLevel();
    CAPTURE.setLevel(Level.ALL);
    root.addHandler(CAPTURE);
    root.setLevel(Level.ALL); // the console handler stays at its own level: nothing more printed
    dynalite = shared;
    table = Dynalite.uniqueName("secrets");
    try (DynamoClient db = plainDynaliteClient().credentials(CREDENTIALS).build()) {
      db.createTable(
          CreateTableRequest.builder()
              .table(table)
              .hashKey("pk", ScalarType.S)
              .rangeKey("sk", ScalarType.N)
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .build());
    }
    // the records of the first client (a transport starting, its HTTP library's own set-up)
    assertClean("set-up", List.of(), List.of());
  }

  @AfterAll
  static void stopListening() {
    try (DynamoClient db = plainDynaliteClient().credentials(CREDENTIALS).build()) {
      db.deleteTable(table);
    } finally {
      Logger root = Logger.getLogger("");
      root.removeHandler(CAPTURE);
      root.setLevel(rootLevelBefore);
      LOGGED.clear();
    }
  }

  @BeforeEach
  void forgetEarlierRecords() {
    LOGGED.clear();
  }

  // ---- the scenarios --------------------------------------------------------------------------

  @Test
  void typedAndRawCallsAgainstDynalite(TestInfo test) throws Exception {
    try (DynamoClient db = dynaliteClient().credentials(CREDENTIALS).build()) {
      DynamoAsyncClient async = db.async();
      exposed.objects("client", db, async);
      Item item = Item.of("pk", "k", "sk", 1, "note", ITEM_VALUE, "n", 1);

      exposed.object("PutItemResponse", db.putItem(table, item));
      exposed.object("GetItemResponse", db.getItem(table, Key.of("pk", "k", "sk", 1)));
      assertEquals(
          ITEM_VALUE, db.getItem(table, Key.of("pk", "k", "sk", 1)).item().getString("note"));
      QueryRequest query =
          QueryRequest.builder()
              .table(table)
              .keyCondition("pk = :pk")
              .values(Map.of(":pk", "k"))
              .build();
      exposed.object("QueryRequest", query);
      exposed.object("QueryResponse", db.query(query));
      exposed.object("query items", db.queryAll(query).collect(Collectors.toList()));
      UpdateItemRequest update =
          UpdateItemRequest.builder()
              .table(table)
              .key(Key.of("pk", "k", "sk", 1))
              .set("note2", ITEM_VALUE)
              .add("n", 1)
              .condition(Condition.attributeExists("pk"))
              .returnValues(ReturnValue.ALL_NEW)
              .build();
      exposed.object("UpdateItemRequest", update);
      exposed.object("UpdateItemResponse", db.updateItem(update));

      List<Item> items =
          IntStream.range(10, 40)
              .mapToObj(i -> Item.of("pk", "batch", "sk", i, "note", ITEM_VALUE))
              .collect(Collectors.toList());
      db.batchPutAll(table, items);
      List<Key> keys =
          IntStream.range(10, 40)
              .mapToObj(i -> Key.of("pk", "batch", "sk", i))
              .collect(Collectors.toList());
      assertEquals(30, db.batchGetAll(table, keys).size());
      db.batchWriteAll(
          Map.of(
              table,
              List.of(
                  WriteRequest.put(Item.of("pk", "batch", "sk", 99, "note", ITEM_VALUE)),
                  WriteRequest.delete(Key.of("pk", "batch", "sk", 10)))));
      BatchGetItemRequest batchGet =
          BatchGetItemRequest.builder()
              .table(table, KeysAndAttributes.builder().keys(keys.subList(0, 5)).build())
              .build();
      exposed.object("BatchGetItemRequest", batchGet);
      exposed.object("BatchGetItemResponse", db.batchGetItem(batchGet));
      BatchWriteItemRequest batchWrite =
          BatchWriteItemRequest.builder()
              .put(table, Item.of("pk", "batch", "sk", 98, "note", ITEM_VALUE))
              .delete(table, Key.of("pk", "batch", "sk", 11))
              .build();
      exposed.object("BatchWriteItemRequest", batchWrite);
      exposed.object("BatchWriteItemResponse", db.batchWriteItem(batchWrite));

      String raw =
          db.apiCall(
              Operation.GET_ITEM,
              "{\"TableName\":\""
                  + table
                  + "\",\"Key\":{\"pk\":{\"S\":\"k\"},\"sk\":{\"N\":\"1\"}}}");
      assertTrue(raw.contains(ITEM_VALUE), raw);
      ApiRequest describe =
          ApiRequest.of(
              Operation.DESCRIBE_TABLE,
              ("{\"TableName\":\"" + table + "\"}").getBytes(StandardCharsets.UTF_8));
      exposed.object("ApiResponse", db.apiCall(describe));
      exposed.object("ListTablesResponse", db.listTables());

      // the same asynchronously
      exposed.object(
          "async PutItemResponse",
          join(async.putItem(table, Item.of("pk", "async", "sk", 1, "note", ITEM_VALUE))));
      exposed.object(
          "async GetItemResponse", join(async.getItem(table, Key.of("pk", "async", "sk", 1))));
      exposed.object("async QueryResponse", join(async.query(query)));
      exposed.object("async UpdateItemResponse", join(async.updateItem(update)));
      exposed.object(
          "async BatchWriteItemResponse",
          join(
              async.batchWriteItem(
                  BatchWriteItemRequest.builder()
                      .put(table, Item.of("pk", "async", "sk", 2, "note", ITEM_VALUE))
                      .build())));
      exposed.object("async raw", join(async.apiCall(Operation.LIST_TABLES, "{}")));
      exposed.object("async ApiResponse", join(async.apiCall(describe)));
      exposed.object(
          "async DeleteItemResponse",
          join(async.deleteItem(table, Key.of("pk", "async", "sk", 2))));
      exposed.object("DeleteItemResponse", db.deleteItem(table, Key.of("pk", "async", "sk", 1)));

      // dynalite has no transactions: the typed call goes out and comes back as an error
      TransactWriteItemsRequest transaction =
          TransactWriteItemsRequest.builder()
              .put(table, Item.of("pk", "tx", "sk", 1, "note", ITEM_VALUE))
              .delete(table, Key.of("pk", "tx", "sk", 2))
              .build();
      exposed.object("TransactWriteItemsRequest", transaction);
      expect(DynamoServiceException.class, () -> db.transactWriteItems(transaction));
      expectAsync(DynamoServiceException.class, () -> async.transactWriteItems(transaction));
      TransactGetItemsRequest transactGet =
          TransactGetItemsRequest.builder().get(table, Key.of("pk", "k", "sk", 1)).build();
      exposed.object("TransactGetItemsRequest", transactGet);
      expect(DynamoServiceException.class, () -> db.transactGetItems(transactGet));
    }
    // the session token was in play: every signed request carried it
    assertTrue(exposed.signedRequests.size() > 20, "signed " + exposed.signedRequests.size());
    for (HttpRequest sent : exposed.signedRequests) {
      assertEquals(SESSION_TOKEN, sent.header("X-Amz-Security-Token").orElseThrow());
    }
    assertNothingExposed(test);
  }

  @Test
  void serviceErrorsAndRefusedInput(TestInfo test) throws Exception {
    try (DynamoClient db = dynaliteClient().credentials(CREDENTIALS).build()) {
      DynamoAsyncClient async = db.async();
      Item item = Item.of("pk", "cond", "sk", 1, "note", ITEM_VALUE);
      db.putItem(table, item);

      // the service says no
      PutItemRequest putIfAbsent =
          PutItemRequest.builder()
              .table(table)
              .item(item)
              .condition(Condition.attributeNotExists("pk"))
              .build();
      expect(ConditionalCheckFailedException.class, () -> db.putItem(putIfAbsent));
      expectAsync(ConditionalCheckFailedException.class, () -> async.putItem(putIfAbsent));
      UpdateItemRequest updateIf =
          UpdateItemRequest.builder()
              .table(table)
              .key(Key.of("pk", "cond", "sk", 1))
              .set("note", ITEM_VALUE + "2")
              .condition(Condition.eq("note", "something else"))
              .build();
      expect(ConditionalCheckFailedException.class, () -> db.updateItem(updateIf));
      expect(
          ValidationException.class,
          () -> db.putItem(table, Item.of("note", ITEM_VALUE))); // no key attributes
      expectAsync(
          ValidationException.class,
          () -> async.putItem(table, Item.of("pk", "only", "note", ITEM_VALUE)));
      expect(
          ValidationException.class,
          () -> db.getItem(table, Key.of("pk", ITEM_VALUE))); // half a key
      expect(
          ValidationException.class,
          () ->
              db.query(
                  QueryRequest.builder()
                      .table(table)
                      .keyCondition("note = :v")
                      .values(Map.of(":v", ITEM_VALUE))
                      .build()));
      expect(
          ValidationException.class,
          () ->
              db.updateItem(
                  UpdateItemRequest.builder()
                      .table(table)
                      .key(Key.of("pk", "cond", "sk", 1))
                      .set("pk", ITEM_VALUE) // a key attribute
                      .build()));
      expect(
          DynamoServiceException.class,
          () -> db.apiCall(Operation.PUT_ITEM, "{\"TableName\":\"" + table + "\",\"Item\":"));
      expect(ResourceNotFoundException.class, () -> db.describeTable("no-such-table-secrets"));
      expect(
          ResourceNotFoundException.class,
          () -> db.putItem("no-such-table-secrets", Item.of("pk", "x", "note", ITEM_VALUE)));
      expectAsync(
          ResourceNotFoundException.class,
          () -> async.getItem("no-such-table-secrets", Key.of("pk", ITEM_VALUE)));

      // the client says no before sending
      int sent = exposed.signedRequests.size();
      expect(InvalidRequestException.class, () -> db.putItem("ab", item));
      expectAsync(InvalidRequestException.class, () -> async.putItem("ab", item));
      expect(
          InvalidRequestException.class,
          () ->
              db.putItem(
                  PutItemRequest.builder()
                      .table(table)
                      .item(item)
                      .condition("note = :v")
                      .values(Map.of(":w", ITEM_VALUE))
                      .build()));
      expect(
          InvalidRequestException.class,
          () ->
              db.query(
                  QueryRequest.builder()
                      .table(table)
                      .keyCondition("pk = :pk")
                      .values(Map.of(":pk", "k", ":unused", ITEM_VALUE))
                      .build()));
      expect(
          InvalidRequestException.class,
          () ->
              db.batchWriteItem(
                  BatchWriteItemRequest.builder()
                      .put(
                          table,
                          IntStream.range(0, 26)
                              .mapToObj(i -> Item.of("pk", "b", "sk", i, "note", ITEM_VALUE))
                              .toArray(Item[]::new))
                      .build()));
      expect(RuntimeException.class, () -> Key.of("pk", "", "note", ITEM_VALUE));
      expect(
          RuntimeException.class,
          () -> Item.of("pk", "x", "note", ITEM_VALUE, "bad", new Object()));
      expect(InvalidRequestException.class, () -> db.apiCall(Operation.PUT_ITEM, null));
      expect(InvalidRequestException.class, () -> DynamoClient.builder().region(" "));
      assertEquals(sent, exposed.signedRequests.size(), "refused input is never sent");
    }
    assertNothingExposed(test);
  }

  @Test
  void retriedFailuresFromAStub(TestInfo test) throws Exception {
    String tables = "{\"TableNames\":[\"users\"]}";
    try (StubServer stub = StubServer.start()) {
      stub.enqueue(
          StubResponse.dynamoError(400, "ProvisionedThroughputExceededException", "Rate exceeded"),
          StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"),
          StubResponse.dynamo(tables),
          StubResponse.dynamoError(500, "InternalServerError", "Internal server error"),
          StubResponse.dynamoError(500, "InternalServerError", "Internal server error"),
          StubResponse.dynamo(tables),
          StubResponse.disconnect(),
          StubResponse.dynamo(tables),
          StubResponse.dynamo(tables).withCrc32(12345),
          StubResponse.dynamo(tables),
          StubResponse.html(
              502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
          StubResponse.dynamo(tables));
      try (DynamoClient db = stubClient(stub, 4, Duration.ofSeconds(5)).build()) {
        exposed.object("client", db);
        for (int call = 0; call < 5; call++) {
          ApiResponse response = db.apiCall(listTables());
          exposed.object("ApiResponse", response);
          assertEquals(call < 2 ? 3 : 2, response.attempts(), "call " + call);
        }
        // the same, asynchronously
        stub.enqueue(
            StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"),
            StubResponse.disconnect(),
            StubResponse.dynamo(tables).withCrc32(12345),
            StubResponse.dynamo(tables),
            StubResponse.dynamoError(500, "InternalServerError", "boom"),
            StubResponse.dynamo(tables));
        assertEquals(4, join(db.async().apiCall(listTables())).attempts());
        assertEquals(2, join(db.async().apiCall(listTables())).attempts());
        assertEquals(0, stub.pendingResponses());
      }
      // every attempt failing
      try (DynamoClient db = stubClient(stub, 2, Duration.ofSeconds(5)).build()) {
        stub.defaultResponse(StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"));
        expect(ThrottlingException.class, () -> db.apiCall(listTables()));
        expectAsync(ThrottlingException.class, () -> db.async().apiCall(listTables()));
        stub.defaultResponse(StubResponse.dynamoError(500, "InternalServerError", "boom"));
        expect(InternalServerErrorException.class, () -> db.apiCall(listTables()));
        stub.defaultResponse(StubResponse.dynamo(tables).withCrc32(1));
        expect(CrcMismatchException.class, () -> db.apiCall(listTables()));
        stub.defaultResponse(StubResponse.disconnect());
        expect(TransportException.class, () -> db.apiCall(listTables()));
        expectAsync(TransportException.class, () -> db.async().apiCall(listTables()));
      }
    }
    // answers slower than an attempt may take: the attempt times out and the next one succeeds,
    // or every one times out
    try (StubServer stub = StubServer.start()) {
      StubResponse slow = StubResponse.dynamo(tables).delayed(Duration.ofMillis(800));
      try (DynamoClient db = stubClient(stub, 3, Duration.ofMillis(250)).build()) {
        stub.defaultResponse(StubResponse.dynamo(tables));
        stub.enqueue(slow);
        assertTrue(db.apiCall(listTables()).attempts() >= 2);
        stub.enqueue(slow);
        assertTrue(join(db.async().apiCall(listTables())).attempts() >= 2);
      }
      try (DynamoClient db = stubClient(stub, 2, Duration.ofMillis(250)).build()) {
        stub.defaultResponse(slow);
        expect(AttemptTimeoutException.class, () -> db.apiCall(listTables()));
      }
    }
    // a clock 20 minutes slow: the signature is refused as expired, the client corrects its clock
    // from the Date header and signs again
    Clock slow = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));
    try (StubServer stub = StubServer.start()) {
      String now =
          DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atZone(ZoneOffset.UTC));
      String expired =
          "Signature expired: 20250101T000000Z is now earlier than 20250101T001500Z"
              + " (20250101T002000Z - 5 min.)";
      stub.enqueue(
          StubResponse.dynamoError(400, "InvalidSignatureException", expired)
              .withHeader("Date", now),
          StubResponse.dynamo("{}"),
          StubResponse.dynamoError(400, "RequestTimeTooSkewed", expired).withHeader("Date", now),
          StubResponse.dynamo("{}"));
      try (DynamoClient db = stubClient(stub, 1, Duration.ofSeconds(5)).clock(slow).build()) {
        assertEquals(2, db.apiCall(listTables()).attempts());
      }
      try (DynamoClient db = stubClient(stub, 1, Duration.ofSeconds(5)).clock(slow).build()) {
        assertEquals(2, join(db.async().apiCall(listTables())).attempts());
      }
    }
    // the capture works: retries and the clock correction were logged at DEBUG
    assertTrue(
        logged("io.dynamo.api", "retrying in") >= 10,
        "DEBUG retry lines: " + logged("io.dynamo.api", "retrying in"));
    assertTrue(logged("io.dynamo.api", "corrected the signing clock") >= 2, "clock corrections");
    assertNothingExposed(test);
  }

  @Test
  void itemValuesInErrorResponsesStayOutOfExceptions(TestInfo test) throws Exception {
    String item =
        "{\"pk\":{\"S\":\"k\"},\"sk\":{\"N\":\"1\"},\"note\":{\"S\":\"" + ITEM_VALUE + "\"}}";
    try (StubServer stub = StubServer.start();
        DynamoClient db = stubClient(stub, 2, Duration.ofSeconds(5)).build()) {
      // the old item comes back with the error (ReturnValuesOnConditionCheckFailure=ALL_OLD)
      stub.enqueue(
          StubResponse.dynamo(
              400,
              "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                  + "\"message\":\"The conditional request failed\",\"Item\":"
                  + item
                  + "}"));
      ConditionalCheckFailedException failed =
          expect(
              ConditionalCheckFailedException.class,
              () ->
                  db.putItem(
                      PutItemRequest.builder()
                          .table("stubbed")
                          .item(Item.of("pk", "k", "sk", 1, "note", "new"))
                          .condition(Condition.attributeNotExists("pk"))
                          .returnValuesOnConditionCheckFailure(
                              ReturnValuesOnConditionCheckFailure.ALL_OLD)
                          .build()));
      assertEquals(ITEM_VALUE, failed.item().getString("note"));
      exposed.object("ConditionalCheckFailedException.item()", failed.item());
      stub.enqueue(
          StubResponse.dynamo(
              400,
              "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                  + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for"
                  + " specific reasons [ConditionalCheckFailed]\",\"CancellationReasons\":["
                  + "{\"Code\":\"ConditionalCheckFailed\",\"Item\":"
                  + item
                  + ",\"Message\":\"The conditional request failed\"}]}"));
      TransactionCanceledException cancelled =
          expectAsync(
              TransactionCanceledException.class,
              () ->
                  db.async()
                      .transactWriteItems(
                          TransactWriteItemsRequest.builder()
                              .put(
                                  "stubbed",
                                  Item.of("pk", "k", "sk", 1),
                                  Condition.attributeNotExists("pk"))
                              .build()));
      assertEquals(ITEM_VALUE, cancelled.reasons().get(0).item().getString("note"));
      exposed.object("TransactionCanceledException.reasons()", cancelled.reasons());
      // transactions that succeed (dynalite has none)
      stub.enqueue(
          StubResponse.dynamo("{}"),
          StubResponse.dynamo("{\"Responses\":[{\"Item\":" + item + "}]}"));
      TransactWriteItemsRequest write =
          TransactWriteItemsRequest.builder()
              .put("stubbed", Item.of("pk", "k", "sk", 1, "note", ITEM_VALUE))
              .update("stubbed", Key.of("pk", "k", "sk", 2), u -> u.set("note", ITEM_VALUE))
              .build();
      exposed.object("TransactWriteItemsRequest", write);
      exposed.object("TransactWriteItemsResponse", db.transactWriteItems(write));
      TransactGetItemsResponse read =
          join(
              db.async()
                  .transactGetItems(
                      TransactGetItemsRequest.builder()
                          .get("stubbed", Key.of("pk", "k", "sk", 1))
                          .build()));
      assertEquals(ITEM_VALUE, read.item(0).getString("note"));
      exposed.object("TransactGetItemsResponse", read);

      // a damaged body holding the item, every attempt
      stub.enqueue(2, StubResponse.dynamo("{\"Item\":" + item + "}").withCrc32(7));
      expect(CrcMismatchException.class, () -> db.getItem("stubbed", Key.of("pk", "k", "sk", 1)));
      // a body holding the item cut short, every attempt
      stub.enqueue(2, StubResponse.dynamo("{\"Item\":" + item + "}").truncatedAfter(60));
      expect(TransportException.class, () -> db.getItem("stubbed", Key.of("pk", "k", "sk", 1)));

      // a body that is not valid JSON, with the item value where the parser stops
      stub.enqueue(StubResponse.dynamo("{\"Item\":" + item));
      expect(
          InvalidResponseException.class, () -> db.getItem("stubbed", Key.of("pk", "k", "sk", 1)));
      stub.enqueue(StubResponse.dynamo("{\"Item\":" + item));
      expectAsync(
          InvalidResponseException.class,
          () -> db.async().getItem("stubbed", Key.of("pk", "k", "sk", 1)));
      // past the first 200 characters, an unquoted value: only the parser's message could show it
      stub.enqueue(
          StubResponse.dynamo(
              "{\"ConsumedCapacity\":{\"TableName\":\""
                  + "t".repeat(240)
                  + "\"},\"Item\":{\"note\":{\"S\":"
                  + ITEM_VALUE
                  + "}}}"));
      expect(
          InvalidResponseException.class, () -> db.getItem("stubbed", Key.of("pk", "k", "sk", 1)));
    }
    assertNothingExposed(test);
  }

  @Test
  void credentialsFromEveryProvider(TestInfo test, @TempDir Path home) throws Exception {
    List<CredentialsProvider> providers = new ArrayList<>();
    Key key = Key.of("pk", "k", "sk", 1);

    // static
    CredentialsProvider fixed = CredentialsProviders.of(CREDENTIALS);
    providers.add(fixed);
    try (DynamoClient db = dynaliteClient().credentials(fixed).build()) {
      db.putItem(table, Item.of("pk", "k", "sk", 1, "note", ITEM_VALUE));
    }

    // environment variables and system properties of an injected environment, through the default
    // chain (which stops at the environment; instance metadata is off besides)
    Environment variables =
        Environment.of(
            Map.of(
                "AWS_ACCESS_KEY_ID", ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", SECRET_KEY,
                "AWS_SESSION_TOKEN", SESSION_TOKEN,
                "AWS_REGION", "us-east-1",
                "AWS_EC2_METADATA_DISABLED", "true"),
            home.resolve("nowhere"));
    exposed.object("Environment", variables);
    try (DynamoClient db = dynaliteClient().environment(variables).build()) {
      exposed.object("GetItemResponse", db.getItem(table, key));
    }
    Environment properties =
        Environment.of(
            Map.of("AWS_EC2_METADATA_DISABLED", "true"),
            Map.of(
                "aws.accessKeyId", ACCESS_KEY_ID,
                "aws.secretAccessKey", SECRET_KEY,
                "aws.sessionToken", SESSION_TOKEN),
            home.resolve("nowhere"));
    exposed.object("Environment", properties);
    CredentialsProvider fromProperties = CredentialsProviders.systemProperties(properties);
    providers.add(fromProperties);
    providers.add(CredentialsProviders.environment(variables));
    try (DynamoClient db = dynaliteClient().credentials(fromProperties).build()) {
      exposed.object("async GetItemResponse", join(db.async().getItem(table, key)));
    }

    // a profile file in a home of its own
    Path aws = Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        aws.resolve("credentials"),
        "[default]\naws_access_key_id = "
            + ACCESS_KEY_ID
            + "\naws_secret_access_key = "
            + SECRET_KEY
            + "\naws_session_token = "
            + SESSION_TOKEN
            + "\n\n[broken]\naws_secret_access_key = "
            + SECRET_KEY
            + "\nthis line is malformed "
            + SESSION_TOKEN
            + "\n");
    Environment profiles = Environment.of(Map.of(), home);
    CredentialsProvider profile =
        CredentialsProviders.caching(CredentialsProviders.profile(profiles));
    providers.add(profile);
    try (DynamoClient db = dynaliteClient().credentials(profile).build()) {
      exposed.object("GetItemResponse", db.getItem(table, key));
    }

    // a container credentials endpoint on loopback, found after the others fail in a chain
    try (StubServer endpoint = StubServer.start()) {
      endpoint.defaultResponse(
          StubResponse.of(
              200,
              "application/json",
              "{\"AccessKeyId\":\""
                  + ACCESS_KEY_ID
                  + "\",\"SecretAccessKey\":\""
                  + SECRET_KEY
                  + "\",\"Token\":\""
                  + SESSION_TOKEN
                  + "\",\"Expiration\":\""
                  + Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                  + "\"}"));
      Environment container = containerEnvironment(endpoint, home.resolve("nowhere"));
      exposed.object("Environment", container);
      CredentialsProvider chain =
          CredentialsProviders.caching(
              CredentialsProviders.chain(
                  CredentialsProviders.systemProperties(container),
                  CredentialsProviders.environment(container),
                  CredentialsProviders.profile(container),
                  CredentialsProviders.container(container)));
      providers.add(chain);
      try (DynamoClient db = dynaliteClient().credentials(chain).build()) {
        exposed.object("GetItemResponse", db.getItem(table, key));
        exposed.object("async GetItemResponse", join(db.async().getItem(table, key)));
      }
      assertEquals(1, endpoint.requestCount(), "the container credentials are cached");
      assertEquals(CONTAINER_TOKEN, endpoint.request(0).header("Authorization").orElseThrow());
    }
    for (HttpRequest sent : exposed.signedRequests) {
      assertEquals(SESSION_TOKEN, sent.header("X-Amz-Security-Token").orElseThrow());
    }

    // what a signer shows
    for (CredentialsProvider p : providers) {
      exposed.object("provider", p);
      exposed.object("resolved credentials", p.resolve());
      Auth auth = Auth.sigV4(p);
      exposed.object("Auth", auth);
      RequestSigner signer = auth.signer("us-east-1", "dynamodb", Clock.systemUTC());
      exposed.object("RequestSigner", signer);
      SignableRequest request =
          SignableRequest.of(
              "POST",
              dynalite.endpoint(),
              List.of(HttpHeader.of("X-Amz-Target", Operation.LIST_TABLES.target())),
              "{}".getBytes(StandardCharsets.UTF_8));
      List<HttpHeader> headers = signer.sign(request);
      exposed.object("signed headers", headers);
      exposed.object("SignableRequest", request);
    }
    SigV4Signer sigV4 = SigV4Signer.create("us-east-1", "dynamodb", Clock.systemUTC());
    exposed.object("SigV4Signer", sigV4);
    exposed.object(
        "SigningDetails",
        sigV4.details(
            SignableRequest.of(
                "POST", dynalite.endpoint(), List.of(), "{}".getBytes(StandardCharsets.UTF_8)),
            CREDENTIALS));
    exposed.objects("Credentials", CREDENTIALS, Auth.sigV4(CREDENTIALS));

    assertTrue(
        logged("io.dynamo.sign.credentials", "No credentials from") >= 3,
        "DEBUG lines of the chain");
    assertTrue(
        logged("io.dynamo.sign.credentials", "Cached credentials") >= 2, "DEBUG cache lines");
    assertNothingExposed(test);
  }

  @Test
  void brokenCredentialSources(TestInfo test, @TempDir Path home) throws Exception {
    Path nowhere = home.resolve("nowhere");
    List<StubResponse> broken =
        List.of(
            // cut short, with the secrets in it
            StubResponse.of(
                200,
                "application/json",
                "{\"AccessKeyId\":\""
                    + ACCESS_KEY_ID
                    + "\",\"SecretAccessKey\":\""
                    + SECRET_KEY
                    + "\",\"Token\":\""
                    + SESSION_TOKEN),
            // unquoted secrets: the JSON parser's message would quote them
            StubResponse.of(
                200,
                "application/json",
                "{\"AccessKeyId\":\"" + ACCESS_KEY_ID + "\",\"Token\":" + SESSION_TOKEN + "}"),
            StubResponse.of(
                200,
                "application/json",
                "{\"AccessKeyId\":\""
                    + ACCESS_KEY_ID
                    + "\",\"SecretAccessKey\":"
                    + SECRET_KEY
                    + "}"),
            // no secret key, a token
            StubResponse.of(
                200,
                "application/json",
                "{\"AccessKeyId\":\"" + ACCESS_KEY_ID + "\",\"Token\":\"" + SESSION_TOKEN + "\"}"),
            StubResponse.of(200, "text/html", "<html>" + SECRET_KEY + "</html>"),
            StubResponse.of(500, "application/json", "{\"message\":\"" + SESSION_TOKEN + "\"}"),
            StubResponse.of(403, "text/plain", "refused " + CONTAINER_TOKEN),
            StubResponse.disconnect());
    try (StubServer endpoint = StubServer.start()) {
      Environment container = containerEnvironment(endpoint, nowhere);
      // a chain without a cache: each call of the client asks the endpoint again
      try (DynamoClient db =
          dynaliteClient()
              .credentials(
                  CredentialsProviders.chain(
                      CredentialsProviders.environment(container),
                      CredentialsProviders.container(container, Duration.ofSeconds(2))))
              .build()) {
        for (StubResponse answer : broken) {
          // straight from the provider, and through the client, both ways
          endpoint.enqueue(answer, answer, answer);
          expect(
              CredentialsException.class,
              () -> CredentialsProviders.container(container, Duration.ofSeconds(2)).resolve());
          expect(CredentialsException.class, () -> db.listTables());
          expectAsync(CredentialsException.class, () -> db.async().apiCall(listTables()));
        }
      }
      // a failure remembered by the cache
      endpoint.enqueue(broken.get(0));
      CredentialsProvider cached =
          CredentialsProviders.caching(CredentialsProviders.container(container));
      expect(CredentialsException.class, cached::resolve);
      expect(CredentialsException.class, cached::resolve);
    }
    // an endpoint the provider refuses to call, with the token in the URI's query and user info
    Environment refused =
        Environment.of(
            Map.of(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                "http://" + CONTAINER_TOKEN + "@192.0.2.1:80/creds?token=" + SESSION_TOKEN,
                "AWS_CONTAINER_AUTHORIZATION_TOKEN",
                CONTAINER_TOKEN),
            nowhere);
    expect(CredentialsException.class, () -> CredentialsProviders.container(refused).resolve());
    // one with user info: the token belongs in AWS_CONTAINER_AUTHORIZATION_TOKEN, not the URI
    Environment unreachable =
        Environment.of(
            Map.of(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                "https://" + PROXY_USER + ":" + CONTAINER_TOKEN + "@127.0.0.1:9/creds"),
            nowhere);
    expect(CredentialsException.class, () -> CredentialsProviders.container(unreachable).resolve());
    // a token with a line break
    Environment lineBreak =
        Environment.of(
            Map.of(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                "http://127.0.0.1:9/creds",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN",
                CONTAINER_TOKEN + "\n" + SESSION_TOKEN),
            nowhere);
    expect(CredentialsException.class, () -> CredentialsProviders.container(lineBreak).resolve());

    // a profile without its key id, a profile that is not there
    Path aws = Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        aws.resolve("credentials"),
        "[broken]\naws_secret_access_key = "
            + SECRET_KEY
            + "\naws_session_token = "
            + SESSION_TOKEN
            + "\nmalformed "
            + SECRET_KEY
            + "\n");
    Environment profiles = Environment.of(Map.of(), home);
    expect(
        CredentialsException.class,
        () -> CredentialsProviders.profile(profiles, "broken").resolve());
    expect(
        CredentialsException.class,
        () -> CredentialsProviders.profile(profiles, "absent").resolve());
    // environment variables half set
    Environment half =
        Environment.of(
            Map.of("AWS_SECRET_ACCESS_KEY", SECRET_KEY, "AWS_SESSION_TOKEN", SESSION_TOKEN),
            nowhere);
    exposed.object("Environment", half);
    expect(CredentialsException.class, () -> CredentialsProviders.environment(half).resolve());
    Environment withLineBreak =
        Environment.of(
            Map.of(
                "AWS_ACCESS_KEY_ID",
                ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY",
                SECRET_KEY,
                "AWS_SESSION_TOKEN",
                SESSION_TOKEN + "\n" + SECRET_KEY),
            nowhere);
    expect(
        CredentialsException.class,
        () -> CredentialsProviders.environment(withLineBreak).resolve());
    // credentials that cannot be
    expect(CredentialsException.class, () -> Credentials.of(SECRET_KEY, " ")); // swapped
    expect(CredentialsException.class, () -> Credentials.of(" ", SECRET_KEY));
    expect(CredentialsException.class, () -> Credentials.of(ACCESS_KEY_ID, SECRET_KEY + "\r\n"));
    expect(
        CredentialsException.class,
        () -> Credentials.of(ACCESS_KEY_ID, SECRET_KEY, SESSION_TOKEN + "\n" + SECRET_KEY));
    // a provider that returns nothing
    try (DynamoClient db = dynaliteClient().credentials(() -> null).build()) {
      expect(CredentialsException.class, () -> db.listTables());
    }

    assertTrue(logged("io.dynamo.sign.credentials", "No credentials from") >= 8, "DEBUG lines");
    assertNothingExposed(test);
  }

  @Test
  void proxyWithAPassword(TestInfo test) throws Exception {
    HttpProxy proxy =
        HttpProxy.of("127.0.0.1", 3128)
            .withCredentials(PROXY_USER, PROXY_PASSWORD)
            .bypassing("x.*");
    assertTrue(proxy.basicAuthorization().contains(SECRETS.get("proxy Basic credentials")));
    exposed.objects(
        "proxy", proxy, TransportOptions.defaults().withProxy(proxy), DynamoClient.builder());
    expect(
        IllegalArgumentException.class,
        () -> HttpProxy.of("127.0.0.1", 3128).withCredentials(PROXY_USER, PROXY_PASSWORD + "\n"));
    // a password in a URL, where it does not belong
    expect(
        IllegalArgumentException.class,
        () -> HttpProxy.of(PROXY_USER + ":" + PROXY_PASSWORD + "@proxy", 3128));
    String userInfo = PROXY_USER + ":" + PROXY_PASSWORD + "@";
    expect(
        InvalidRequestException.class,
        () -> DynamoClient.builder().endpoint("http://" + userInfo + "127.0.0.1:8000"));
    expect(
        InvalidRequestException.class,
        () -> DynamoClient.builder().endpoint("http://" + userInfo + "127.0.0.1:8000/?a=b"));
    expect(
        InvalidRequestException.class,
        () -> DynamoClient.builder().endpoint("http://" + userInfo + "bad host:8000"));
    expect(
        InvalidRequestException.class,
        () -> DynamoClient.builder().endpoint(URI.create("ftp://" + userInfo + "127.0.0.1:8000")));
    expect(
        InvalidRequestException.class,
        () ->
            DynamoClient.builder()
                .credentials(CREDENTIALS)
                .environment(
                    Environment.of(
                        Map.of(
                            "AWS_ENDPOINT_URL_DYNAMODB",
                            "http://" + userInfo + "127.0.0.1:8000",
                            "AWS_REGION",
                            "us-east-1"),
                        Path.of("/nonexistent-home")))
                .build());

    URI proxied =
        URI.create("http://" + SelfSignedCertificate.PROXIED_HOST + ":" + dynalite.port());
    try (ForwardProxy good = ForwardProxy.start(PROXY_USER, PROXY_PASSWORD);
        ForwardProxy other = ForwardProxy.start(PROXY_USER, "another-password")) {
      // through the proxy, both ways
      DynamoClientBuilder builder =
          dynaliteClient()
              .endpoint(proxied)
              .credentials(CREDENTIALS)
              .proxy(
                  HttpProxy.of("127.0.0.1", good.port())
                      .withCredentials(PROXY_USER, PROXY_PASSWORD));
      exposed.object("DynamoClientBuilder", builder);
      try (DynamoClient db = builder.build()) {
        exposed.object("client", db);
        exposed.object(
            "PutItemResponse", db.putItem(table, Item.of("pk", "p", "sk", 1, "note", ITEM_VALUE)));
        exposed.object(
            "async GetItemResponse", join(db.async().getItem(table, Key.of("pk", "p", "sk", 1))));
      }
      assertFalse(good.accepted().isEmpty(), "calls went through the proxy");
      // a proxy that wants another password (refused, not retried; with transport-jdk an
      // asynchronous call gets no answer at all, so the attempt is kept short)
      try (DynamoClient db =
          dynaliteClient()
              .endpoint(proxied)
              .credentials(CREDENTIALS)
              .retryPolicy(RetryPolicy.none())
              .attemptTimeout(Duration.ofSeconds(1))
              .proxy(
                  HttpProxy.of("127.0.0.1", other.port())
                      .withCredentials(PROXY_USER, PROXY_PASSWORD))
              .build()) {
        expect(RuntimeException.class, () -> db.listTables());
        expectAsync(RuntimeException.class, () -> db.async().apiCall(listTables()));
      }
    }
    // a proxy nobody listens on
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    try (DynamoClient db =
        dynaliteClient()
            .endpoint(proxied)
            .credentials(CREDENTIALS)
            .retryPolicy(
                RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1)).build())
            .proxy(HttpProxy.of("127.0.0.1", closed).withCredentials(PROXY_USER, PROXY_PASSWORD))
            .build()) {
      expect(TransportException.class, () -> db.listTables());
      expectAsync(TransportException.class, () -> db.async().apiCall(listTables()));
    }
    assertNothingExposed(test);
  }

  // ---- clients ----------------------------------------------------------------------------------

  private static DynamoClientBuilder plainDynaliteClient() {
    return DynamoClient.builder()
        .endpoint(dynalite.endpoint())
        .region("us-east-1")
        .attemptTimeout(Duration.ofSeconds(5))
        .callTimeout(Duration.ofSeconds(15));
  }

  /** A client of dynalite whose calls and attempts the interceptor records. */
  private DynamoClientBuilder dynaliteClient() {
    return plainDynaliteClient().interceptor(exposed.recorder);
  }

  /** A client of a stub, with real backoff scaled down. */
  private DynamoClientBuilder stubClient(StubServer stub, int attempts, Duration attempt) {
    return DynamoClient.builder()
        .endpoint(stub.endpoint())
        .region("us-east-1")
        .credentials(CREDENTIALS)
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(attempts)
                .baseDelay(Duration.ofMillis(2))
                .throttlingBaseDelay(Duration.ofMillis(10))
                .build())
        .attemptTimeout(attempt)
        .callTimeout(Duration.ofSeconds(10))
        .interceptor(exposed.recorder);
  }

  private static ApiRequest listTables() {
    return ApiRequest.of(Operation.LIST_TABLES, "{}".getBytes(StandardCharsets.UTF_8));
  }

  private static Environment containerEnvironment(StubServer endpoint, Path home) {
    return Environment.of(
        Map.of(
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            endpoint.endpoint() + "/v2/credentials/secrets-test",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN",
            CONTAINER_TOKEN,
            "AWS_EC2_METADATA_DISABLED",
            "true"),
        home);
  }

  // ---- capture ----------------------------------------------------------------------------------

  private <T> T join(CompletableFuture<T> future) throws Exception {
    return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Runs a call that must fail with {@code type}, and keeps its exception. */
  private <T extends Throwable> T expect(Class<T> type, Executable call) {
    T e = assertThrows(type, call);
    exposed.exception(e);
    return e;
  }

  /** Runs an asynchronous call whose future must fail with {@code type}, and keeps the failure. */
  private <T extends Throwable> T expectAsync(
      Class<T> type, Supplier<? extends CompletableFuture<?>> call) {
    CompletableFuture<?> future = call.get();
    ExecutionException e =
        assertThrows(
            ExecutionException.class, () -> future.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    exposed.exception(e);
    Throwable cause = e.getCause();
    if (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return assertInstanceOf(type, cause);
  }

  /** How many captured records of a logger (or its children) contain {@code text}. */
  private static long logged(String logger, String text) {
    return LOGGED.stream()
        .filter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith(logger))
        .filter(r -> FORMATTER.formatMessage(r).contains(text))
        .count();
  }

  /** Everything the client side showed during a test, by kind. */
  private static final class Exposure {
    final List<Shown> objects = new CopyOnWriteArrayList<>();
    final List<Shown> exceptions = new CopyOnWriteArrayList<>();
    final List<HttpRequest> signedRequests = new CopyOnWriteArrayList<>();

    /** Keeps what every call and every attempt carries, and every failure of an attempt. */
    final Interceptor recorder =
        new Interceptor() {
          @Override
          public CompletableFuture<ApiResponse> interceptCall(CallChain chain) {
            object("ApiRequest", chain.request());
            return chain
                .proceed(chain.request())
                .whenComplete(
                    (response, error) -> {
                      if (response != null) {
                        object("ApiResponse", response);
                        object("ApiResponse.http()", response.http());
                      }
                    });
          }

          @Override
          public CompletableFuture<HttpResponse> interceptAttempt(AttemptChain chain) {
            HttpRequest request = chain.request();
            signedRequests.add(request);
            object("HttpRequest", request);
            object("HttpRequest.headers()", request.headers());
            return chain
                .proceed(request)
                .whenComplete(
                    (response, error) -> {
                      if (response != null) {
                        object("HttpResponse", response);
                      }
                      if (error != null) {
                        exception(error);
                      }
                    });
          }
        };

    void object(String label, Object o) {
      String text = String.valueOf(o);
      objects.add(new Shown(label, text, text));
    }

    void objects(String label, Object... os) {
      for (Object o : os) {
        object(label, o);
      }
    }

    void exception(Throwable t) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      StringBuilder text = new StringBuilder().append(t).append('\n').append(trace);
      // messages of causes and suppressed ones once more, in case the trace cut any short
      for (Throwable c = t; c != null; c = c.getCause()) {
        text.append('\n').append(c.getMessage()).append('\n').append(c.getLocalizedMessage());
        for (Throwable s : c.getSuppressed()) {
          text.append('\n').append(s);
        }
        if (c instanceof DynamoServiceException) {
          DynamoServiceException d = (DynamoServiceException) c;
          text.append('\n').append(d.error()).append('\n').append(d.errorMessage());
        }
        if (c.getCause() == c) {
          break;
        }
      }
      exceptions.add(new Shown("exception", t.toString(), text.toString()));
    }
  }

  /** Something shown: what it is, a summary, and its whole text. */
  private record Shown(String what, String summary, String text) {
    String label() {
      return what + " " + abbreviate(summary);
    }
  }

  /**
   * A log record as a handler would print it: the message with its parameters substituted, the
   * parameters themselves, and the exception's stack trace with its causes and suppressed ones.
   */
  private static Shown shown(LogRecord r) {
    String message = FORMATTER.formatMessage(r);
    StringBuilder text = new StringBuilder(message);
    text.append('\n').append(r.getMessage());
    if (r.getParameters() != null) {
      for (Object p : r.getParameters()) {
        text.append('\n').append(p);
      }
    }
    if (r.getThrown() != null) {
      StringWriter trace = new StringWriter();
      r.getThrown().printStackTrace(new PrintWriter(trace));
      text.append('\n').append(trace);
    }
    return new Shown(
        "log record " + r.getLevel() + " " + r.getLoggerName(),
        "\"" + message + "\"",
        text.toString());
  }

  /**
   * Fails if a secret shows in anything captured, or the item value in a log record or an
   * exception; lists every finding, secrets and item values apart.
   */
  private void assertNothingExposed(TestInfo test) {
    assertFalse(exposed.exceptions.isEmpty() && exposed.objects.isEmpty(), "nothing captured");
    assertClean(test.getDisplayName(), exposed.exceptions, exposed.objects);
  }

  /** {@link #assertNothingExposed} for the records logged so far and these exceptions, objects. */
  private static void assertClean(String when, List<Shown> exceptions, List<Shown> objects) {
    List<Shown> logs = LOGGED.stream().map(SecretsTest::shown).collect(Collectors.toList());
    Map<String, Long> byLogger =
        LOGGED.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.getLoggerName() + " " + r.getLevel(),
                    TreeMap::new,
                    Collectors.counting()));
    System.out.printf(
        "%s (transport %s): searched %d log records %s, %d exceptions, %d objects%n",
        when,
        System.getProperty("io.dynamo.transport", "default"),
        logs.size(),
        byLogger,
        exceptions.size(),
        objects.size());
    List<Shown> anywhere = new ArrayList<>(logs);
    anywhere.addAll(exceptions);
    anywhere.addAll(objects);
    List<String> secretsShown = new ArrayList<>();
    for (Shown s : anywhere) {
      SECRETS.forEach(
          (name, value) -> {
            if (shows(s.text(), value)) {
              secretsShown.add(
                  name + " in " + s.label() + ": ..." + around(s.text(), value) + "...");
            }
          });
    }
    List<Shown> notItems = new ArrayList<>(logs);
    notItems.addAll(exceptions);
    List<String> itemValueShown = new ArrayList<>();
    for (Shown s : notItems) {
      if (shows(s.text(), ITEM_VALUE)) {
        itemValueShown.add(s.label() + ": ..." + around(s.text(), ITEM_VALUE) + "...");
      }
    }
    assertAll(
        () -> {
          if (!secretsShown.isEmpty()) {
            fail(
                secretsShown.size()
                    + " places show a secret:\n  "
                    + String.join("\n  ", secretsShown));
          }
        },
        () -> {
          if (!itemValueShown.isEmpty()) {
            fail(
                itemValueShown.size()
                    + " exceptions or log records show the item value:\n  "
                    + String.join("\n  ", itemValueShown));
          }
        });
  }

  /** Whether the text shows the secret, whole or cut short at either end. */
  private static boolean shows(String text, String secret) {
    return text.contains(secret)
        || text.contains(secret.substring(0, 16))
        || text.contains(secret.substring(secret.length() - 16));
  }

  /** Where a secret shows, with the secret itself replaced, for the failure message. */
  private static String around(String text, String secret) {
    int at = text.indexOf(secret.substring(0, 16));
    if (at < 0) {
      at = text.indexOf(secret.substring(secret.length() - 16));
    }
    String excerpt = text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 100));
    return excerpt
        .replace(secret, "<SECRET>")
        .replace(secret.substring(0, 16), "<SECRET START>")
        .replace(secret.substring(secret.length() - 16), "<SECRET END>")
        .replace('\n', ' ');
  }

  /** One line of at most 120 characters, secrets and the item value replaced by their names. */
  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
      one = one.replace(secret.getValue(), "<" + secret.getKey() + ">");
    }
    one = one.replace(ITEM_VALUE, "<item value>");
    return one.length() <= 120 ? one : one.substring(0, 117) + "...";
  }
}
