package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoAsyncClient;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.CallListener;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.DeleteTableRequest;
import io.dynamo.api.model.DescribeTableRequest;
import io.dynamo.api.model.DescribeTimeToLiveRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.ListTablesResponse;
import io.dynamo.api.model.ListTagsOfResourceRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.api.model.TimeToLiveSpecification;
import io.dynamo.api.model.TimeToLiveStatus;
import io.dynamo.api.model.UntagResourceRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateTableRequest;
import io.dynamo.api.model.UpdateTimeToLiveRequest;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import io.dynamo.testkit.ModelChecker;
import io.dynamo.testkit.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation dynalite implements ({@link StubAllOperationsTest#DYNALITE}), called through its
 * typed method on the blocking client and on the asynchronous one, against dynalite, in one table
 * lifecycle per client that reads back what each call did. A client {@link CallListener} records
 * which operations succeeded on which client, and an {@link Interceptor} checks every request body
 * sent against the model; the last test asserts that each listed operation was seen succeeding on
 * both clients and that every request was valid input. The other operations of the model are sent
 * to dynalite too, and must be refused as unknown: so the list is exactly what dynalite has, and
 * StubAllOperationsTest covers the rest.
 */
@ExtendWith(DynaliteExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DynaliteEveryOperationTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Recorder RECORDER = new Recorder();
  private static DynamoClient db;

  @BeforeAll
  static void start(Dynalite dynalite) {
    db =
        DynamoClient.builder()
            .endpoint(dynalite.endpoint())
            .region(dynalite.region())
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .interceptor(RECORDER)
            .listener(RECORDER)
            .build();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  /** Which client a call goes through; the asynchronous one is joined. */
  enum Client {
    BLOCKING {
      @Override
      <Q, R> R call(
          BiFunction<DynamoClient, Q, R> sync,
          BiFunction<DynamoAsyncClient, Q, CompletableFuture<R>> async,
          Q request) {
        return sync.apply(db, request);
      }
    },
    ASYNC {
      @Override
      <Q, R> R call(
          BiFunction<DynamoClient, Q, R> sync,
          BiFunction<DynamoAsyncClient, Q, CompletableFuture<R>> async,
          Q request) {
        CompletableFuture<R> future = async.apply(db.async(), request);
        try {
          return future.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e);
        } catch (Exception e) {
          throw new AssertionError("the asynchronous call did not end", e);
        }
      }
    };

    abstract <Q, R> R call(
        BiFunction<DynamoClient, Q, R> sync,
        BiFunction<DynamoAsyncClient, Q, CompletableFuture<R>> async,
        Q request);

    /** How the recorder names this client. */
    String label() {
      return this == ASYNC ? "async" : "sync";
    }
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @EnumSource(Client.class)
  void tableLifecycleThroughEveryOperationDynaliteHas(Client c) {
    String table = Dynalite.uniqueName("every-" + c.label());

    // CreateTable, provisioned so that UpdateTable can change the throughput
    TableDescription created =
        c.call(
                DynamoClient::createTable,
                DynamoAsyncClient::createTable,
                CreateTableRequest.builder()
                    .table(table)
                    .hashKey("pk", ScalarType.S)
                    .rangeKey("sk", ScalarType.N)
                    .provisionedThroughput(5, 5)
                    .build())
            .tableDescription();
    assertEquals(table, created.tableName());
    assertEquals("pk", created.hashKeyName());
    assertEquals("sk", created.rangeKeyName());
    assertEquals(5L, created.provisionedThroughput().readCapacityUnits());
    db.waitUntilTableActive(table, WAIT);

    // DescribeTable
    TableDescription described =
        c.call(
                DynamoClient::describeTable,
                DynamoAsyncClient::describeTable,
                DescribeTableRequest.of(table))
            .table();
    assertEquals(TableStatus.ACTIVE, described.tableStatus());
    // provisioned: DynamoDB, and dynalite, report no BillingModeSummary then
    assertNotEquals(BillingMode.PAY_PER_REQUEST, described.billingMode());
    assertEquals(5L, described.provisionedThroughput().writeCapacityUnits());
    String arn = described.tableArn();
    assertNotNull(arn);
    assertTrue(arn.startsWith("arn:aws:dynamodb:") && arn.endsWith(":table/" + table), arn);

    // ListTables
    assertTrue(tableNames(c).contains(table), table + " not listed");

    // PutItem, twice: the second replaces the first and returns it
    Item first = Item.of("pk", "a", "sk", 1, "name", "Ann", "n", 1);
    assertTrue(
        c.call(DynamoClient::putItem, DynamoAsyncClient::putItem, PutItemRequest.of(table, first))
            .findAttributes()
            .isEmpty());
    Item replaced = first.with("n", 2);
    Item old =
        c.call(
                DynamoClient::putItem,
                DynamoAsyncClient::putItem,
                PutItemRequest.builder()
                    .table(table)
                    .item(replaced)
                    .returnValues(ReturnValue.ALL_OLD)
                    .build())
            .attributes();
    assertEquals(first, old);

    // GetItem
    Key a1 = Key.of("pk", "a", "sk", 1);
    assertEquals(
        replaced,
        c.call(
                DynamoClient::getItem,
                DynamoAsyncClient::getItem,
                GetItemRequest.builder().table(table).key(a1).consistentRead(true).build())
            .item());

    // UpdateItem
    Item updated =
        c.call(
                DynamoClient::updateItem,
                DynamoAsyncClient::updateItem,
                UpdateItemRequest.builder()
                    .table(table)
                    .key(a1)
                    .set("name", "Bea")
                    .add("n", 40)
                    .returnValues(ReturnValue.ALL_NEW)
                    .build())
            .attributes();
    assertEquals(Item.of("pk", "a", "sk", 1, "name", "Bea", "n", 42), updated);

    // BatchWriteItem: three puts and one delete of an item that is not there
    var written =
        c.call(
            DynamoClient::batchWriteItem,
            DynamoAsyncClient::batchWriteItem,
            BatchWriteItemRequest.builder()
                .put(
                    table,
                    Item.of("pk", "a", "sk", 2, "name", "Cy"),
                    Item.of("pk", "a", "sk", 3, "name", "Di"),
                    Item.of("pk", "b", "sk", 1, "name", "Ed"))
                .delete(table, Key.of("pk", "z", "sk", 9))
                .build());
    assertFalse(written.hasUnprocessedItems());

    // BatchGetItem, one key without an item
    BatchGetItemResponse got =
        c.call(
            DynamoClient::batchGetItem,
            DynamoAsyncClient::batchGetItem,
            BatchGetItemRequest.builder()
                .get(
                    table,
                    a1,
                    Key.of("pk", "a", "sk", 2),
                    Key.of("pk", "b", "sk", 1),
                    Key.of("pk", "z", "sk", 9))
                .build());
    assertFalse(got.hasUnprocessedKeys());
    assertEquals(
        Set.of("Bea", "Cy", "Ed"),
        got.items(table).stream().map(i -> i.getString("name")).collect(Collectors.toSet()));

    // Query, backwards from the top of the range
    QueryResponse queried =
        c.call(
            DynamoClient::query,
            DynamoAsyncClient::query,
            QueryRequest.builder()
                .table(table)
                .keyCondition("pk = :p AND sk >= :from")
                .values(Map.of(":p", "a", ":from", 2))
                .scanIndexForward(false)
                .build());
    assertEquals(
        List.of(3, 2),
        queried.items().stream().map(i -> i.getInt("sk")).collect(Collectors.toList()));
    assertEquals(2, queried.count());

    // Scan with a filter
    ScanResponse scanned =
        c.call(
            DynamoClient::scan,
            DynamoAsyncClient::scan,
            ScanRequest.builder()
                .table(table)
                .filter("begins_with(#n, :d) OR #n = :e")
                .names(Map.of("#n", "name"))
                .values(Map.of(":d", "D", ":e", "Ed"))
                .build());
    assertEquals(4, scanned.scannedCount());
    assertEquals(
        Set.of("Di", "Ed"),
        scanned.items().stream().map(i -> i.getString("name")).collect(Collectors.toSet()));
    assertFalse(scanned.hasMorePages());

    // DeleteItem returns what it deleted, and the item is gone
    Key a3 = Key.of("pk", "a", "sk", 3);
    assertEquals(
        Item.of("pk", "a", "sk", 3, "name", "Di"),
        c.call(
                DynamoClient::deleteItem,
                DynamoAsyncClient::deleteItem,
                DeleteItemRequest.builder()
                    .table(table)
                    .key(a3)
                    .returnValues(ReturnValue.ALL_OLD)
                    .build())
            .attributes());
    assertFalse(
        c.call(DynamoClient::getItem, DynamoAsyncClient::getItem, GetItemRequest.of(table, a3))
            .exists());

    // TagResource, ListTagsOfResource, UntagResource
    assertEquals(Map.of(), tags(c, arn));
    c.call(
        DynamoClient::tagResource,
        DynamoAsyncClient::tagResource,
        TagResourceRequest.of(arn, Map.of("env", "test", "team", "storage")));
    assertEquals(Map.of("env", "test", "team", "storage"), tags(c, arn));
    c.call(
        DynamoClient::untagResource,
        DynamoAsyncClient::untagResource,
        UntagResourceRequest.of(arn, "team"));
    assertEquals(Map.of("env", "test"), tags(c, arn));

    // DescribeTimeToLive; dynalite has no UpdateTimeToLive, so TTL stays disabled
    assertEquals(TimeToLiveStatus.DISABLED, ttl(c, table));
    DynamoServiceException noTtl =
        assertThrows(
            DynamoServiceException.class,
            () ->
                c.call(
                    DynamoClient::updateTimeToLive,
                    DynamoAsyncClient::updateTimeToLive,
                    UpdateTimeToLiveRequest.builder()
                        .tableName(table)
                        .timeToLiveSpecification(
                            TimeToLiveSpecification.builder()
                                .enabled(true)
                                .attributeName("expires")
                                .build())
                        .build()));
    assertEquals("UnknownOperationException", noTtl.errorType());
    assertEquals(TimeToLiveStatus.DISABLED, ttl(c, table));

    // UpdateTable: more throughput, then on demand
    TableDescription updating =
        c.call(
                DynamoClient::updateTable,
                DynamoAsyncClient::updateTable,
                UpdateTableRequest.builder().table(table).provisionedThroughput(10, 7).build())
            .tableDescription();
    assertEquals(TableStatus.UPDATING, updating.tableStatus());
    db.waitUntilTableActive(table, WAIT);
    TableDescription raised = describe(c, table);
    assertEquals(10L, raised.provisionedThroughput().readCapacityUnits());
    assertEquals(7L, raised.provisionedThroughput().writeCapacityUnits());
    assertNotNull(raised.provisionedThroughput().lastIncreaseDateTime());

    c.call(
        DynamoClient::updateTable,
        DynamoAsyncClient::updateTable,
        UpdateTableRequest.builder().table(table).billingMode(BillingMode.PAY_PER_REQUEST).build());
    db.waitUntilTableActive(table, WAIT);
    assertEquals(BillingMode.PAY_PER_REQUEST, describe(c, table).billingMode());

    // DeleteTable
    TableDescription deleting =
        c.call(
                DynamoClient::deleteTable,
                DynamoAsyncClient::deleteTable,
                DeleteTableRequest.of(table))
            .tableDescription();
    assertEquals(table, deleting.tableName());
    db.waitUntilTableDeleted(table, WAIT);
    assertThrows(ResourceNotFoundException.class, () -> describe(c, table));
    assertFalse(tableNames(c).contains(table), table + " still listed");
  }

  /** The operations dynalite lacks, each sent with the request StubAllOperationsTest uses. */
  @Order(2)
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.dynamo.it.StubAllOperationsTest#stubOperations")
  void everyOtherOperationIsUnknownToDynalite(String operation) {
    OperationCase<?, ?> c = StubOperationCases.all().get(operation);
    assertNotNull(c, operation);
    for (Client client : Client.values()) {
      DynamoServiceException e =
          assertThrows(DynamoServiceException.class, () -> send(client, c), operation);
      assertEquals("UnknownOperationException", e.errorType(), operation);
      assertEquals(400, e.statusCode());
      assertEquals(operation, e.operation().operationName());
    }
  }

  @Order(3)
  @Test
  void everyOperationDynaliteHasSucceededOnBothClientsWithValidRequests() {
    List<String> missing = new ArrayList<>();
    for (String operation : StubAllOperationsTest.DYNALITE) {
      for (Client client : Client.values()) {
        String call = operation + " " + client.label();
        if (!RECORDER.succeeded.contains(call)) {
          missing.add(call);
        }
      }
    }
    assertEquals(List.of(), missing, "operations dynalite has that this test did not call");

    List<String> unexpected = new ArrayList<>();
    for (String call : RECORDER.succeeded) {
      if (!StubAllOperationsTest.DYNALITE.contains(call.substring(0, call.indexOf(' ')))) {
        unexpected.add(call);
      }
    }
    assertEquals(List.of(), unexpected, "succeeded on dynalite but not in the list");
    for (String operation : StubAllOperationsTest.stubOperations()) {
      assertTrue(RECORDER.failed.contains(operation + " sync"), operation);
      assertTrue(RECORDER.failed.contains(operation + " async"), operation);
    }

    assertEquals(List.of(), RECORDER.problems, "requests that are not valid input in the model");
    assertEquals(
        new TreeMap<>(RECORDER.attempts),
        new TreeMap<>(RECORDER.checked),
        "every attempt the listener heard of had its body checked, by operation");
    assertTrue(RECORDER.checked.keySet().containsAll(StubAllOperationsTest.DYNALITE));
  }

  private static <Q, R> R send(Client client, OperationCase<Q, R> c) {
    return client.call(c.sync(), c.async(), c.request());
  }

  private static TableDescription describe(Client c, String table) {
    return c.call(
            DynamoClient::describeTable,
            DynamoAsyncClient::describeTable,
            DescribeTableRequest.of(table))
        .table();
  }

  private static List<String> tableNames(Client c) {
    List<String> names = new ArrayList<>();
    String start = null;
    do {
      ListTablesResponse page =
          c.call(
              DynamoClient::listTables,
              DynamoAsyncClient::listTables,
              ListTablesRequest.builder().startTable(start).limit(100).build());
      names.addAll(page.tableNames());
      start = page.lastEvaluatedTableName();
    } while (start != null);
    return names;
  }

  private static Map<String, String> tags(Client c, String arn) {
    var response =
        c.call(
            DynamoClient::listTagsOfResource,
            DynamoAsyncClient::listTagsOfResource,
            ListTagsOfResourceRequest.of(arn));
    assertNull(response.nextToken());
    return response.tagMap();
  }

  private static TimeToLiveStatus ttl(Client c, String table) {
    return c.call(
            DynamoClient::describeTimeToLive,
            DynamoAsyncClient::describeTimeToLive,
            DescribeTimeToLiveRequest.of(table))
        .timeToLiveDescription()
        .timeToLiveStatus();
  }

  /**
   * Hears how every call of the client ended, by operation and client ({@code "PutItem async"}),
   * and checks the body of every attempt against the model before it is sent.
   */
  private static final class Recorder implements Interceptor, CallListener<Void> {
    private static final ModelChecker MODEL = ModelChecker.dynamoDb();

    final Set<String> succeeded = ConcurrentHashMap.newKeySet();
    final Set<String> failed = ConcurrentHashMap.newKeySet();
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    final Map<String, Integer> checked = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<HttpResponse> interceptAttempt(AttemptChain chain) {
      HttpRequest request = chain.request();
      String operation = chain.call().operation().operationName();
      String target = request.header("X-Amz-Target").orElse("");
      if (!target.equals("DynamoDB_20120810." + operation)) {
        problems.add(operation + " sent with X-Amz-Target " + target);
      }
      try {
        List<Violation> violations = MODEL.validateInput(operation, request.body());
        if (!violations.isEmpty()) {
          problems.add(
              operation
                  + ": "
                  + violations
                  + " in "
                  + new String(request.body(), StandardCharsets.UTF_8));
        }
      } catch (RuntimeException e) {
        problems.add(operation + ": " + e);
      }
      checked.merge(operation, 1, Integer::sum);
      return chain.proceed(request);
    }

    @Override
    public void onCallEnd(CallEnd call, Void state) {
      String operation = call.call().operation().operationName();
      String key = operation + " " + (call.call().async() ? "async" : "sync");
      if (call.isSuccess()) {
        succeeded.add(key);
      } else {
        failed.add(key);
      }
      attempts.merge(operation, call.attempts(), Integer::sum);
    }
  }
}
