package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.AsyncTable;
import io.dynamo.api.DynamoAsyncClient;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.CallListener;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The asynchronous client against dynalite, as the synchronous one does it: items published page by
 * page, batch helpers, {@link AsyncTable}; on every transport.
 */
@ExtendWith(DynaliteExtension.class)
class DynaliteAsyncTest {
  private static final long BOUND_SECONDS = 30;

  private static final Map<Operation, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  private static DynamoClient sync;
  private static DynamoAsyncClient db;
  private static String table;

  record Reading(String pk, long sk, String text) {}

  static final ItemCodec<Reading> READING =
      ItemCodec.of(
          (r, w) -> w.string("pk", r.pk()).number("sk", r.sk()).string("text", r.text()),
          i -> new Reading(i.getString("pk"), i.getLong("sk"), i.getString("text")));

  @BeforeAll
  static void start(Dynalite dynalite) {
    sync =
        DynamoClient.builder()
            .endpoint(dynalite.endpoint())
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .listener(
                new CallListener<Void>() {
                  @Override
                  public Void onCallStart(CallStart call) {
                    CALLS
                        .computeIfAbsent(call.operation(), o -> new AtomicInteger())
                        .incrementAndGet();
                    return null;
                  }
                })
            .build();
    db = sync.async();
    table = Dynalite.uniqueName("async");
    create(table);
  }

  @AfterAll
  static void stop() {
    sync.deleteTable(table);
    sync.close();
  }

  private static void create(String name) {
    sync.createTable(
        CreateTableRequest.builder()
            .table(name)
            .hashKey("pk", ScalarType.S)
            .rangeKey("sk", ScalarType.N)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
    sync.waitUntilTableActive(name);
  }

  private static int calls(Operation o) {
    return CALLS.getOrDefault(o, new AtomicInteger()).get();
  }

  private static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(BOUND_SECONDS, TimeUnit.SECONDS);
  }

  private static Throwable failureOf(CompletableFuture<?> f) {
    return assertThrows(ExecutionException.class, () -> f.get(BOUND_SECONDS, TimeUnit.SECONDS))
        .getCause();
  }

  private static List<Item> items(String pk, int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> Item.of("pk", pk, "sk", i, "text", "t" + i))
        .collect(Collectors.toList());
  }

  /** Records what a publisher sends; the test asks for more and waits, with a bound. */
  static final class Probe<T> implements Flow.Subscriber<T> {
    final List<T> received = new CopyOnWriteArrayList<>();
    final BlockingQueue<T> arrivals = new LinkedBlockingQueue<>();
    final CompletableFuture<List<T>> done = new CompletableFuture<>();
    final AtomicInteger terminals = new AtomicInteger();
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

    @Override
    public void onError(Throwable e) {
      terminals.incrementAndGet();
      done.completeExceptionally(e);
    }

    @Override
    public void onComplete() {
      terminals.incrementAndGet();
      done.complete(received);
    }

    List<T> next(int n) throws InterruptedException {
      List<T> items = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        T item = arrivals.poll(BOUND_SECONDS, TimeUnit.SECONDS);
        assertNotNull(item, "item " + i + " did not arrive");
        items.add(item);
      }
      return items;
    }

    List<T> all() throws Exception {
      subscription.request(Long.MAX_VALUE);
      return get(done);
    }
  }

  @Test
  void queryAllRequestsPagesAsDemandReachesThemAndStopsWhenCancelled() throws Exception {
    get(db.batchPutAll(table, items("q", 7)));
    QueryRequest query =
        QueryRequest.builder()
            .table(table)
            .keyCondition("pk = :pk")
            .value(":pk", "q")
            .limit(2)
            .build();
    int before = calls(Operation.QUERY);

    Probe<Item> p = new Probe<>();
    db.queryAll(query).subscribe(p);
    assertEquals(before, calls(Operation.QUERY), "nothing is sent before demand");
    p.subscription.request(3);
    assertEquals(List.of(0, 1, 2), p.next(3).stream().map(i -> i.getInt("sk")).toList());
    assertEquals(before + 2, calls(Operation.QUERY), "two pages of two for three items");
    p.subscription.cancel();
    p.subscription.request(10);
    assertEquals(before + 2, calls(Operation.QUERY), "nothing is sent after cancel");
    assertFalse(p.done.isDone());

    Probe<Item> all = new Probe<>();
    db.queryAll(query).subscribe(all);
    assertEquals(
        IntStream.range(0, 7).boxed().toList(),
        all.all().stream().map(i -> i.getInt("sk")).toList());
    assertEquals(before + 2 + 4, calls(Operation.QUERY), "pages of 2, 2, 2 and 1");
    assertEquals(1, all.terminals.get());
  }

  @Test
  void anErrorMidStreamEndsItOnceAfterTheItemsBeforeIt() throws Exception {
    String doomed = Dynalite.uniqueName("doomed");
    create(doomed);
    get(db.batchPutAll(doomed, items("d", 3)));
    Probe<Item> p = new Probe<>();
    db.scanAll(ScanRequest.builder().table(doomed).limit(1).build()).subscribe(p);
    p.subscription.request(1);
    assertEquals(1, p.next(1).size());
    get(db.deleteTable(doomed));
    p.subscription.request(5);
    Throwable e = failureOf(p.done);
    assertInstanceOf(ResourceNotFoundException.class, e);
    assertEquals(1, p.received.size());
    assertEquals(1, p.terminals.get());
  }

  @Test
  void listAllTablesPublishesEveryName() throws Exception {
    Probe<String> p = new Probe<>();
    db.listAllTables().subscribe(p);
    assertTrue(p.all().contains(table));
  }

  @Test
  void batchHelpersReadAndWriteAnyNumberOfItems() throws Exception {
    List<Item> written = items("b", 60);
    int writes = calls(Operation.BATCH_WRITE_ITEM);
    get(db.batchPutAll(table, written));
    assertEquals(writes + 3, calls(Operation.BATCH_WRITE_ITEM), "25, 25 and 10");

    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < 65; i++) {
      keys.add(Key.of("pk", "b", "sk", i)); // the last 5 have no item
    }
    List<Item> found = get(db.batchGetAll(table, keys));
    assertEquals(Set.copyOf(written), Set.copyOf(found));

    Map<String, List<Item>> byTable = get(db.batchGetAll(Map.of(table, keys.subList(0, 2))));
    assertEquals(2, byTable.get(table).size());

    List<WriteRequest> deletes =
        keys.subList(0, 30).stream().map(WriteRequest::delete).collect(Collectors.toList());
    get(db.batchWriteAll(Map.of(table, deletes)));
    assertEquals(30, get(db.batchGetAll(table, keys)).size());
  }

  @Test
  void asyncTableRoundTrips() throws Exception {
    AsyncTable<Reading> readings = db.table(table, READING);
    Reading first = new Reading("t", 1, "one");
    get(readings.put(first));
    assertEquals(first, get(readings.get(Key.of("pk", "t", "sk", 1))));
    assertNull(get(readings.get(Key.of("pk", "t", "sk", 99))));
    assertEquals(
        Optional.of(first),
        get(readings.find(Key.of("pk", "t", "sk", 1), g -> g.consistentRead(true))));

    Throwable e =
        failureOf(
            readings.put(
                new Reading("t", 1, "again"), p -> p.condition("attribute_not_exists(pk)")));
    assertInstanceOf(ConditionalCheckFailedException.class, e);

    List<Reading> more =
        IntStream.range(2, 30).mapToObj(i -> new Reading("t", i, "n" + i)).toList();
    get(readings.putAll(more));
    List<Key> keys = more.stream().map(r -> Key.of("pk", "t", "sk", r.sk())).toList();
    assertEquals(Set.copyOf(more), Set.copyOf(get(readings.getAll(keys))));

    Probe<Reading> q = new Probe<>();
    readings
        .query(
            b ->
                b.keyCondition("pk = :pk AND sk < :max")
                    .value(":pk", "t")
                    .value(":max", 5)
                    .limit(2))
        .subscribe(q);
    assertEquals(List.of(1L, 2L, 3L, 4L), q.all().stream().map(Reading::sk).toList());

    Probe<Reading> s = new Probe<>();
    readings.scan(b -> b.filter("pk = :pk").value(":pk", "t")).subscribe(s);
    assertEquals(29, s.all().size());

    get(readings.delete(Key.of("pk", "t", "sk", 1)));
    assertNull(get(readings.get(Key.of("pk", "t", "sk", 1))));
    Throwable gone =
        failureOf(
            readings.delete(
                Key.of("pk", "t", "sk", 2), d -> d.condition("attribute_not_exists(pk)")));
    assertInstanceOf(ConditionalCheckFailedException.class, gone);
  }
}
