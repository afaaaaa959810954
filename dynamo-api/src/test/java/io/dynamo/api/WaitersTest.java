package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.error.WaitFailedException;
import io.dynamo.api.error.WaitTimeoutException;
import io.dynamo.api.internal.ModelWaiters;
import io.dynamo.api.model.ContributorInsightsStatus;
import io.dynamo.api.model.DescribeContributorInsightsRequest;
import io.dynamo.api.model.DescribeExportRequest;
import io.dynamo.api.model.DescribeImportRequest;
import io.dynamo.api.model.DescribeKinesisStreamingDestinationRequest;
import io.dynamo.api.model.DescribeKinesisStreamingDestinationResponse;
import io.dynamo.api.model.DestinationStatus;
import io.dynamo.api.model.ExportStatus;
import io.dynamo.api.model.ImportStatus;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The waiters of the model's {@code waiters-2.json}, on both clients, against scripted Describe
 * answers: they wait through the states in between, end with the answer their success acceptor
 * matches, fail with a {@link WaitFailedException} on a failure acceptor, and give up in time
 * saying what they last saw; the table waiters without blocking too.
 */
class WaitersTest {
  private static final String EXPORT =
      "arn:aws:dynamodb:us-east-1:123456789012:table/t/export/01700000000000-a1b2c3d4";
  private static final String IMPORT =
      "arn:aws:dynamodb:us-east-1:123456789012:table/t/import/01700000000000-a1b2c3d4";
  private static final Duration LONG = Duration.ofSeconds(30);

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();

  private static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(60, TimeUnit.SECONDS);
  }

  private static Throwable failureOf(CompletableFuture<?> f) {
    return assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS)).getCause();
  }

  private static String export(String status) {
    return "{\"ExportDescription\":{\"ExportArn\":\""
        + EXPORT
        + "\",\"ExportStatus\":\""
        + status
        + "\"}}";
  }

  private static String imported(String status) {
    return "{\"ImportTableDescription\":{\"ImportArn\":\""
        + IMPORT
        + "\",\"ImportStatus\":\""
        + status
        + "\"}}";
  }

  private static String insights(String status) {
    return "{\"TableName\":\"users\",\"ContributorInsightsStatus\":\"" + status + "\"}";
  }

  private static String kinesis(String... statuses) {
    StringBuilder b =
        new StringBuilder("{\"TableName\":\"users\",\"KinesisDataStreamDestinations\":[");
    for (int i = 0; i < statuses.length; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"StreamArn\":\"arn:aws:kinesis:us-east-1:123456789012:stream/s")
          .append(i)
          .append("\",\"DestinationStatus\":\"")
          .append(statuses[i])
          .append("\"}");
    }
    return b.append("]}").toString();
  }

  @Test
  void exportCompletedWaitsThroughInProgress() {
    t.respond(export("IN_PROGRESS")).respond(export("IN_PROGRESS")).respond(export("COMPLETED"));
    assertEquals(
        ExportStatus.COMPLETED,
        db.waitUntilExportCompleted(DescribeExportRequest.of(EXPORT), LONG)
            .exportDescription()
            .exportStatus());
    assertEquals(3, t.requests().size());
    assertEquals("DescribeExport", t.lastOperation());
    assertEquals("{\"ExportArn\":\"" + EXPORT + "\"}", t.lastBody());
  }

  @Test
  void aFailureAcceptorEndsTheWaitWithATypedException() {
    t.respond(export("IN_PROGRESS")).respond(export("FAILED"));
    WaitFailedException e =
        assertThrows(
            WaitFailedException.class,
            () -> db.waitUntilExportCompleted(DescribeExportRequest.of(EXPORT), LONG));
    assertEquals("ExportCompleted", e.waitedFor());
    assertEquals("ExportDescription.ExportStatus FAILED", e.lastState());
    assertEquals(
        "ExportCompleted will not happen: DescribeExport found ExportDescription.ExportStatus is"
            + " FAILED (ExportDescription.ExportStatus FAILED)",
        e.getMessage());
    assertEquals(2, t.requests().size());
  }

  @Test
  void importCompletedWithoutBlocking() throws Exception {
    t.respond(imported("IN_PROGRESS")).respond(imported("COMPLETED"));
    assertEquals(
        ImportStatus.COMPLETED,
        get(db.async().waitUntilImportCompleted(DescribeImportRequest.of(IMPORT), LONG))
            .importTableDescription()
            .importStatus());
    assertEquals(2, t.requests().size());
  }

  @Test
  void everyFailureAcceptorCountsWithoutBlockingToo() {
    t.respond(imported("IN_PROGRESS")).respond(imported("CANCELLED"));
    WaitFailedException e =
        assertInstanceOf(
            WaitFailedException.class,
            failureOf(db.async().waitUntilImportCompleted(DescribeImportRequest.of(IMPORT), LONG)));
    assertEquals("ImportTableDescription.ImportStatus CANCELLED", e.lastState());
    assertTrue(e.getMessage().contains("ImportStatus is CANCELLED"), e.getMessage());
  }

  @Test
  void kinesisDestinationActiveWhenAnyDestinationIs() throws Exception {
    t.respond(kinesis()).respond(kinesis("ENABLING")).respond(kinesis("DISABLED", "ACTIVE"));
    DescribeKinesisStreamingDestinationResponse r =
        get(
            db.async()
                .waitUntilKinesisStreamingDestinationActive(
                    DescribeKinesisStreamingDestinationRequest.of("users"), LONG));
    assertEquals(
        DestinationStatus.ACTIVE, r.kinesisDataStreamDestinations().get(1).destinationStatus());
    assertEquals(3, t.requests().size(), "no destination at all is not a failure");
  }

  @Test
  void kinesisDestinationFailsWhenEveryDestinationIsDisabledOrFailed() {
    t.respond(kinesis("ENABLING", "DISABLED")).respond(kinesis("ENABLE_FAILED", "DISABLED"));
    WaitFailedException e =
        assertThrows(
            WaitFailedException.class,
            () ->
                db.waitUntilKinesisStreamingDestinationActive(
                    DescribeKinesisStreamingDestinationRequest.of("users"), LONG));
    assertEquals("KinesisStreamingDestinationActive", e.waitedFor());
    assertEquals(
        "KinesisDataStreamDestinations[].DestinationStatus [ENABLE_FAILED, DISABLED]",
        e.lastState());
    assertEquals(2, t.requests().size());
  }

  @Test
  void givesUpInTimeSayingWhatItLastSaw() {
    for (int i = 0; i < 20; i++) {
      t.respond(insights("ENABLING"));
    }
    long start = System.nanoTime();
    WaitTimeoutException e =
        assertThrows(
            WaitTimeoutException.class,
            () ->
                db.waitUntilContributorInsightsEnabled(
                    DescribeContributorInsightsRequest.of("users"), Duration.ofMillis(250)));
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(took >= 250, took + " ms");
    String m = e.getMessage();
    assertTrue(
        m.startsWith(
            "gave up waiting for ContributorInsightsEnabled (DescribeContributorInsights until"
                + " ContributorInsightsStatus is ENABLED) after 250 ms ("),
        m);
    assertTrue(m.endsWith("checks; last seen: ContributorInsightsStatus ENABLING)"), m);
    int checks = t.requests().size();
    assertTrue(m.contains("(" + checks + " checks"), m + " vs " + checks);
    assertTrue(checks >= 1 && checks <= 4, checks + " checks in 250 ms, 100 ms apart and more");
  }

  @Test
  void givesUpInTimeWithoutBlockingToo() throws Exception {
    for (int i = 0; i < 20; i++) {
      t.respond(insights("ENABLING"));
    }
    t.respond(insights("ENABLED"));
    Throwable e =
        failureOf(
            db.async()
                .waitUntilContributorInsightsEnabled(
                    DescribeContributorInsightsRequest.of("users"), Duration.ZERO));
    assertInstanceOf(WaitTimeoutException.class, e);
    assertTrue(
        e.getMessage().contains("(1 checks; last seen: ContributorInsightsStatus ENABLING)"));
    assertEquals(1, t.requests().size(), "a zero timeout checks once");
  }

  @Test
  void theModelsTimeAllowedIsItsDelayTimesItsAttempts() {
    assertEquals(Duration.ofMinutes(10), ModelWaiters.CONTRIBUTOR_INSIGHTS_ENABLED.maxWait());
    assertEquals(Duration.ofMinutes(20), ModelWaiters.EXPORT_COMPLETED.maxWait());
    assertEquals(Duration.ofMinutes(20), ModelWaiters.IMPORT_COMPLETED.maxWait());
    assertEquals(
        Duration.ofMinutes(10), ModelWaiters.KINESIS_STREAMING_DESTINATION_ACTIVE.maxWait());
    assertEquals(Duration.ofSeconds(20), ModelWaiters.EXPORT_COMPLETED.delay());
    t.respond(insights("ENABLED"));
    assertEquals(
        ContributorInsightsStatus.ENABLED,
        db.waitUntilContributorInsightsEnabled(DescribeContributorInsightsRequest.of("users"))
            .contributorInsightsStatus());
  }

  @Test
  void anErrorNoAcceptorMatchesEndsTheWaitWithIt() {
    t.respond(export("IN_PROGRESS"));
    t.respond(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ExportNotFoundException\","
            + "\"message\":\"not found\"}",
        true);
    DynamoServiceException e =
        assertThrows(
            DynamoServiceException.class,
            () -> db.waitUntilExportCompleted(DescribeExportRequest.of(EXPORT), LONG));
    assertEquals("ExportNotFoundException", e.errorType());
    assertEquals(2, t.requests().size());
  }

  @Test
  void badInputFailsTheFutureAndSendsNothing() {
    Throwable e =
        failureOf(
            db.async()
                .waitUntilExportCompleted(
                    DescribeExportRequest.of(EXPORT), Duration.ofSeconds(-1)));
    assertInstanceOf(InvalidRequestException.class, e);
    assertEquals("timeout", ((InvalidRequestException) e).field());
    assertInstanceOf(
        InvalidRequestException.class, failureOf(db.async().waitUntilExportCompleted(null, LONG)));
    assertEquals(0, t.requests().size());
  }

  // ---- the table waiters, without blocking ---------------------------------------------------

  private static String table(String status, String indexStatus) {
    String indexes =
        indexStatus == null
            ? ""
            : ",\"GlobalSecondaryIndexes\":[{\"IndexName\":\"by-x\",\"IndexStatus\":\""
                + indexStatus
                + "\"}]";
    return "{\"Table\":{\"TableName\":\"users\",\"TableStatus\":\""
        + status
        + "\""
        + indexes
        + "}}";
  }

  private static final String NOT_FOUND =
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
          + "\"message\":\"Requested resource not found\"}";

  @Test
  void tableActiveWithoutBlockingWaitsForItsIndexesToo() throws Exception {
    t.respond(400, NOT_FOUND, true);
    t.respond(table("CREATING", "CREATING"));
    t.respond(table("ACTIVE", "CREATING"));
    t.respond(table("ACTIVE", "ACTIVE"));
    TableDescription d = get(db.async().waitUntilTableActive("users", LONG));
    assertEquals(TableStatus.ACTIVE, d.tableStatus());
    assertEquals(4, t.requests().size());
    assertEquals("DescribeTable", t.lastOperation());
  }

  @Test
  void aTableBeingDeletedWillNotBecomeActive() {
    t.respond(table("DELETING", null));
    WaitFailedException e =
        assertInstanceOf(
            WaitFailedException.class, failureOf(db.async().waitUntilTableActive("users", LONG)));
    assertEquals("table users is DELETING; it will not become ACTIVE", e.getMessage());
    assertEquals("DELETING", e.lastState());
    t.respond(table("DELETING", null));
    assertThrows(WaitFailedException.class, () -> db.waitUntilTableActive("users", LONG));
  }

  @Test
  void tableDeletedWithoutBlocking() throws Exception {
    t.respond(table("DELETING", null));
    t.respond(400, NOT_FOUND, true);
    assertNull(get(db.async().waitUntilTableDeleted("users", LONG)));
    assertEquals(2, t.requests().size());
  }

  @Test
  void tableWaitersGiveUpWithoutBlockingSayingWhatTheySaw() {
    for (int i = 0; i < 10; i++) {
      t.respond(table("ACTIVE", "UPDATING"));
    }
    Throwable e = failureOf(db.async().waitUntilTableActive("users", Duration.ofMillis(150)));
    assertInstanceOf(WaitTimeoutException.class, e);
    assertTrue(
        e.getMessage().startsWith("gave up waiting for table users to be ACTIVE after 150 ms ("),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("last seen: ACTIVE, with an index not ACTIVE yet)"),
        e.getMessage());
  }
}
