package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.ResourceInUseException;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.error.ValidationException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.GlobalIndex;
import io.dynamo.api.model.IndexProjection;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Typed operations against dynalite, beyond the walk-through. */
@ExtendWith(DynaliteExtension.class)
class DynaliteOperationsTest {
  private static DynamoClient db;
  private static String table;

  @BeforeAll
  static void start(Dynalite dynalite) {
    db =
        DynamoClient.builder()
            .endpoint(dynalite.endpoint())
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .build();
    table = Dynalite.uniqueName("ops");
    db.createTable(
        CreateTableRequest.builder()
            .table(table)
            .hashKey("pk", ScalarType.S)
            .rangeKey("sk", ScalarType.N)
            .globalSecondaryIndex(
                GlobalIndex.builder("by-group")
                    .hashKey("group", ScalarType.S)
                    .rangeKey("sk", ScalarType.N)
                    .projection(IndexProjection.all())
                    .build())
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
  }

  @AfterAll
  static void stop() {
    db.deleteTable(table);
    db.close();
  }

  @Test
  void everyAttributeTypeRoundTrips() {
    Item item =
        Item.of(
            "pk",
            "types",
            "sk",
            1,
            "s",
            "h\u00e9llo \u2713 \u65e5\u672c \ud83d\ude00",
            "empty",
            "",
            "n38",
            new BigDecimal("12345678901234567890123456789012345678"),
            "tiny",
            new BigDecimal("-1E-130"),
            "huge",
            new BigDecimal("9.9999999999999999999999999999999999999E+125"),
            "b",
            new byte[] {0, 1, (byte) 0xff},
            "emptyB",
            new byte[0],
            "ss",
            Set.of("x", "y"),
            "ns",
            AttributeValue.ns("1", "2.5", "-3"),
            "bs",
            AttributeValue.bs(Bytes.of(new byte[] {1}), Bytes.of(new byte[] {2})),
            "m",
            Map.of("inner", Map.of("deep", List.of(1, "two", true))),
            "l",
            List.of(1, "a", List.of()),
            "t",
            true,
            "nul",
            null,
            "price",
            new Money(new BigDecimal("12.50"), "EUR"));
    db.putItem(table, item);
    Item back = db.getItem(table, Key.of("pk", "types", "sk", 1)).item();
    assertEquals(item, back); // numbers compare by value: dynalite writes 1.500 back as 1.5
    assertEquals(new Money(new BigDecimal("12.50"), "EUR"), back.get("price", Money.class));
  }

  @Test
  void codecProviderOnTheModulePathIsDiscovered() {
    assertEquals(
        AttributeValue.s("3.00 USD"),
        CodecRegistry.defaults().encode(new Money(new BigDecimal("3.00"), "USD")));
    assertEquals(
        AttributeValue.l(AttributeValue.s("1 EUR")),
        CodecRegistry.defaults().encode(List.of(new Money(BigDecimal.ONE, "EUR"))));
  }

  @Test
  void batchWritesThenGetsWithUnprocessedKeysFedBack() {
    String big = "x".repeat(300_000);
    List<Item> items =
        IntStream.range(0, 50)
            .mapToObj(i -> Item.of("pk", "batch", "sk", i, "blob", big))
            .collect(Collectors.toList());
    for (int start = 0; start < items.size(); start += 25) {
      var response =
          db.batchWriteItem(
              BatchWriteItemRequest.builder()
                  .put(table, items.subList(start, start + 25).toArray(Item[]::new))
                  .build());
      assertTrue(response.unprocessedItems().isEmpty());
    }
    List<Key> keys =
        IntStream.range(0, 50)
            .mapToObj(i -> Key.of("pk", "batch", "sk", i))
            .collect(Collectors.toList());
    BatchGetItemRequest request =
        BatchGetItemRequest.builder()
            .table(table, KeysAndAttributes.builder().keys(keys).build())
            .build();
    Set<Integer> seen = new HashSet<>();
    int rounds = 0;
    BatchGetItemResponse response = db.batchGetItem(request);
    rounds++;
    response.items(table).forEach(i -> seen.add(i.getInt("sk")));
    assertTrue(seen.size() < 50, "dynalite caps a batch response near 1 MB; got " + seen.size());
    while (response.hasUnprocessedKeys()) {
      response =
          db.batchGetItem(
              BatchGetItemRequest.builder().requestItems(response.unprocessedKeys()).build());
      response.items(table).forEach(i -> seen.add(i.getInt("sk")));
      rounds++;
    }
    assertEquals(50, seen.size());
    assertTrue(rounds > 1);
  }

  @Test
  void batchHelpersReadAndWriteAnyNumberOfItems() {
    String big = "y".repeat(200_000);
    List<Item> items =
        IntStream.range(0, 60)
            .mapToObj(i -> Item.of("pk", "all", "sk", i, "blob", i % 2 == 0 ? big : "small"))
            .collect(Collectors.toList());
    db.batchPutAll(table, items); // 3 requests of at most 25
    List<Key> keys =
        IntStream.range(0, 70) // ten of them have no item
            .mapToObj(i -> Key.of("pk", "all", "sk", i))
            .collect(Collectors.toList());
    List<Item> found = db.batchGetAll(table, keys); // unprocessed keys asked again
    assertEquals(60, found.size());
    assertEquals(
        IntStream.range(0, 60).boxed().collect(Collectors.toSet()),
        found.stream().map(i -> i.getInt("sk")).collect(Collectors.toSet()));
  }

  @Test
  void queriesAnIndexAcrossPages() {
    for (int i = 0; i < 7; i++) {
      db.putItem(table, Item.of("pk", "g" + i, "sk", i, "group", "G"));
    }
    QueryRequest request =
        QueryRequest.builder()
            .table(table)
            .index("by-group")
            .keyCondition("#g = :g AND sk >= :from")
            .names(Map.of("#g", "group"))
            .values(Map.of(":g", "G", ":from", 2))
            .limit(2)
            .build();
    List<Integer> sks = db.queryAll(request).map(i -> i.getInt("sk")).collect(Collectors.toList());
    assertEquals(List.of(2, 3, 4, 5, 6), sks);
    assertEquals(3, db.queryPages(request).count());
  }

  @Test
  void parallelScanSegmentsCoverTheTableOnce() {
    for (int i = 0; i < 20; i++) {
      db.putItem(table, Item.of("pk", "seg" + i, "sk", i, "kind", "segment"));
    }
    List<CompletableFuture<List<Integer>>> segments = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      ScanRequest request =
          ScanRequest.builder()
              .table(table)
              .filter("kind = :k")
              .values(Map.of(":k", "segment"))
              .segment(s)
              .totalSegments(4)
              .build();
      segments.add(
          CompletableFuture.supplyAsync(
              () -> db.scanAll(request).map(i -> i.getInt("sk")).collect(Collectors.toList())));
    }
    List<Integer> all =
        segments.stream().flatMap(f -> f.join().stream()).sorted().collect(Collectors.toList());
    assertEquals(IntStream.range(0, 20).boxed().collect(Collectors.toList()), all);
  }

  @Test
  void serviceErrorsAreTyped() {
    var missing =
        assertThrows(ResourceNotFoundException.class, () -> db.describeTable("no-such-table"));
    assertEquals(400, missing.statusCode());
    assertTrue(missing.errorMessage().contains("no-such-table"), missing.errorMessage());
    assertThrows(
        ResourceInUseException.class,
        () ->
            db.createTable(
                CreateTableRequest.builder()
                    .table(table)
                    .hashKey("pk", ScalarType.S)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .build()));
    var wrongKey =
        assertThrows(ValidationException.class, () -> db.getItem(table, Key.of("pk", "only-hash")));
    assertEquals("The provided key element does not match the schema", wrongKey.errorMessage());
  }

  @Test
  void conditionsBuiltInJavaWorkOnTheServer() {
    PutItemRequest create =
        PutItemRequest.builder()
            .table(table)
            .item(Item.of("pk", "cond", "sk", 1, "user/status", "new", "size", 3))
            .condition(Condition.attributeNotExists("pk"))
            .build();
    db.putItem(create);
    assertThrows(ConditionalCheckFailedException.class, () -> db.putItem(create));
    List<Item> found =
        db.queryAll(
                QueryRequest.builder()
                    .table(table)
                    .keyCondition(Condition.eq("pk", "cond").and(Condition.between("sk", 0, 5)))
                    .filter(
                        Condition.eq("user/status", "new")
                            .and(Condition.in("size", 1, 2, 3))
                            .and(Condition.not(Condition.attributeExists("deleted"))))
                    .build())
            .collect(Collectors.toList());
    assertEquals(1, found.size());
  }

  @Test
  void asyncFailuresReachHandlersAsTheTypedException() {
    db.putItem(table, Item.of("pk", "async-fail", "sk", 1));
    PutItemRequest put =
        PutItemRequest.builder()
            .table(table)
            .item(Item.of("pk", "async-fail", "sk", 1))
            .condition(Condition.attributeNotExists("pk"))
            .build();
    Throwable seen = db.async().putItem(put).handle((r, e) -> e).join();
    assertInstanceOf(ConditionalCheckFailedException.class, seen);
    String kind =
        db.async()
            .putItem(put)
            .thenApply(r -> "put")
            .exceptionally(e -> e.getCause().getClass().getSimpleName())
            .join();
    // a stage the user chains (thenApply) wraps as CompletableFuture always does
    assertEquals("ConditionalCheckFailedException", kind);
  }

  @Test
  void missingItemIsNullNotAnError() {
    var response = db.getItem(table, Key.of("pk", "absent", "sk", 0));
    assertNull(response.item());
    assertFalse(response.find().isPresent());
  }

  @Test
  void asyncCallsRunConcurrently() {
    List<CompletableFuture<?>> puts = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      puts.add(db.async().putItem(table, Item.of("pk", "async", "sk", i)));
    }
    CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
    long count =
        db.queryAll(
                QueryRequest.builder()
                    .table(table)
                    .keyCondition("pk = :p")
                    .values(Map.of(":p", "async"))
                    .build())
            .count();
    assertEquals(32, count);
    assertInstanceOf(CompletableFuture.class, db.async().describeTable(table));
  }
}
