package io.dynamo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.Item;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.ForwardProxy;
import io.dynamo.testkit.SelfSignedCertificate;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the README's recipes against dynalite. */
class RecipesTest {
  private static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLE", "secret");
  private static Dynalite dynalite;
  private static DynamoClient db;

  @BeforeAll
  static void start() {
    dynalite = Dynalite.start();
    db = DynamoClient.builder().endpoint(dynalite.endpoint()).credentials(CREDENTIALS).build();
    db.createTable(
        CreateTableRequest.builder()
            .table("orders")
            .hashKey("id", ScalarType.S)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
  }

  @AfterAll
  static void stop() {
    db.close();
    dynalite.close();
  }

  @Test
  void customCodecIsUsedForItemsKeysAndValues() {
    Recipes.Money total = Recipes.customCodec(dynalite.endpoint(), CREDENTIALS, "orders");
    assertEquals(new Recipes.Money(new BigDecimal("12.50"), "EUR"), total);
    assertEquals(
        "12.50 EUR",
        db.getItem("orders", io.dynamo.codec.Key.of("id", "order-1")).item().getString("total"));
    assertEquals(1, Recipes.countOrders(db, "orders"));
  }

  @Test
  void conditionsBuiltInJava() {
    List<Item> open = Recipes.conditions(db, "orders");
    assertEquals(1, open.size());
    assertEquals("order-2", open.get(0).getString("id"));
  }

  @Test
  void tunedClientCountsItsAttempts() {
    assertEquals(1, Recipes.tunedClient(dynalite.endpoint(), CREDENTIALS, "orders"));
  }

  @Test
  void aListenerHearsOfEveryCall() {
    assertEquals(0, Recipes.metrics(dynalite.endpoint(), CREDENTIALS, "orders"));
  }

  @Test
  void aClientBehindAProxyGoesThroughIt() {
    try (ForwardProxy proxy = ForwardProxy.start("svc-orders", "proxy-secret")) {
      URI named =
          URI.create("http://" + SelfSignedCertificate.PROXIED_HOST + ":" + dynalite.port());

      int tables =
          Recipes.behindAProxy(named, CREDENTIALS, "127.0.0.1", proxy.port(), "proxy-secret");

      assertTrue(tables >= 1, "the orders table, at least");
      assertEquals(1, proxy.accepted().size(), () -> "seen: " + proxy.requests());
    }
  }

  @Test
  void anIncrementThatMustNotApplyTwiceGoesOnceAndCounts() {
    long first = Recipes.incrementOnce(db, "orders");
    assertEquals(first + 1, Recipes.incrementOnce(db, "orders"));
  }

  @Test
  void ydbClientSendsABearerToken() {
    try (DynamoClient ydb = Recipes.ydb(() -> "t1.9euelZqexample")) {
      assertTrue(
          ydb.toString().contains("docapi.serverless.yandexcloud.net/ru-central1/"),
          ydb.toString());
      assertTrue(!ydb.toString().contains("t1.9eu"), ydb.toString());
    }
  }

  @Test
  void rawResponsesKeepStatusAndAttempts() {
    var response = Recipes.rawResponse(db);
    assertEquals(200, response.http().statusCode());
    assertEquals(1, response.attempts());
    assertTrue(response.requestId().isPresent());
  }

  @Test
  void transactionsWritePerActionExpressionsAndReportReasonsInOrder() {
    try (io.dynamo.testkit.StubServer stub = io.dynamo.testkit.StubServer.start();
        DynamoClient client =
            DynamoClient.builder().endpoint(stub.endpoint()).credentials(CREDENTIALS).build()) {
      stub.enqueue(io.dynamo.testkit.StubResponse.dynamo("{}"));
      assertEquals(List.of(), Recipes.transaction(client)); // dynalite has no transactions: a stub
      io.dynamo.testkit.ModelChecker.dynamoDb().assertValidRequest(stub.request(0));
      stub.enqueue(
          io.dynamo.testkit.StubResponse.dynamo(
              400,
              "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                  + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for"
                  + " specific reasons [None, ConditionalCheckFailed, None]\",\"CancellationReasons\":"
                  + "[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\",\"Message\":"
                  + "\"The conditional request failed\"},{\"Code\":\"None\"}]}"));
      List<io.dynamo.api.error.CancellationReason> reasons = Recipes.transaction(client);
      assertEquals(3, reasons.size());
      assertEquals("ConditionalCheckFailed", reasons.get(1).code());
      assertTrue(reasons.get(1).failed());
    }
  }

  @Test
  void everyOperationIsTypedAndPagesAreFollowed() {
    try (io.dynamo.testkit.StubServer stub = io.dynamo.testkit.StubServer.start();
        DynamoClient client =
            DynamoClient.builder().endpoint(stub.endpoint()).credentials(CREDENTIALS).build()) {
      // dynalite has no backups: a stub answers two pages and the limits
      stub.enqueue(
          io.dynamo.testkit.StubResponse.dynamo(
              "{\"BackupSummaries\":[{\"BackupName\":\"nightly-1\"}],"
                  + "\"LastEvaluatedBackupArn\":\"arn:aws:dynamodb:us-east-1:123456789012:"
                  + "table/orders/backup/01\"}"));
      stub.enqueue(
          io.dynamo.testkit.StubResponse.dynamo(
              "{\"BackupSummaries\":[{\"BackupName\":\"nightly-2\"}]}"));
      stub.enqueue(
          io.dynamo.testkit.StubResponse.dynamo(
              "{\"AccountMaxReadCapacityUnits\":80000,\"AccountMaxWriteCapacityUnits\":80000,"
                  + "\"TableMaxReadCapacityUnits\":40000,\"TableMaxWriteCapacityUnits\":40000}"));
      assertEquals(List.of("nightly-1", "nightly-2"), Recipes.backupNames(client, "orders"));
      var checker = io.dynamo.testkit.ModelChecker.dynamoDb();
      for (int i = 0; i < 3; i++) {
        checker.assertValidRequest(stub.request(i));
      }
      assertTrue(
          stub.request(1).bodyAsString().contains("\"ExclusiveStartBackupArn\""),
          stub.request(1).bodyAsString());
    }
  }
}
