package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoAsyncClient;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.Expr;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.Select;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateItemResponse;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One thread of {@link LoadTest}: a seeded mix of puts, counter updates, gets, queries and batch
 * writes, blocking or asynchronous. It keeps what it knows was written (only calls that returned
 * normally count), and checks every read against it. Its state is touched by its own thread only:
 * an asynchronous call's result is looked at when the thread takes it out of its window.
 */
final class LoadWorker {
  static final int SYNC_THREADS = 8;
  static final int ASYNC_THREADS = 8;

  /** Asynchronous calls in flight per asynchronous thread, at most. */
  static final int WINDOW = 8;

  static final int COUNTERS = 8;
  static final String COUNTER_PK = "counter";
  static final int PARTITIONS = 16;
  private static final long WAIT_SECONDS = 60; // beyond the client's call timeout
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789 -\u00e9\u2713\u65e5";

  final int id;
  final Tally tally = new Tally();

  /** Every item this thread knows to be stored, by key, as it was written. */
  final Map<Key, Item> written = new LinkedHashMap<>();

  /** Items known stored per partition, and writes to it still in flight. */
  final int[] confirmed = new int[PARTITIONS];

  final long[] increments = new long[COUNTERS];
  final List<List<Long>> newValues = new ArrayList<>();

  private final DynamoClient db;
  private final DynamoAsyncClient async;
  private final String table;
  private final boolean isAsync;
  private final Random random;
  private final AtomicBoolean stop;
  private final List<Key> keys = new ArrayList<>();
  private final int[] inFlight = new int[PARTITIONS];
  private final long[] lastSeen = new long[COUNTERS];
  private final ArrayDeque<Pending<?>> window = new ArrayDeque<>();
  private long nextSeq;

  LoadWorker(
      DynamoClient db, String table, int id, boolean isAsync, long seed, AtomicBoolean stop) {
    this.db = db;
    this.async = db.async();
    this.table = table;
    this.id = id;
    this.isAsync = isAsync;
    this.random = new Random(seed * 31 + id);
    this.stop = stop;
    for (int c = 0; c < COUNTERS; c++) {
      newValues.add(new ArrayList<>());
    }
  }

  static Key counterKey(int counter) {
    return Key.of("pk", COUNTER_PK, "sk", counter);
  }

  String partition(int p) {
    return "t" + id + "-p" + p;
  }

  void run(int operations) throws Exception {
    for (int i = 0; i < operations && !stop.get(); i++) {
      int roll = random.nextInt(100);
      if (roll < 32 || keys.isEmpty()) {
        put(i);
      } else if (roll < 60) {
        increment();
      } else if (roll < 78) {
        get();
      } else if (roll < 90) {
        query();
      } else {
        batch(i);
      }
    }
    while (!window.isEmpty()) {
      settle(window.poll());
    }
  }

  private Item newItem(int op, String via) {
    long seq = nextSeq++;
    int p = random.nextInt(PARTITIONS);
    StringBuilder payload = new StringBuilder();
    for (int n = random.nextInt(120); n >= 0; n--) {
      payload.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return Item.of(
        "pk",
        partition(p),
        "sk",
        seq,
        "thread",
        id,
        "op",
        op,
        "via",
        via,
        "payload",
        payload.toString(),
        "value",
        random.nextLong(),
        "meta",
        Map.of("p", p, "async", isAsync, "tags", List.of("load", via)));
  }

  private void stored(Item item, int p) {
    Key key = item.key("pk", "sk");
    written.put(key, item);
    keys.add(key);
    confirmed[p]++;
  }

  private void put(int op) throws Exception {
    Item item = newItem(op, "put");
    int p = partitionIndex(item);
    PutItemRequest request =
        PutItemRequest.builder()
            .table(table)
            .item(item)
            .condition(Condition.attributeNotExists("pk")) // a new item, never an overwrite
            .build();
    tally.puts++;
    if (isAsync) {
      inFlight[p]++;
      submit(
          async.putItem(request),
          r -> {
            inFlight[p]--;
            stored(item, p);
          });
    } else {
      db.putItem(request);
      stored(item, p);
    }
  }

  private int partitionIndex(Item item) {
    String pk = item.getString("pk");
    return Integer.parseInt(pk.substring(pk.lastIndexOf('p') + 1));
  }

  private void increment() throws Exception {
    int c = random.nextInt(COUNTERS);
    int kind = random.nextInt(3);
    UpdateItemRequest.Builder update =
        UpdateItemRequest.builder()
            .table(table)
            .key(counterKey(c))
            .returnValues(ReturnValue.UPDATED_NEW);
    long expected = lastSeen[c];
    switch (kind) {
      case 0 -> update.add("n", 1).condition(Condition.attributeExists("pk"));
      case 1 ->
          update
              .set("n", Expr.raw("n + :one"))
              .values(Map.of(":one", 1))
              .condition(Condition.attributeExists("pk"));
      default -> update.set("n", expected + 1).condition(Condition.eq("n", expected));
    }
    UpdateItemRequest request = update.build();
    tally.updates++;
    Consumer<UpdateItemResponse> counted =
        r -> {
          long value = r.attributes().getLong("n");
          if (kind == 2) {
            assertEquals(expected + 1, value, "compare-and-set on counter " + c);
          }
          increments[c]++;
          newValues.get(c).add(value);
          lastSeen[c] = Math.max(lastSeen[c], value);
          tally.increments++;
        };
    if (isAsync) {
      submit(async.updateItem(request), counted, kind == 2 ? () -> tally.casFailures++ : null);
    } else if (kind == 2) {
      try {
        counted.accept(db.updateItem(request));
      } catch (ConditionalCheckFailedException lostRace) {
        tally.casFailures++;
      }
    } else {
      counted.accept(db.updateItem(request));
    }
  }

  private void get() throws Exception {
    Key key = keys.get(random.nextInt(keys.size()));
    Item want = written.get(key);
    GetItemRequest request =
        GetItemRequest.builder().table(table).key(key).consistentRead(true).build();
    tally.gets++;
    Consumer<GetItemResponse> check = r -> assertEquals(want, r.item(), "read back " + key);
    if (isAsync) {
      submit(async.getItem(request), check);
    } else {
      check.accept(db.getItem(request));
    }
  }

  private void query() throws Exception {
    int p = random.nextInt(PARTITIONS);
    QueryRequest request =
        QueryRequest.builder()
            .table(table)
            .keyCondition(Condition.eq("pk", partition(p)))
            .select(Select.COUNT)
            .consistentRead(true)
            .build();
    tally.queries++;
    if (isAsync) {
      // At least what was stored before the query was sent; at most what this thread had sent
      // by the time the answer is looked at: puts in flight, or sent after the query on other
      // connections, may land on either side of it.
      int atLeast = confirmed[p];
      submit(
          countAsync(request),
          count -> {
            int atMost = confirmed[p] + inFlight[p];
            assertTrue(
                count >= atLeast && count <= atMost,
                () ->
                    "partition "
                        + partition(p)
                        + " counted "
                        + count
                        + ", expected "
                        + atLeast
                        + ".."
                        + atMost);
          });
    } else {
      long count = db.queryPages(request).mapToLong(r -> r.count()).sum();
      assertEquals(confirmed[p], count, "items counted in " + partition(p));
    }
  }

  private CompletableFuture<Long> countAsync(QueryRequest request) {
    return async
        .query(request)
        .thenCompose(
            r ->
                r.hasMorePages()
                    ? countAsync(request.withExclusiveStartKey(r.lastEvaluatedKey()))
                        .thenApply(rest -> rest + r.count())
                    : CompletableFuture.completedFuture((long) r.count()));
  }

  /**
   * Through the client's batch helper, which splits into requests of 25 and sends unprocessed
   * writes again. It is blocking only, so asynchronous threads call it with their window in flight.
   */
  private void batch(int op) {
    int size = 2 + random.nextInt(29); // 2..30: some take two requests
    List<Item> items = new ArrayList<>(size);
    for (int n = 0; n < size; n++) {
      items.add(newItem(op, "batch"));
    }
    tally.batches++;
    db.batchPutAll(table, items);
    tally.batchItems += size;
    for (Item item : items) {
      stored(item, partitionIndex(item));
    }
  }

  private <T> void submit(CompletableFuture<T> call, Consumer<? super T> onSuccess)
      throws Exception {
    submit(call, onSuccess, null);
  }

  private <T> void submit(
      CompletableFuture<T> call, Consumer<? super T> onSuccess, Runnable onConditionFailed)
      throws Exception {
    window.add(new Pending<>(call, onSuccess, onConditionFailed));
    if (window.size() >= WINDOW) {
      settle(window.poll());
    }
  }

  private <T> void settle(Pending<T> pending) throws Exception {
    T result;
    try {
      result = pending.call.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause =
          e.getCause() instanceof CompletionException ce ? ce.getCause() : e.getCause();
      if (cause instanceof ConditionalCheckFailedException && pending.onConditionFailed != null) {
        pending.onConditionFailed.run();
        return;
      }
      throw cause instanceof Exception ex ? ex : e;
    } catch (TimeoutException e) {
      throw new AssertionError("an asynchronous call outlived its call timeout", e);
    }
    pending.onSuccess.accept(result);
  }

  private record Pending<T>(
      CompletableFuture<T> call, Consumer<? super T> onSuccess, Runnable onConditionFailed) {}

  /** Operations done, by kind. */
  static final class Tally {
    long puts;
    long updates;
    long increments;
    long casFailures;
    long gets;
    long queries;
    long batches;
    long batchItems;

    long total() {
      return puts + updates + gets + queries + batches;
    }

    void addAll(Tally other) {
      puts += other.puts;
      updates += other.updates;
      increments += other.increments;
      casFailures += other.casFailures;
      gets += other.gets;
      queries += other.queries;
      batches += other.batches;
      batchItems += other.batchItems;
    }

    @Override
    public String toString() {
      return "put "
          + puts
          + ", update "
          + updates
          + ", get "
          + gets
          + ", query "
          + queries
          + ", batch "
          + batches
          + " ("
          + batchItems
          + " items)";
    }
  }
}
