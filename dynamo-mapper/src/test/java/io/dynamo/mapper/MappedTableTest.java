package io.dynamo.mapper;

import static io.dynamo.mapper.samples.OrderSchema.CUSTOMER;
import static io.dynamo.mapper.samples.OrderSchema.ID;
import static io.dynamo.mapper.samples.OrderSchema.SOURCE;
import static io.dynamo.mapper.samples.OrderSchema.STATUS;
import static io.dynamo.mapper.samples.OrderSchema.TAGS;
import static io.dynamo.mapper.samples.OrderSchema.TOTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.AsyncTable;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.Page;
import io.dynamo.api.Table;
import io.dynamo.api.TableIndex;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.model.TableDescription;
import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.mapper.samples.Money;
import io.dynamo.mapper.samples.Order;
import io.dynamo.mapper.samples.OrderSchema;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated code of the sample records against dynalite, through {@code Table<T>}. */
@ExtendWith(DynaliteExtension.class)
class MappedTableTest {
  static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLE", "secret");
  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private static DynamoClient db;
  private static TableSchema<Order> schema;
  private static Table<Order> orders;

  @BeforeAll
  static void createTable(Dynalite dynalite) {
    db =
        DynamoClient.builder()
            .endpoint(dynalite.endpoint())
            .credentials(CREDENTIALS)
            .codecs(
                CodecRegistry.builder()
                    .register(Money.class, AttributeCodec.ofString(Money::toString, Money::parse))
                    .build())
            .build();
    schema = OrderSchema.SCHEMA.withTableName(Dynalite.uniqueName("orders"));
    db.createTable(schema.createTable().build());
    db.waitUntilTableActive(schema.tableName(), Duration.ofSeconds(30));
    orders = schema.table(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static Order order(String id, int minute, String customer, String total) {
    return new Order(
        id,
        T0.plusSeconds(60L * minute),
        customer,
        new BigDecimal(total),
        Set.of("new"),
        "web",
        Order.Status.NEW);
  }

  @Test
  void theTableIsCreatedFromTheRecordsKeysAndIndexes() {
    TableDescription t = db.describeTable(schema.tableName()).table();
    assertEquals("id", t.hashKeyName());
    assertEquals("createdAt", t.rangeKeyName());
    assertEquals(1, t.globalSecondaryIndexes().size());
    assertEquals("byCustomer", t.globalSecondaryIndexes().get(0).indexName());
    assertEquals(
        Set.of("id S", "createdAt S", "customer S", "total N"),
        t.attributeDefinitions().stream()
            .map(d -> d.attributeName() + " " + d.attributeType())
            .collect(Collectors.toSet()));
  }

  @Test
  void putGetAndDeleteTypedValuesWithTypedKeys() {
    Order o = order("o-put", 0, "c-put", "12.5");
    orders.put(o);
    Key key = OrderSchema.key("o-put", T0);
    assertEquals(o, orders.get(key));
    assertEquals(key, schema.keyOf(o));
    Item raw = db.getItem(schema.tableName(), key).item();
    assertEquals("web", raw.getString("meta/source"));
    assertEquals("2026-12-01T10:00:00.000000000Z", raw.getString("createdAt"));
    orders.delete(key);
    assertNull(orders.get(key));
  }

  @Test
  void anEmptySetAndNullsAreLeftOutAndReadBack() {
    Order o = new Order("o-empty", T0, "c-empty", BigDecimal.ONE, Set.of(), null, Order.Status.NEW);
    orders.put(o);
    Key key = OrderSchema.key("o-empty", T0);
    Item raw = db.getItem(schema.tableName(), key).item();
    assertFalse(raw.has("tags"));
    assertFalse(raw.has("meta/source"));
    assertEquals(o, orders.get(key));
  }

  @Test
  void conditionsAndUpdatesUseTheRecordsNames() {
    Order o = order("o-cond", 0, "c-cond", "10");
    orders.put(o, ID.notExists());
    assertThrows(ConditionalCheckFailedException.class, () -> orders.put(o, ID.notExists()));

    Key key = OrderSchema.key("o-cond", T0);
    Order paid =
        orders.update(
            key,
            STATUS
                .set(Order.Status.PAID)
                .and(TOTAL.add(new BigDecimal("2.5")))
                .and(TAGS.add(Set.of("vip")))
                .and(SOURCE.set("app")),
            STATUS.eq(Order.Status.NEW).and(TOTAL.lt(new BigDecimal("100"))));
    assertEquals(Order.Status.PAID, paid.status());
    assertEquals(new BigDecimal("12.5"), paid.total());
    assertEquals(Set.of("new", "vip"), paid.tags());
    assertEquals("app", paid.source());
    assertThrows(
        ConditionalCheckFailedException.class,
        () -> orders.update(key, STATUS.set(Order.Status.SHIPPED), STATUS.eq(Order.Status.NEW)));

    Order cleared = orders.update(key, TAGS.set(Set.of()).and(SOURCE.set(null)));
    assertEquals(Set.of(), cleared.tags());
    assertNull(cleared.source());
    assertFalse(db.getItem(schema.tableName(), key).item().has("tags"));

    orders.delete(key, STATUS.eq(Order.Status.PAID));
    assertNull(orders.get(key));
  }

  @Test
  void indexQueriesReturnTypedPagesWithACursor() {
    List<Order> all = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      all.add(order("o-ix-" + i, i, "c-ix-" + (i % 3), String.valueOf(10 + i)));
    }
    orders.putAll(all);
    TableIndex<Order> byCustomer = orders.index(OrderSchema.BY_CUSTOMER);

    List<Order> seen = new ArrayList<>();
    Page<Order> page = byCustomer.queryPage(q -> q.keyCondition(CUSTOMER.eq("c-ix-1")).limit(2));
    int pages = 1;
    seen.addAll(page.items());
    while (page.hasMore()) {
      Key cursor = page.cursor();
      page =
          byCustomer.queryPage(
              q -> q.keyCondition(CUSTOMER.eq("c-ix-1")).limit(2).startKey(cursor));
      seen.addAll(page.items());
      pages++;
    }
    assertEquals(List.of(all.get(1), all.get(4), all.get(7)), seen); // sorted by total
    assertTrue(pages >= 2, "pages: " + pages);

    assertEquals(
        List.of(all.get(7), all.get(4)),
        byCustomer
            .query(
                q ->
                    q.keyCondition(CUSTOMER.eq("c-ix-1").and(TOTAL.gt(new BigDecimal("12"))))
                        .scanIndexForward(false))
            .toList());
    List<Page<Order>> pageList =
        byCustomer.queryPages(q -> q.keyCondition(CUSTOMER.eq("c-ix-2")).limit(1)).toList();
    assertEquals(
        3, pageList.stream().mapToInt(p -> p.items().size()).sum(), "pages: " + pageList.size());

    assertEquals(List.of(all.get(0)), orders.query(ID.eq("o-ix-0")).toList());
    assertEquals(
        3,
        orders
            .scan(s -> s.filter(CUSTOMER.eq("c-ix-0").and(SOURCE.eq("web"))))
            .filter(o -> o.id().startsWith("o-ix-"))
            .count());
  }

  @Test
  void batchGetAndWriteTypedValues() {
    List<Order> batch = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      batch.add(order("o-batch-" + i, i, "c-batch", "1"));
    }
    orders.putAll(batch);
    List<Key> keys = batch.stream().map(schema::keyOf).collect(Collectors.toList());
    assertEquals(
        Set.copyOf(batch),
        Set.copyOf(orders.getAll(keys)),
        "every value read back by BatchGetItem");
    orders.writeAll(List.of(order("o-batch-new", 0, "c-batch", "2")), keys.subList(0, 10));
    assertEquals(20, orders.getAll(keys).size());
    orders.deleteAll(keys);
    assertEquals(0, orders.getAll(keys).size());
  }

  @Test
  void theAsyncTableDoesTheSame() throws Exception {
    AsyncTable<Order> async = schema.table(db.async());
    Order o = order("o-async", 0, "c-async", "7");
    async.put(o, ID.notExists()).join();
    assertEquals(o, async.get(OrderSchema.key("o-async", T0)).join());
    Order updated =
        async.update(OrderSchema.key("o-async", T0), TOTAL.set(new BigDecimal("8"))).join();
    assertEquals(new BigDecimal("8"), updated.total());
    Page<Order> page =
        async
            .index(OrderSchema.BY_CUSTOMER)
            .queryPage(q -> q.keyCondition(CUSTOMER.eq("c-async")))
            .join();
    assertEquals(List.of(updated), page.items());
    assertEquals(List.of(updated), collect(async.query(ID.eq("o-async"))).join());
    assertEquals(List.of(updated), async.getAll(List.of(OrderSchema.key("o-async", T0))).join());
  }

  static <T> CompletableFuture<List<T>> collect(Flow.Publisher<T> publisher) {
    CompletableFuture<List<T>> result = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<T>() {
          final List<T> items = new ArrayList<>();

          @Override
          public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(T item) {
            items.add(item);
          }

          @Override
          public void onError(Throwable t) {
            result.completeExceptionally(t);
          }

          @Override
          public void onComplete() {
            result.complete(items);
          }
        });
    return result;
  }
}
