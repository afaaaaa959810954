package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.model.BackupSummary;
import io.dynamo.api.model.ListBackupsRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.codec.Item;
import io.dynamo.codec.MissingAttributeException;
import io.dynamo.sign.Credentials;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous {@code xxxAll} publishers flatten pages with Reactive Streams' rules: nothing is
 * requested before demand, a page only when the subscriber wants more than the pages before held,
 * cancelling stops the pages, and an error ends the stream once, after what came before it.
 */
class AsyncItemsTest {
  private static final QueryRequest QUERY =
      QueryRequest.builder()
          .table("users")
          .keyCondition("#id = :one")
          .names(Map.of("#id", "user/id"))
          .values(Map.of(":one", 1))
          .limit(2)
          .build();

  private final FakeTransport t = FakeTransport.create();
  private final DynamoAsyncClient db = t.client().async();

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
    return "{\"Items\":" + items + ",\"Count\":" + names.size() + lastKey + "}";
  }

  private static List<String> names(List<Item> items) {
    return items.stream().map(i -> i.getString("user/name")).collect(Collectors.toList());
  }

  @Test
  void demandIsRespectedAcrossPageBoundaries() throws Exception {
    threePages();
    TestSubscriber<Item> s = new TestSubscriber<>();
    db.queryAll(QUERY).subscribe(s);
    assertEquals(0, t.requests().size(), "nothing is sent before demand");

    s.request(1);
    assertEquals("a", s.next().getString("user/name"));
    assertEquals(1, t.requests().size());

    s.request(1); // from the page held: no request
    assertEquals("b", s.next().getString("user/name"));
    assertEquals(1, t.requests().size());

    s.request(2); // the rest of nothing, then the next page
    assertEquals(List.of("c", "d"), names(s.next(2)));
    assertEquals(2, t.requests().size(), "the third page is not asked for without demand");
    assertTrue(t.body(1).contains("\"ExclusiveStartKey\""), t.body(1));

    s.request(10);
    assertEquals(List.of("a", "b", "c", "d", "e"), names(s.await()));
    assertEquals(3, t.requests().size());
    assertEquals(0, s.overlaps.get());
  }

  @Test
  void demandOfOneAtATimeFromOnNextGetsEverythingAndNoMoreRequests() throws Exception {
    threePages();
    TestSubscriber<Item> s = new TestSubscriber<>(self -> self.request(1));
    db.queryAll(QUERY).subscribe(s);
    s.request(1);
    assertEquals(List.of("a", "b", "c", "d", "e"), names(s.await()));
    assertEquals(3, t.requests().size());
    assertEquals(0, s.overlaps.get());
  }

  @Test
  void pagesAskedForOneAtATimeFromOnNextEndWithoutARequestAfterTheLast() throws Exception {
    threePages();
    TestSubscriber<QueryResponse> s = new TestSubscriber<>(self -> self.request(1));
    db.queryPages(QUERY).subscribe(s);
    s.request(1);
    assertEquals(3, s.await().size());
    assertEquals(3, t.requests().size());
  }

  /** A client whose transport answers at once: the future is complete when it is returned. */
  private DynamoAsyncClient answeringAtOnce() {
    Transport atOnce =
        new Transport() {
          @Override
          public HttpResponse execute(HttpRequest request, Duration timeout) {
            return t.execute(request, timeout);
          }

          @Override
          public CompletableFuture<HttpResponse> executeAsync(
              HttpRequest request, Duration timeout) {
            return CompletableFuture.completedFuture(t.execute(request, timeout));
          }

          @Override
          public String name() {
            return "at-once";
          }

          @Override
          public void close() {}
        };
    return DynamoClient.builder()
        .endpoint("http://127.0.0.1:8000")
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .transport(atOnce)
        .retryPolicy(RetryPolicy.none())
        .build()
        .async();
  }

  @Test
  void pagesThereAtOnceWaitForTheSubscribersOnNextToReturn() throws Exception {
    threePages();
    TestSubscriber<QueryResponse> pages = new TestSubscriber<>(self -> self.request(1));
    answeringAtOnce().queryPages(QUERY).subscribe(pages);
    pages.request(1);
    assertEquals(3, pages.await().size());
    assertEquals(0, pages.overlaps.get(), "a page was delivered inside onNext");

    threePages();
    TestSubscriber<Item> items = new TestSubscriber<>(self -> self.request(1));
    answeringAtOnce().queryAll(QUERY).subscribe(items);
    items.request(1);
    assertEquals(List.of("a", "b", "c", "d", "e"), names(items.await()));
    assertEquals(0, items.overlaps.get(), "an item was delivered inside onNext");
    assertEquals(6, t.requests().size());
  }

  @Test
  void cancellingStopsThePages() throws Exception {
    threePages();
    TestSubscriber<Item> s = new TestSubscriber<>();
    db.queryAll(QUERY).subscribe(s);
    s.request(3);
    assertEquals(List.of("a", "b", "c"), names(s.next(3)));
    s.subscription.cancel();
    s.request(5);
    assertEquals(2, t.requests().size(), "no page is requested after cancel");
    assertEquals(List.of("a", "b", "c"), names(s.received));
    assertFalse(s.done.isDone());
  }

  @Test
  void anErrorMidStreamComesOnceAfterTheItemsBeforeIt() throws Exception {
    t.respond(page(List.of("a", "b"), "b"));
    t.respond(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
            + "\"message\":\"gone\"}",
        true);
    TestSubscriber<Item> s = new TestSubscriber<>();
    db.queryAll(QUERY).subscribe(s);
    s.request(Long.MAX_VALUE);
    assertInstanceOf(ResourceNotFoundException.class, s.awaitError());
    assertEquals(List.of("a", "b"), names(s.received));
    assertEquals(1, s.terminals.get());
    assertEquals(2, t.requests().size());
  }

  @Test
  void nonPositiveDemandIsAnErrorAndSendsNothing() throws Exception {
    TestSubscriber<Item> s = new TestSubscriber<>();
    db.scanAll(ScanRequest.builder().table("users").build()).subscribe(s);
    s.request(-1);
    assertInstanceOf(IllegalArgumentException.class, s.awaitError());
    s.request(1);
    assertEquals(0, t.requests().size());
    assertEquals(1, s.terminals.get());
  }

  @Test
  void emptyFilteredPagesLeadToTheNextOne() throws Exception {
    t.respond("{\"Items\":[],\"Count\":0,\"LastEvaluatedKey\":{\"id\":{\"S\":\"k5\"}}}");
    t.respond("{\"Items\":[],\"Count\":0,\"LastEvaluatedKey\":{\"id\":{\"S\":\"k6\"}}}");
    t.respond("{\"Items\":[{\"id\":{\"S\":\"k7\"}}],\"Count\":1}");
    TestSubscriber<Item> s = new TestSubscriber<>();
    db.scanAll(ScanRequest.builder().table("users").filter("v > :v").value(":v", 3).build())
        .subscribe(s);
    s.request(1);
    assertEquals(Item.of("id", "k7"), s.next());
    assertEquals(3, t.requests().size());
    s.request(1);
    assertEquals(List.of(Item.of("id", "k7")), s.await());
  }

  @Test
  void eachSubscriberStartsFromTheFirstPage() throws Exception {
    t.respond("{\"TableNames\":[\"t_1\",\"t_2\"],\"LastEvaluatedTableName\":\"t_2\"}");
    t.respond("{\"TableNames\":[\"t_3\"]}");
    t.respond("{\"TableNames\":[\"t_1\"]}");
    var tables = db.listAllTables();
    TestSubscriber<String> first = new TestSubscriber<>();
    tables.subscribe(first);
    first.request(Long.MAX_VALUE);
    assertEquals(List.of("t_1", "t_2", "t_3"), first.await());
    TestSubscriber<String> second = new TestSubscriber<>();
    tables.subscribe(second);
    second.request(Long.MAX_VALUE);
    assertEquals(List.of("t_1"), second.await());
    assertEquals("{}", t.body(0));
    assertEquals("{\"ExclusiveStartTableName\":\"t_2\"}", t.body(1));
    assertEquals("{}", t.body(2));
  }

  @Test
  void generatedOperationsFlattenTheirResultMember() throws Exception {
    t.respond(
        "{\"BackupSummaries\":[{\"BackupName\":\"b1\"},{\"BackupName\":\"b2\"}],"
            + "\"LastEvaluatedBackupArn\":\"arn:aws:dynamodb:us-east-1:123456789012:table/t/backup/01\"}");
    t.respond("{\"BackupSummaries\":[{\"BackupName\":\"b3\"}]}");
    TestSubscriber<BackupSummary> s = new TestSubscriber<>();
    db.listBackupsAll(ListBackupsRequest.builder().tableName("users").build()).subscribe(s);
    s.request(Long.MAX_VALUE);
    assertEquals(
        List.of("b1", "b2", "b3"),
        s.await().stream().map(BackupSummary::backupName).collect(Collectors.toList()));
    assertTrue(t.lastBody().contains("table/t/backup/01"), t.lastBody());
  }

  @Test
  void aValueTheCodecCannotReadEndsTheStreamAtItsPlace() throws Exception {
    t.respond(
        "{\"Items\":[{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}},"
            + "{\"user/id\":{\"N\":\"2\"}}],\"LastEvaluatedKey\":{\"user/id\":{\"N\":\"2\"}}}");
    AsyncTable<TableTest.User> users = db.table("users", TableTest.USER);
    TestSubscriber<TableTest.User> s = new TestSubscriber<>();
    users.scan().subscribe(s);
    s.request(Long.MAX_VALUE);
    Throwable e = s.awaitError();
    assertInstanceOf(MissingAttributeException.class, e);
    assertTrue(e.getMessage().contains("user/name"), e.getMessage());
    assertEquals(List.of(new TableTest.User(1, "Ivan")), s.received);
    assertEquals(1, t.requests().size(), "the next page is not asked for after the error");
  }
}
