package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.BatchIncompleteException;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ValidationException;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous batch helpers: the same rounds as the synchronous ones (they share the jobs of
 * {@link Batches}), the pauses on the timer, leftovers reported the same way, and cancellation.
 */
class AsyncBatchesTest {
  private static final long BOUND_SECONDS = 30;

  private final List<Integer> delays = Collections.synchronizedList(new ArrayList<>());
  private final Batches.Delays noPauses =
      stalled -> {
        delays.add(stalled);
        return stalled < Batches.MAX_STALLED_ROUNDS ? 0 : -1;
      };

  /**
   * A transport that answers each request with {@code answer} of its body, at once (the future is
   * complete when returned) or from another thread, and records the bodies and stack depths.
   */
  static class Answering implements Transport {
    final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> depths = Collections.synchronizedList(new ArrayList<>());
    private final Function<String, String> answer;
    private final boolean atOnce;

    Answering(boolean atOnce, Function<String, String> answer) {
      this.atOnce = atOnce;
      this.answer = answer;
    }

    @Override
    public HttpResponse execute(HttpRequest request, Duration timeout) {
      String body = new String(request.body(), StandardCharsets.UTF_8);
      bodies.add(body);
      depths.add(Thread.currentThread().getStackTrace().length);
      return ScriptedTransport.json(200, answer.apply(body));
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
      return atOnce
          ? CompletableFuture.completedFuture(execute(request, timeout))
          : CompletableFuture.supplyAsync(() -> execute(request, timeout));
    }

    @Override
    public String name() {
      return "answering";
    }

    @Override
    public void close() {}
  }

  private static DynamoClient client(Transport t) {
    return DynamoClient.builder()
        .endpoint("http://127.0.0.1:9")
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .transport(t)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private static List<Key> keys(int n) {
    return IntStream.range(0, n).mapToObj(i -> Key.of("id", "k" + i)).collect(Collectors.toList());
  }

  /** The JSON of the keys {@code from} to {@code to} (excluded). */
  private static String keysJson(int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(i -> "{\"id\":{\"S\":\"k" + i + "\"}}")
        .collect(Collectors.joining(","));
  }

  /** The keys asked for in a BatchGetItem body, in order. */
  private static List<String> asked(String body) {
    List<String> found = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\{\"id\":\\{\"S\":\"(k\\d+)\"\\}\\}").matcher(body);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String allUnprocessed(String body) {
    String keys =
        asked(body).stream()
            .map(k -> "{\"id\":{\"S\":\"" + k + "\"}}")
            .collect(Collectors.joining(","));
    return "{\"Responses\":{},\"UnprocessedKeys\":{\"things\":{\"Keys\":[" + keys + "]}}}";
  }

  private static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(BOUND_SECONDS, TimeUnit.SECONDS);
  }

  private static Throwable failureOf(CompletableFuture<?> f) {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> f.get(BOUND_SECONDS, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void readsEverythingAskingAgainForTheUnprocessedKeysFirst() throws Exception {
    List<String> answers =
        new ArrayList<>(
            List.of(
                "{\"Responses\":{\"things\":["
                    + keysJson(0, 1)
                    + "]},"
                    + "\"UnprocessedKeys\":{\"things\":{\"Keys\":["
                    + keysJson(1, 3)
                    + "]}}}",
                "{\"Responses\":{\"things\":[" + keysJson(1, 3) + "]}}"));
    Answering t = new Answering(false, body -> answers.remove(0));
    List<Item> items = get(client(t).async().batchGetAll("things", keys(3)));
    assertEquals(
        Set.of("k0", "k1", "k2"),
        items.stream().map(i -> i.getString("id")).collect(Collectors.toSet()));
    assertEquals(List.of("k0", "k1", "k2"), asked(t.bodies.get(0)));
    assertEquals(List.of("k1", "k2"), asked(t.bodies.get(1)));
  }

  @Test
  void writesInRequestsOfTwentyFiveSendingUnprocessedWritesAgain() throws Exception {
    List<String> answers =
        new ArrayList<>(
            List.of(
                "{\"UnprocessedItems\":{\"things\":[{\"PutRequest\":{\"Item\":"
                    + "{\"id\":{\"S\":\"k0\"}}}},{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"k1\"}}}}]}}",
                "{}"));
    Answering t = new Answering(false, body -> answers.remove(0));
    List<Item> items =
        keys(30).stream().map(k -> Item.from(k.attributes())).collect(Collectors.toList());
    assertEquals(null, get(client(t).async().batchPutAll("things", items)));
    assertEquals(2, t.bodies.size());
    assertEquals(25, asked(t.bodies.get(0)).size());
    List<String> second = asked(t.bodies.get(1));
    assertEquals(7, second.size(), "5 left and the 2 unprocessed");
    assertEquals(List.of("k0", "k1"), second.subList(0, 2), "unprocessed writes go first");
  }

  @Test
  void leftoversAreReportedAsTheSynchronousHelperReportsThem() throws Exception {
    Answering t = new Answering(false, AsyncBatchesTest::allUnprocessed);
    DynamoClient db = client(t);
    Map<String, List<Key>> wanted = Map.of("things", keys(120));

    Throwable e = failureOf(Batches.getAllAsync(wanted, db.async()::batchGetItem, noPauses));
    BatchIncompleteException async = assertInstanceOf(BatchIncompleteException.class, e);
    List<Integer> asyncDelays = List.copyOf(delays);
    int asyncRequests = t.bodies.size();

    delays.clear();
    List<Integer> pauses = new ArrayList<>();
    BatchIncompleteException sync =
        assertThrows(
            BatchIncompleteException.class,
            () ->
                Batches.getAll(
                    wanted,
                    db::batchGetItem,
                    stalled -> {
                      pauses.add(stalled);
                      return stalled < Batches.MAX_STALLED_ROUNDS;
                    }));

    assertEquals(sync.getMessage(), async.getMessage());
    assertEquals(
        "BatchGetItem returned every key unprocessed 10 times in a row", async.getMessage());
    assertEquals(sync.unprocessedKeys(), async.unprocessedKeys());
    assertEquals(120, async.unprocessedKeys().get("things").size());
    assertEquals(Set.copyOf(keys(120)), new HashSet<>(async.unprocessedKeys().get("things")));
    assertEquals(pauses, asyncDelays);
    assertEquals(IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList()), asyncDelays);
    assertEquals(asyncRequests * 2, t.bodies.size(), "the same requests both ways");
  }

  @Test
  void writeLeftoversHoldTheWritesNotDone() {
    Answering t =
        new Answering(
            false,
            body -> "{\"UnprocessedItems\":" + body.substring("{\"RequestItems\":".length()));
    Throwable e =
        failureOf(
            Batches.writeAllAsync(
                Map.of("things", List.of(WriteRequest.delete(Key.of("id", "k0")))),
                client(t).async()::batchWriteItem,
                noPauses));
    BatchIncompleteException b = assertInstanceOf(BatchIncompleteException.class, e);
    assertEquals(
        "BatchWriteItem returned every write unprocessed 10 times in a row", b.getMessage());
    assertEquals(
        List.of(WriteRequest.delete(Key.of("id", "k0"))), b.unprocessedWrites().get("things"));
    assertTrue(b.unprocessedKeys().isEmpty());
    assertEquals(10, t.bodies.size());
  }

  @Test
  void answersThatAreThereAtOnceDoNotNestRoundUponRound() throws Exception {
    Answering t = new Answering(true, body -> "{\"Responses\":{\"things\":[]}}");
    CompletableFuture<Map<String, List<Item>>> f =
        Batches.getAllAsync(
            Map.of("things", keys(3_000)), client(t).async()::batchGetItem, noPauses);
    assertTrue(f.isDone(), "every answer was there at once");
    assertEquals(List.of(), get(f).get("things"));
    assertEquals(30, t.bodies.size());
    assertEquals(1, Set.copyOf(t.depths).size(), "stack depths: " + t.depths);
  }

  @Test
  void aPauseWaitsOnTheTimerAndCancellingTheFutureStopsIt() {
    Answering t = new Answering(true, AsyncBatchesTest::allUnprocessed);
    int before = Timers.queued();
    CompletableFuture<Map<String, List<Item>>> f =
        Batches.getAllAsync(
            Map.of("things", keys(3)),
            client(t).async()::batchGetItem,
            stalled -> Duration.ofSeconds(30).toNanos());
    // the first answer came at once: the helper now waits 30 s, on the timer, not on this thread
    assertFalse(f.isDone());
    assertEquals(1, t.bodies.size());
    assertTrue(Timers.queued() > before, "no timer was armed for the pause");
    assertTrue(f.cancel(true));
    assertTrue(Timers.queued() <= before, "the pause's timer is still queued");
    assertEquals(1, t.bodies.size());
  }

  @Test
  void cancellingTheFutureCancelsTheRequestInFlight() throws Exception {
    AsyncDeadlineTest.Held held = new AsyncDeadlineTest.Held();
    CompletableFuture<Void> f =
        client(held)
            .async()
            .batchWriteAll(Map.of("things", List.of(WriteRequest.delete(Key.of("id", "a")))));
    AsyncDeadlineTest.Attempt attempt = held.next();
    assertTrue(f.cancel(true));
    assertTrue(attempt.isCancelled());
    assertEquals(1, held.all.size());
  }

  @Test
  void badInputAndServiceErrorsFailTheFuture() {
    Map<String, List<Key>> nullKeys = new java.util.HashMap<>();
    nullKeys.put("things", null);
    Answering t =
        new Answering(false, body -> "{}") {
          @Override
          public CompletableFuture<HttpResponse> executeAsync(
              HttpRequest request, Duration timeout) {
            bodies.add(new String(request.body(), StandardCharsets.UTF_8));
            return CompletableFuture.completedFuture(
                ScriptedTransport.json(
                    400,
                    "{\"__type\":\"com.amazon.coral.validate#ValidationException\","
                        + "\"message\":\"Provided list of item keys contains duplicates\"}"));
          }
        };
    DynamoClient db = client(t);
    Throwable e = failureOf(db.async().batchGetAll(nullKeys));
    assertTrue(e.getMessage().contains("keys of table things are null"), e.getMessage());
    assertEquals(0, t.bodies.size());
    assertInstanceOf(
        ValidationException.class, failureOf(db.async().batchGetAll("things", keys(2))));
    assertEquals(1, t.bodies.size(), "an error is not retried as unprocessed keys");
  }
}
