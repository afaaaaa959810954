package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.model.BackupSummary;
import io.dynamo.api.model.ListBackupsRequest;
import io.dynamo.api.model.ListBackupsResponse;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.codec.Item;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pages are fetched lazily, one request per page, each starting where the last one ended. */
class PagingTest {
  private static final QueryRequest QUERY =
      QueryRequest.builder()
          .table("users")
          .keyCondition("#id = :one")
          .names(Map.of("#id", "user/id"))
          .values(Map.of(":one", 1))
          .limit(2)
          .build();

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();

  private void threePages() {
    t.respond(page(List.of("a", "b"), "b"));
    t.respond(page(List.of("c", "d"), "d"));
    t.respond(page(List.of("e"), null));
  }

  private static String page(List<String> names, String last) {
    String items =
        names.stream()
            .map(n -> "{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"" + n + "\"}}")
            .collect(Collectors.joining(",", "[", "]"));
    String lastKey =
        last == null
            ? ""
            : ",\"LastEvaluatedKey\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\""
                + last
                + "\"}}";
    return "{\"Items\":"
        + items
        + ",\"Count\":"
        + names.size()
        + ",\"ScannedCount\":2"
        + lastKey
        + "}";
  }

  @Test
  void queryAllSendsNothingUntilTheStreamIsConsumed() {
    threePages();
    Stream<Item> items = db.queryAll(QUERY);
    assertEquals(0, t.requests().size());
    assertEquals("a", items.findFirst().orElseThrow().getString("user/name"));
    assertEquals(1, t.requests().size());
  }

  @Test
  void queryAllFetchesEveryPageWithTheRequestsLimitAsPageSize() {
    threePages();
    List<String> names = db.queryAll(QUERY).map(i -> i.getString("user/name")).toList();
    assertEquals(List.of("a", "b", "c", "d", "e"), names);
    assertEquals(3, t.requests().size());
    String first = t.body(0);
    assertTrue(first.contains("\"Limit\":2") && !first.contains("ExclusiveStartKey"), first);
    assertTrue(
        t.body(1)
            .contains(
                ",\"Limit\":2,\"ExclusiveStartKey\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"b\"}},"),
        t.body(1));
    assertTrue(t.body(2).contains("\"user/name\":{\"S\":\"d\"}"), t.body(2));
  }

  @Test
  void queryAllStopsFetchingWhenTheConsumerStops() {
    threePages();
    assertEquals(3, db.queryAll(QUERY).limit(3).count());
    assertEquals(2, t.requests().size());
  }

  @Test
  void queryPagesGivesTheResponses() {
    threePages();
    List<QueryResponse> pages = db.queryPages(QUERY).toList();
    assertEquals(List.of(2, 2, 1), pages.stream().map(QueryResponse::count).toList());
  }

  @Test
  void scanAllPagesTooAndEmptyFilteredPagesDoNotEndIt() {
    t.respond(
        "{\"Items\":[],\"Count\":0,\"ScannedCount\":5,\"LastEvaluatedKey\":{\"id\":{\"S\":\"k5\"}}}");
    t.respond("{\"Items\":[{\"id\":{\"S\":\"k7\"}}],\"Count\":1,\"ScannedCount\":5}");
    List<Item> items =
        db.scanAll(ScanRequest.builder().table("users").filter("v > :v").value(":v", 3).build())
            .toList();
    assertEquals(List.of(Item.of("id", "k7")), items);
    assertTrue(t.body(1).contains("\"ExclusiveStartKey\":{\"id\":{\"S\":\"k5\"}}"), t.body(1));
  }

  @Test
  void aPageThatPointsAtItselfStopsInsteadOfLoopingForever() {
    t.respond("{\"Items\":[],\"LastEvaluatedKey\":{\"id\":{\"S\":\"k\"}}}");
    t.respond("{\"Items\":[],\"LastEvaluatedKey\":{\"id\":{\"S\":\"k\"}}}");
    Stream<Item> items = db.scanAll(ScanRequest.builder().table("users").build());
    assertThrows(InvalidResponseException.class, items::toList);
    assertEquals(2, t.requests().size());
  }

  @Test
  void listAllTablesFollowsLastEvaluatedTableName() {
    t.respond("{\"TableNames\":[\"t_1\",\"t_2\"],\"LastEvaluatedTableName\":\"t_2\"}");
    t.respond("{\"TableNames\":[\"t_3\"]}");
    assertEquals(List.of("t_1", "t_2", "t_3"), db.listAllTables().toList());
    assertEquals("{}", t.body(0));
    assertEquals("{\"ExclusiveStartTableName\":\"t_2\"}", t.body(1));
  }

  /** Collects what a publisher sends, asking for {@code batch} at a time. */
  private static final class Collector<T> implements Flow.Subscriber<T> {
    final List<T> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.concurrent.BlockingQueue<T> arrivals =
        new java.util.concurrent.LinkedBlockingQueue<>();
    final CompletableFuture<List<T>> done = new CompletableFuture<>();
    volatile Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
    }

    @Override
    public void onNext(T item) {
      received.add(item);
      arrivals.add(item);
    }

    /** Waits for the next page to arrive (the calls complete on the client's threads). */
    T next() throws InterruptedException {
      T item = arrivals.poll(30, java.util.concurrent.TimeUnit.SECONDS);
      if (item == null) {
        throw new AssertionError("no page arrived");
      }
      return item;
    }

    @Override
    public void onError(Throwable e) {
      done.completeExceptionally(e);
    }

    @Override
    public void onComplete() {
      done.complete(received);
    }
  }

  @Test
  void asyncQueryPagesAreRequestedOnlyAsDemanded() throws InterruptedException {
    threePages();
    Collector<QueryResponse> c = new Collector<>();
    db.async().queryPages(QUERY).subscribe(c);
    assertEquals(0, t.requests().size(), "nothing is sent before demand");
    c.subscription.request(1);
    c.next();
    assertEquals(1, t.requests().size(), "one page asked for, one request");
    c.subscription.request(5);
    List<QueryResponse> pages = c.done.join();
    assertEquals(3, pages.size());
    assertEquals(3, t.requests().size());
    assertTrue(t.body(1).contains("\"ExclusiveStartKey\""), t.body(1));
    assertEquals("e", pages.get(2).items().get(0).getString("user/name"));
  }

  @Test
  void cancellingAsyncPagesStopsTheRequests() throws InterruptedException {
    threePages();
    Collector<QueryResponse> c = new Collector<>();
    db.async().queryPages(QUERY).subscribe(c);
    c.subscription.request(1);
    c.next();
    c.subscription.cancel();
    c.subscription.request(1);
    assertEquals(1, t.requests().size());
    assertFalse(c.done.isDone());
  }

  @Test
  void asyncPagesEndWithTheCallsError() {
    t.respond(page(List.of("a", "b"), "b"));
    t.respond(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
            + "\"message\":\"gone\"}",
        true);
    Collector<QueryResponse> c = new Collector<>();
    db.async().queryPages(QUERY).subscribe(c);
    c.subscription.request(Long.MAX_VALUE);
    CompletionException e = assertThrows(CompletionException.class, c.done::join);
    assertInstanceOf(ResourceNotFoundException.class, e.getCause());
    assertEquals(1, c.received.size());
  }

  @Test
  void nonPositiveDemandIsAnError() {
    Collector<ScanResponse> c = new Collector<>();
    db.async().scanPages(ScanRequest.builder().table("users").build()).subscribe(c);
    c.subscription.request(0);
    CompletionException e = assertThrows(CompletionException.class, c.done::join);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertEquals(0, t.requests().size());
  }

  @Test
  void generatedOperationsPageBothWays() {
    String first =
        "{\"BackupSummaries\":[{\"BackupName\":\"b1\"}],\"LastEvaluatedBackupArn\":"
            + "\"arn:aws:dynamodb:us-east-1:123456789012:table/t/backup/01\"}";
    String last = "{\"BackupSummaries\":[{\"BackupName\":\"b2\"}]}";
    t.respond(first);
    t.respond(last);
    ListBackupsRequest request = ListBackupsRequest.builder().tableName("users").build();
    assertEquals(
        List.of("b1", "b2"), db.listBackupsAll(request).map(BackupSummary::backupName).toList());
    t.respond(first);
    t.respond(last);
    Collector<ListBackupsResponse> c = new Collector<>();
    db.async().listBackupsPages(request).subscribe(c);
    c.subscription.request(Long.MAX_VALUE);
    assertEquals(2, c.done.join().size());
    assertTrue(t.lastBody().contains("table/t/backup/01"), t.lastBody());
    assertEquals(4, t.requests().size());
  }
}
