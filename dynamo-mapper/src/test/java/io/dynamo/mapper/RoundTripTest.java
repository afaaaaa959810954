package io.dynamo.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.Table;
import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.InvalidAttributeValueException;
import io.dynamo.codec.Item;
import io.dynamo.codec.MissingAttributeException;
import io.dynamo.mapper.samples.Address;
import io.dynamo.mapper.samples.Everything;
import io.dynamo.mapper.samples.EverythingSchema;
import io.dynamo.mapper.samples.Money;
import io.dynamo.mapper.samples.Order;
import io.dynamo.mapper.samples.Tree;
import io.dynamo.mapper.samples.TreeSchema;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every supported component type, written by the generated codec and read back, via dynalite. */
@ExtendWith(DynaliteExtension.class)
class RoundTripTest {
  static final CodecRegistry REGISTRY =
      CodecRegistry.builder()
          .register(Money.class, AttributeCodec.ofString(Money::toString, Money::parse))
          .build();

  private static DynamoClient db;
  private static Table<Everything> everything;
  private static Table<Tree> trees;

  @BeforeAll
  static void createTables(Dynalite dynalite) {
    db =
        DynamoClient.builder()
            .endpoint(dynalite.endpoint())
            .credentials(MappedTableTest.CREDENTIALS)
            .codecs(REGISTRY)
            .build();
    TableSchema<Everything> e =
        EverythingSchema.SCHEMA.withTableName(Dynalite.uniqueName("everything"));
    TableSchema<Tree> t = TreeSchema.SCHEMA.withTableName(Dynalite.uniqueName("trees"));
    db.createTable(e.createTable().build());
    db.createTable(t.createTable().build());
    db.waitUntilTableActive(e.tableName(), java.time.Duration.ofSeconds(30));
    db.waitUntilTableActive(t.tableName(), java.time.Duration.ofSeconds(30));
    everything = e.table(db);
    trees = t.table(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static Address address(String city) {
    return new Address("1 Main St", city, Optional.of("12345"), List.of("floor 2", "left"));
  }

  static Everything full(String id) {
    return new Everything(
        id,
        7L,
        42,
        1L << 40,
        (short) 7,
        (byte) -3,
        1.25,
        2.5f,
        true,
        'x',
        43,
        44L,
        0.5,
        Boolean.FALSE,
        new BigDecimal("123.45"),
        new BigInteger("123456789012345678901234567890"),
        Bytes.of("bytes".getBytes(StandardCharsets.UTF_8)),
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        URI.create("https://example.com/a?b=c"),
        Instant.parse("2026-12-03T10:15:30.123456789Z"),
        LocalDate.of(2026, 12, 3),
        LocalDateTime.of(2026, 12, 3, 10, 15, 30),
        LocalTime.of(10, 15),
        Duration.ofMinutes(15),
        Year.of(2026),
        YearMonth.of(2026, 12),
        Order.Status.PAID,
        Optional.of("Ivo"),
        Optional.of(40),
        Optional.of(address("Home")),
        List.of("a", "b"),
        List.of(1, 2, 3),
        Set.of("x", "y"),
        Set.of(1, 2),
        new TreeSet<>(Set.of("m", "n")),
        Set.of(Bytes.of(new byte[] {1}), Bytes.of(new byte[] {2})),
        Map.of("one", 1, "two", 2),
        Map.of("g", List.of("p", "q")),
        address("Paris"),
        List.of(address("Rome"), address("Oslo")),
        Map.of("work", address("Bern")),
        List.of(List.of(address("Lima")), List.of()),
        new Money(new BigDecimal("9.99"), "EUR"),
        new Money(new BigDecimal("100.5"), "USD"),
        List.of(new Money(BigDecimal.ONE, "GBP")),
        AttributeValue.bool(true),
        "web",
        "a note",
        Set.of("only"));
  }

  static Everything sparse(String id) {
    return new Everything(
        id,
        1L,
        0,
        0L,
        (short) 0,
        (byte) 0,
        0.0,
        0f,
        false,
        'a',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        null,
        null,
        Set.of(),
        Set.of(),
        new TreeSet<>(),
        Set.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Set.of());
  }

  @Test
  void everySupportedTypeRoundTrips() {
    Everything e = full("full");
    everything.put(e);
    assertEquals(e, everything.get(EverythingSchema.key("full", 7L)));
    Item raw = db.getItem(everything.name(), EverythingSchema.key("full", 7L)).item();
    assertEquals("12345", raw.get("home", Item.class).getString("zip"));
    assertEquals(new BigDecimal("9.99"), raw.get("price", Item.class).getBigDecimal("amount"));
    assertEquals("100.5 USD", raw.getString("balance"));
    assertEquals("web", raw.getString("meta/source"));
  }

  @Test
  void absentValuesAndEmptySetsFollowTheNullPolicy() {
    Everything e = sparse("sparse");
    everything.put(e);
    Item raw = db.getItem(everything.name(), EverythingSchema.key("sparse", 1L)).item();
    assertFalse(raw.has("tags"), "an empty set is left out: " + raw);
    assertFalse(raw.has("nickname"), "an empty Optional is left out");
    assertFalse(raw.has("decimal"), "a null is left out");
    assertEquals(AttributeValue.nul(), raw.get("note"), "STORE_NULL stores NULL");
    assertEquals(e, everything.get(EverythingSchema.key("sparse", 1L)));
    // an attribute-level policy also applies to updates: the note is set to NULL, not removed
    everything.update(EverythingSchema.key("sparse", 1L), EverythingSchema.NOTE.set(null));
    assertEquals(
        AttributeValue.nul(),
        db.getItem(everything.name(), EverythingSchema.key("sparse", 1L)).item().get("note"));
  }

  @Test
  void aRecordThatHoldsItselfRoundTrips() {
    Tree tree =
        new Tree(
            "root",
            List.of(new Tree("a", List.of(new Tree("a1", List.of()))), new Tree("b", null)));
    trees.put(tree);
    assertEquals(tree, trees.get(TreeSchema.key("root")));
  }

  @Test
  void theCodecWorksWithoutAClientToo() {
    Everything e = full("offline");
    Item item = EverythingSchema.CODEC.using(REGISTRY).toItem(e);
    assertEquals(e, EverythingSchema.CODEC.using(REGISTRY).fromItem(item));
    assertEquals(
        "{\"street\":{\"S\":\"1 Main St\"},\"city\":{\"S\":\"Paris\"},\"zip\":{\"S\":\"12345\"},"
            + "\"lines\":{\"L\":[{\"S\":\"floor 2\"},{\"S\":\"left\"}]}}",
        item.get("address", Item.class).toString());
  }

  @Test
  void readingAMissingRequiredValueOrAKeyNamesTheAttribute() {
    MissingAttributeException missing =
        assertThrows(
            MissingAttributeException.class,
            () -> EverythingSchema.CODEC.fromItem(Item.of("id", "x", "version", 1)));
    assertTrue(missing.getMessage().startsWith("i"), missing.getMessage());
    InvalidAttributeValueException nullKey =
        assertThrows(
            InvalidAttributeValueException.class,
            () ->
                io.dynamo.mapper.samples.OrderSchema.CODEC.toItem(
                    new Order(null, Instant.EPOCH, null, null, Set.of(), null, null)));
    assertTrue(nullKey.getMessage().contains("id"), nullKey.getMessage());
    assertThrows(
        io.dynamo.codec.AttributeTypeException.class,
        () ->
            io.dynamo.mapper.samples.OrderSchema.CODEC.fromItem(
                Item.of("id", "o", "createdAt", "2026-01-01T00:00:00Z", "tags", 3)));
  }
}
