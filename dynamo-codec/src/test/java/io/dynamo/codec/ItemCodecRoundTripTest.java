package io.dynamo.codec;

import static io.dynamo.codec.Generators.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.dynamo.codec.ScalarCodecRoundTripTest.Color;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Records mapped by {@link ItemCodec}s round-trip alone, as items, and inside lists and maps. */
class ItemCodecRoundTripTest {
  record Order(
      String id,
      BigDecimal total,
      List<String> tags,
      Optional<Instant> shippedAt,
      Map<String, Integer> counts,
      Color color) {}

  static final ItemCodec<Order> ORDER =
      ItemCodec.of(
          (o, w) ->
              w.string("id", o.id())
                  .number("total", o.total())
                  .value("tags", o.tags(), TypeRef.listOf(String.class))
                  .value("shippedAt", o.shippedAt().orElse(null))
                  .value("counts", o.counts(), TypeRef.mapOf(Integer.class))
                  .value("color", o.color()),
          r ->
              new Order(
                  r.getString("id"),
                  r.getBigDecimal("total"),
                  r.getList("tags", String.class),
                  r.find("shippedAt", Instant.class),
                  r.getMap("counts", Integer.class),
                  r.find("color", Color.class).orElse(null)));

  private static final CodecRegistry REGISTRY =
      CodecRegistry.builder().register(Order.class, ORDER).build();

  @Test
  void recordsRoundTripThroughTheirItems() {
    qt().withExamples(EXAMPLES)
        .forAll(orders())
        .checkAssert(
            o -> {
              assertEquals(o, ORDER.fromItem(ORDER.toItem(o)));
              assertEquals(o, ORDER.fromItem(DynamoJson.readItem(ORDER.toItem(o).toJson())));
            });
  }

  @Test
  void recordsRoundTripAsAttributeValues() {
    CodecLaws.roundTrips(REGISTRY, TypeRef.of(Order.class), orders());
  }

  @Test
  void listsOfRecordsRoundTrip() {
    CodecLaws.roundTrips(
        REGISTRY, TypeRef.listOf(Order.class), lists().of(orders()).ofSizeBetween(0, 4));
  }

  @Test
  void mapsOfRecordsRoundTrip() {
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.mapOf(Order.class),
        lists()
            .of(orders())
            .ofSizeBetween(0, 4)
            .map(
                l -> {
                  Map<String, Order> byId = new LinkedHashMap<>();
                  l.forEach(o -> byId.put(o.id(), o));
                  return byId;
                }));
  }

  @Test
  void recordsAreFoundByRuntimeClassInsideItems() {
    Order order =
        new Order("o-1", new BigDecimal("9.90"), List.of("a"), Optional.empty(), Map.of(), null);

    Item item = REGISTRY.item("order", order, "orders", List.of(order, order));

    assertEquals(order, item.get("order", Order.class));
    assertEquals(List.of(order, order), item.getList("orders", Order.class));
    assertEquals(
        "{\"id\":{\"S\":\"o-1\"},\"total\":{\"N\":\"9.90\"},\"tags\":{\"L\":[{\"S\":\"a\"}]},"
            + "\"counts\":{\"M\":{}}}",
        DynamoJson.writeItem(((AttributeValue.M) item.get("order")).values()));
  }

  static Gen<Order> orders() {
    return in ->
        new Order(
            "o-" + Generators.strings().generate(in),
            JavaGenerators.bigDecimals().generate(in),
            lists().of(Generators.strings()).ofSizeBetween(0, 3).generate(in),
            longRange(0, 4_000_000_000L)
                .map(s -> Instant.ofEpochSecond(s, 123))
                .toOptionals(30)
                .generate(in),
            counts(in),
            Generators.orNull(enumValues(Color.class)).generate(in));
  }

  private static Map<String, Integer> counts(org.quicktheories.core.RandomnessSource in) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int size = range(0, 3).generate(in);
    for (int i = 0; i < size; i++) {
      counts.put(Generators.strings().generate(in), integers().all().generate(in));
    }
    return counts;
  }
}
