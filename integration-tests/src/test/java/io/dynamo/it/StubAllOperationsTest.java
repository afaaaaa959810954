package io.dynamo.it;

import static io.dynamo.it.StubWire.MODEL;
import static io.dynamo.it.StubWire.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoAsyncClient;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.model.BackupSummary;
import io.dynamo.api.model.BackupTypeFilter;
import io.dynamo.api.model.ContributorInsightsSummary;
import io.dynamo.api.model.DynamoRequest;
import io.dynamo.api.model.ExportSummary;
import io.dynamo.api.model.GlobalTable;
import io.dynamo.api.model.ImportSummary;
import io.dynamo.api.model.ListBackupsRequest;
import io.dynamo.api.model.ListContributorInsightsRequest;
import io.dynamo.api.model.ListExportsRequest;
import io.dynamo.api.model.ListGlobalTablesRequest;
import io.dynamo.api.model.ListImportsRequest;
import io.dynamo.testkit.RecordedRequest;
import io.dynamo.testkit.ServiceModel;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of DynamoDB's model that dynalite does not implement, over real HTTP against a
 * stub server answering as DynamoDB does, through the typed method of the blocking client and of
 * the asynchronous one: each request is signed, has the operation's target and is valid input in
 * the model; each answer is valid output, and the typed response reads back what it says. The
 * operations dynalite has are exercised against dynalite by the Dynalite* tests. The paginated
 * operations dynalite lacks are followed over two pages by their {@code xxxPages}, {@code xxxAll}
 * and asynchronous publishers.
 */
class StubAllOperationsTest {
  /**
   * The 17 operations dynalite 4.0.0 implements (its {@code validOperations}); every other
   * operation of the model must have a case in {@link StubOperationCases}. {@link
   * DynaliteEveryOperationTest} calls each of these on dynalite, through both clients.
   */
  static final List<String> DYNALITE =
      List.of(
          "BatchGetItem",
          "BatchWriteItem",
          "CreateTable",
          "DeleteItem",
          "DeleteTable",
          "DescribeTable",
          "DescribeTimeToLive",
          "GetItem",
          "ListTables",
          "ListTagsOfResource",
          "PutItem",
          "Query",
          "Scan",
          "TagResource",
          "UntagResource",
          "UpdateItem",
          "UpdateTable");

  private static StubServer stub;
  private static DynamoClient db;

  @BeforeAll
  static void start() {
    stub = StubServer.start();
    db = StubWire.client(stub);
  }

  @AfterAll
  static void stop() {
    db.close();
    stub.close();
  }

  @BeforeEach
  void forget() {
    stub.clear();
  }

  /** The model's operations that dynalite lacks, in model order. */
  static List<String> stubOperations() {
    List<String> ops = new ArrayList<>(ServiceModel.dynamoDb().operations());
    ops.removeAll(DYNALITE);
    return ops;
  }

  @Test
  void dynaliteAndTheStubCasesTogetherCoverTheModel() {
    List<String> model = ServiceModel.dynamoDb().operations();
    assertEquals(17, new HashSet<>(DYNALITE).size());
    List<String> unknown = new ArrayList<>(DYNALITE);
    unknown.removeAll(model);
    assertEquals(List.of(), unknown, "dynalite operations the model does not have");
    List<String> cased = new ArrayList<>(StubOperationCases.all().keySet());
    Collections.sort(cased);
    assertEquals(stubOperations(), cased, "one case per operation dynalite lacks");
    assertEquals(model.size(), DYNALITE.size() + cased.size());
    assertEquals(58, model.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stubOperations")
  void theTypedMethodOfBothClientsGoesOverHttp(String operation) {
    OperationCase<?, ?> c = StubOperationCases.all().get(operation);
    assertNotNull(c, "no case for " + operation + ": add one to StubOperationCases");
    exercise(c);
  }

  private static <Q, R> void exercise(OperationCase<Q, R> c) {
    MODEL.assertValidOutput(c.operation(), c.response());
    if (c.request() instanceof DynamoRequest<?> generated) {
      assertEquals(c.operation(), generated.operation().operationName());
    }
    stub.enqueue(StubResponse.dynamo(c.response()), StubResponse.dynamo(c.response()));

    R sync = c.sync().apply(db, c.request());
    c.check().accept(sync);
    R async = c.async().apply(db.async(), c.request()).orTimeout(30, TimeUnit.SECONDS).join();
    c.check().accept(async);
    assertEquals(sync, async);

    List<RecordedRequest> sent = stub.requests();
    assertEquals(2, sent.size());
    for (RecordedRequest r : sent) {
      assertSent(stub, c.operation(), r);
      StubWire.assertContains(r, c.sent());
    }
    assertEquals(
        sent.get(0).bodyAsString(), sent.get(1).bodyAsString(), "both clients send the same JSON");
  }

  // ---- paging -------------------------------------------------------------------------------

  /**
   * A paginated operation: the first request, two pages, the request member that carries the first
   * page's token, and the names of the elements of both pages.
   */
  record Paged<Q, P, E>(
      String operation,
      Q first,
      String page1,
      String page2,
      String tokenMember,
      String token,
      BiFunction<DynamoClient, Q, Stream<P>> pages,
      BiFunction<DynamoClient, Q, Stream<E>> all,
      BiFunction<DynamoAsyncClient, Q, Flow.Publisher<P>> asyncPages,
      Function<E, String> name,
      List<String> names) {
    @Override
    public String toString() {
      return operation;
    }
  }

  private static final String IMPORT_TOKEN = "0123456789abcdef".repeat(7);

  static List<Paged<?, ?, ?>> paged() {
    String arn = StubOperationCases.TABLE_ARN;
    String second = arn + "/backup/01699999999000-0c7b2e91";
    return List.of(
        new Paged<ListBackupsRequest, io.dynamo.api.model.ListBackupsResponse, BackupSummary>(
            "ListBackups",
            ListBackupsRequest.builder()
                .tableName("Music")
                .backupType(BackupTypeFilter.USER)
                .build(),
            """
            {"BackupSummaries":[{"TableName":"Music","BackupArn":"%s","BackupName":"Music-nightly",
                                 "BackupCreationDateTime":1.489602797149E9,"BackupStatus":"AVAILABLE",
                                 "BackupType":"USER"}],
             "LastEvaluatedBackupArn":"%s"}
            """
                .formatted(StubOperationCases.BACKUP_ARN, StubOperationCases.BACKUP_ARN),
            """
            {"BackupSummaries":[{"TableName":"Music","BackupArn":"%s","BackupName":"Music-weekly",
                                 "BackupCreationDateTime":1699999999,"BackupStatus":"CREATING",
                                 "BackupType":"USER"}]}
            """
                .formatted(second),
            "ExclusiveStartBackupArn",
            StubOperationCases.BACKUP_ARN,
            DynamoClient::listBackupsPages,
            DynamoClient::listBackupsAll,
            DynamoAsyncClient::listBackupsPages,
            BackupSummary::backupName,
            List.of("Music-nightly", "Music-weekly")),
        new Paged<ListExportsRequest, io.dynamo.api.model.ListExportsResponse, ExportSummary>(
            "ListExports",
            ListExportsRequest.builder().tableArn(arn).maxResults(1).build(),
            """
            {"ExportSummaries":[{"ExportArn":"%s/export/01699990000250-06e2188f",
                                 "ExportStatus":"COMPLETED","ExportType":"FULL_EXPORT"}],
             "NextToken":"AAEAAAABAAAAEGV4cG9ydHMtcGFnZS0y"}
            """
                .formatted(arn),
            """
            {"ExportSummaries":[{"ExportArn":"%s/export/01700000000000-1f2e3d4c",
                                 "ExportStatus":"IN_PROGRESS","ExportType":"INCREMENTAL_EXPORT"}]}
            """
                .formatted(arn),
            "NextToken",
            "AAEAAAABAAAAEGV4cG9ydHMtcGFnZS0y",
            DynamoClient::listExportsPages,
            DynamoClient::listExportsAll,
            DynamoAsyncClient::listExportsPages,
            e -> e.exportArn().substring(e.exportArn().lastIndexOf('/') + 1),
            List.of("01699990000250-06e2188f", "01700000000000-1f2e3d4c")),
        new Paged<ListImportsRequest, io.dynamo.api.model.ListImportsResponse, ImportSummary>(
            "ListImports",
            ListImportsRequest.builder().tableArn(arn).pageSize(1).build(),
            """
            {"ImportSummaryList":[{"ImportArn":"%s/import/01700000000123-5a6e4f1b",
                                   "ImportStatus":"COMPLETED","InputFormat":"CSV",
                                   "StartTime":1700000000.123}],
             "NextToken":"%s"}
            """
                .formatted(arn, IMPORT_TOKEN),
            """
            {"ImportSummaryList":[{"ImportArn":"%s/import/01700000999000-6b7f5a2c",
                                   "ImportStatus":"CANCELLED","InputFormat":"ION"}]}
            """
                .formatted(arn),
            "NextToken",
            IMPORT_TOKEN,
            DynamoClient::listImportsPages,
            DynamoClient::listImportsAll,
            DynamoAsyncClient::listImportsPages,
            i -> i.importStatus().value(),
            List.of("COMPLETED", "CANCELLED")),
        new Paged<
            ListContributorInsightsRequest,
            io.dynamo.api.model.ListContributorInsightsResponse,
            ContributorInsightsSummary>(
            "ListContributorInsights",
            ListContributorInsightsRequest.builder().maxResults(1).build(),
            """
            {"ContributorInsightsSummaries":[{"TableName":"Music","ContributorInsightsStatus":"ENABLED"}],
             "NextToken":"Music#AlbumTitleIndex"}
            """,
            """
            {"ContributorInsightsSummaries":[{"TableName":"Playlists","IndexName":"ByOwner",
                                              "ContributorInsightsStatus":"DISABLED"}]}
            """,
            "NextToken",
            "Music#AlbumTitleIndex",
            DynamoClient::listContributorInsightsPages,
            DynamoClient::listContributorInsightsAll,
            DynamoAsyncClient::listContributorInsightsPages,
            ContributorInsightsSummary::tableName,
            List.of("Music", "Playlists")),
        new Paged<
            ListGlobalTablesRequest, io.dynamo.api.model.ListGlobalTablesResponse, GlobalTable>(
            "ListGlobalTables",
            ListGlobalTablesRequest.builder().limit(1).regionName("us-east-1").build(),
            """
            {"GlobalTables":[{"GlobalTableName":"Music","ReplicationGroup":[{"RegionName":"us-east-1"}]}],
             "LastEvaluatedGlobalTableName":"Music"}
            """,
            """
            {"GlobalTables":[{"GlobalTableName":"Playlists","ReplicationGroup":[{"RegionName":"us-east-1"},
                                                                               {"RegionName":"eu-west-1"}]}]}
            """,
            "ExclusiveStartGlobalTableName",
            "Music",
            DynamoClient::listGlobalTablesPages,
            DynamoClient::listGlobalTablesAll,
            DynamoAsyncClient::listGlobalTablesPages,
            GlobalTable::globalTableName,
            List.of("Music", "Playlists")));
  }

  @Test
  void thePagedOperationsAreOnesDynaliteLacks() {
    List<String> ops = paged().stream().map(Paged::operation).toList();
    assertEquals(
        List.of(
            "ListBackups",
            "ListExports",
            "ListImports",
            "ListContributorInsights",
            "ListGlobalTables"),
        ops);
    assertTrue(stubOperations().containsAll(ops));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paged")
  void pagesFollowTheTokenOfThePageBefore(Paged<?, ?, ?> p) {
    pages(p);
  }

  private static <Q, P, E> void pages(Paged<Q, P, E> p) {
    MODEL.assertValidOutput(p.operation(), p.page1());
    MODEL.assertValidOutput(p.operation(), p.page2());

    // the pages, the blocking way
    stub.enqueue(StubResponse.dynamo(p.page1()), StubResponse.dynamo(p.page2()));
    assertEquals(2, p.pages().apply(db, p.first()).toList().size());
    assertTwoPagesRequested(p);

    // every element of both pages
    stub.clear();
    stub.enqueue(StubResponse.dynamo(p.page1()), StubResponse.dynamo(p.page2()));
    assertEquals(p.names(), p.all().apply(db, p.first()).map(p.name()).toList());
    assertTwoPagesRequested(p);

    // a page is requested only when the stream gets to it
    stub.clear();
    stub.enqueue(StubResponse.dynamo(p.page1()), StubResponse.dynamo(p.page2()));
    assertEquals(p.names().get(0), p.all().apply(db, p.first()).map(p.name()).findFirst().get());
    assertEquals(1, stub.requestCount());

    // the pages, the asynchronous way
    stub.clear();
    stub.enqueue(StubResponse.dynamo(p.page1()), StubResponse.dynamo(p.page2()));
    assertEquals(2, collect(p.asyncPages().apply(db.async(), p.first())).size());
    assertTwoPagesRequested(p);
  }

  private static void assertTwoPagesRequested(Paged<?, ?, ?> p) {
    List<RecordedRequest> sent = stub.requests();
    assertEquals(2, sent.size());
    for (RecordedRequest r : sent) {
      assertSent(stub, p.operation(), r);
    }
    String member = "\"" + p.tokenMember() + "\":";
    assertFalse(sent.get(0).bodyAsString().contains(member), sent.get(0).bodyAsString());
    String second = sent.get(1).bodyAsString();
    assertTrue(second.contains(member + "\"" + p.token() + "\""), second);
    assertEquals(
        sent.get(0).bodyAsString(),
        second
            .replace(member + "\"" + p.token() + "\"", "")
            .replace(",,", ",")
            .replace(",}", "}")
            .replace("{,", "{"),
        "the second request is the first with the token");
  }

  /** Every item a publisher gives, requested all at once, waiting for its completion. */
  static <T> List<T> collect(Flow.Publisher<T> publisher) {
    CompletableFuture<List<T>> done = new CompletableFuture<>();
    List<T> items = Collections.synchronizedList(new ArrayList<>());
    publisher.subscribe(
        new Flow.Subscriber<T>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(T item) {
            items.add(item);
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            done.complete(List.copyOf(items));
          }
        });
    return done.orTimeout(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS).join();
  }
}
