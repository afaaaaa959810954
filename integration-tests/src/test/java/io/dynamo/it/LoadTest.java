package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.Select;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sixteen threads of mixed operations against dynalite through the transport of this run: half on
 * the blocking client, half on {@code db.async()} with a bounded number of calls in flight each.
 * Puts and batch writes of new items, conditional counter updates that contend, reads and queries
 * of what the thread wrote; then the whole table is read back: nothing lost, nothing duplicated,
 * every item as written, every counter equal to its successful increments.
 *
 * <p>No call is retried ({@link RetryPolicy#none()}), so a failure surfaces instead of being
 * papered over; only the batch helper sends unprocessed writes again, as it is meant to. An
 * operation counts when its call returned normally; the only failure allowed is the {@code
 * ConditionalCheckFailedException} of a compare-and-set increment that lost a race, which is not
 * counted.
 *
 * <p>2,000 operations a thread in the normal run (about 50 s a transport on two shared cores);
 * {@code -Ddynamo.long=true} runs 10,000. {@code -Ddynamo.load.seed=N} replays another seed.
 */
@ExtendWith(DynaliteExtension.class)
class LoadTest {
  static final boolean LONG = Boolean.getBoolean("dynamo.long");
  static final int THREADS = 16;
  static final int OPS_PER_THREAD = LONG ? 10_000 : 2_000;
  static final long SEED = Long.getLong("dynamo.load.seed", 0x10adL);

  private static DynamoClient db;
  private static String table;

  @BeforeAll
  static void start(Dynalite dynalite) {
    db =
        DynamoClient.builder()
            .endpoint(dynalite.endpoint())
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .retryPolicy(RetryPolicy.none())
            .connectTimeout(Duration.ofSeconds(5))
            .attemptTimeout(Duration.ofSeconds(30))
            .callTimeout(Duration.ofSeconds(30))
            .maxConnections(LoadWorker.SYNC_THREADS + LoadWorker.ASYNC_THREADS * LoadWorker.WINDOW)
            .build();
    table = Dynalite.uniqueName("load");
    db.createTable(
        CreateTableRequest.builder()
            .table(table)
            .hashKey("pk", ScalarType.S)
            .rangeKey("sk", ScalarType.N)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
    db.waitUntilTableActive(table);
    for (int c = 0; c < LoadWorker.COUNTERS; c++) {
      db.putItem(table, Item.of("pk", LoadWorker.COUNTER_PK, "sk", c, "n", 0));
    }
  }

  @AfterAll
  static void stop() {
    if (db != null) {
      try {
        db.deleteTable(table);
      } finally {
        db.close();
      }
    }
  }

  @Test
  void concurrentMixedOperationsLoseAndDuplicateNothing() {
    Duration limit = Duration.ofMinutes(LONG ? 20 : 4);
    assertTimeoutPreemptively(limit, this::run, () -> "seed " + SEED + ": took over " + limit);
  }

  private void run() throws Exception {
    String transport = System.getProperty("io.dynamo.transport", "default");
    AtomicBoolean stop = new AtomicBoolean();
    List<LoadWorker> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(new LoadWorker(db, table, t, t >= LoadWorker.SYNC_THREADS, SEED, stop));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemon("load-"));
    CountDownLatch go = new CountDownLatch(1);
    long started;
    long elapsed;
    try {
      List<Future<?>> done = new ArrayList<>();
      for (LoadWorker w : workers) {
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  w.run(OPS_PER_THREAD);
                  return null;
                }));
      }
      started = System.nanoTime();
      go.countDown();
      for (Future<?> f : done) {
        try {
          f.get(); // the preemptive timeout bounds this wait
        } catch (ExecutionException e) {
          stop.set(true);
          throw new AssertionError("seed " + SEED + ": a call failed under load", e.getCause());
        }
      }
      elapsed = System.nanoTime() - started;
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }

    long verifyStart = System.nanoTime();
    Map<Key, Item> expected = new HashMap<>();
    Map<String, Integer> expectedPerPartition = new HashMap<>();
    long[] increments = new long[LoadWorker.COUNTERS];
    List<List<Long>> newValues = new ArrayList<>();
    for (int c = 0; c < LoadWorker.COUNTERS; c++) {
      newValues.add(new ArrayList<>());
    }
    LoadWorker.Tally tally = new LoadWorker.Tally();
    for (LoadWorker w : workers) {
      assertEquals(OPS_PER_THREAD, w.tally.total(), "operations done by thread " + w.id);
      tally.addAll(w.tally);
      for (Map.Entry<Key, Item> e : w.written.entrySet()) {
        if (expected.put(e.getKey(), e.getValue()) != null) {
          fail("two threads wrote " + e.getKey());
        }
      }
      for (int p = 0; p < LoadWorker.PARTITIONS; p++) {
        expectedPerPartition.put(w.partition(p), w.confirmed[p]);
      }
      for (int c = 0; c < LoadWorker.COUNTERS; c++) {
        increments[c] += w.increments[c];
        newValues.get(c).addAll(w.newValues.get(c));
      }
    }

    // Everything read back through the paging stream, in pages of 1,000 items.
    Map<Key, Item> seen = new HashMap<>();
    Map<Integer, Long> counters = new HashMap<>();
    int duplicated = 0;
    int unexpected = 0;
    int mismatched = 0;
    List<String> problems = new ArrayList<>();
    for (Item item :
        (Iterable<Item>)
            db.scanAll(ScanRequest.builder().table(table).consistentRead(true).limit(1000).build())
                ::iterator) {
      if (item.getString("pk").equals(LoadWorker.COUNTER_PK)) {
        if (counters.put(item.getInt("sk"), item.getLong("n")) != null) {
          duplicated++;
        }
        continue;
      }
      Key key = item.key("pk", "sk");
      Item want = expected.get(key);
      if (seen.put(key, item) != null) {
        duplicated++;
        problems.add("scanned twice: " + key);
      } else if (want == null) {
        unexpected++;
        problems.add("never written: " + item);
      } else if (!want.equals(item)) {
        mismatched++;
        problems.add("written " + want + " read " + item);
      }
    }
    int lost = 0;
    for (Key key : expected.keySet()) {
      if (!seen.containsKey(key)) {
        lost++;
        problems.add("lost: " + key);
      }
    }
    // And counted once more partition by partition, with Query.
    for (Map.Entry<String, Integer> e : expectedPerPartition.entrySet()) {
      long count =
          db.queryPages(
                  QueryRequest.builder()
                      .table(table)
                      .keyCondition(Condition.eq("pk", e.getKey()))
                      .select(Select.COUNT)
                      .consistentRead(true)
                      .build())
              .mapToLong(r -> r.count())
              .sum();
      if (count != e.getValue()) {
        problems.add(
            "partition " + e.getKey() + ": " + count + " items, " + e.getValue() + " written");
      }
    }
    // Every counter equals its successful increments, and the values those increments returned
    // are 1..n, each once: no increment was lost, applied twice, or applied without success.
    for (int c = 0; c < LoadWorker.COUNTERS; c++) {
      long n =
          db.getItem(
                  GetItemRequest.builder()
                      .table(table)
                      .key(LoadWorker.counterKey(c))
                      .consistentRead(true)
                      .build())
              .item()
              .getLong("n");
      if (n != increments[c] || counters.getOrDefault(c, -1L) != n) {
        problems.add(
            "counter "
                + c
                + " is "
                + n
                + " (scanned "
                + counters.get(c)
                + "), "
                + increments[c]
                + " increments succeeded");
      }
      List<Long> values = new ArrayList<>(newValues.get(c));
      values.sort(null);
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != i + 1) {
          problems.add("counter " + c + ": increments returned " + values.get(i) + " at " + i);
          break;
        }
      }
    }
    long verifyTook = System.nanoTime() - verifyStart;

    double seconds = elapsed / 1e9;
    long ops = (long) THREADS * OPS_PER_THREAD;
    System.out.printf(
        "LoadTest[%s]: %d operations, %d threads (%d sync, %d async), %.1f s, %.0f ops/s;"
            + " %s; items %d (scanned %d), lost=%d, duplicated=%d, unexpected=%d,"
            + " mismatched=%d; counter increments %d (%d lost CAS races); read-back %.1f s;"
            + " seed %d%n",
        transport,
        ops,
        THREADS,
        LoadWorker.SYNC_THREADS,
        LoadWorker.ASYNC_THREADS,
        seconds,
        ops / seconds,
        tally,
        expected.size(),
        seen.size(),
        lost,
        duplicated,
        unexpected,
        mismatched,
        tally.increments,
        tally.casFailures,
        verifyTook / 1e9,
        SEED);

    assertTrue(
        problems.isEmpty(),
        () ->
            "seed "
                + SEED
                + ": "
                + problems.size()
                + " problems, the first: "
                + problems.subList(0, Math.min(20, problems.size())));
    assertEquals(0, lost, "lost");
    assertEquals(0, duplicated, "duplicated");
    assertEquals(expected.size(), seen.size());
    assertEquals(LoadWorker.COUNTERS, counters.size());
    assertTrue(tally.increments > 0 && tally.batches > 0 && tally.queries > 0 && tally.gets > 0);
  }

  private static java.util.concurrent.ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.getAndIncrement());
      t.setDaemon(true);
      return t;
    };
  }
}
