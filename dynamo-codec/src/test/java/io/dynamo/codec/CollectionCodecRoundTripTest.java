package io.dynamo.codec;

import static io.dynamo.codec.Generators.orNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The law for Optional, lists, collections, sets, string-keyed maps and their nestings. */
class CollectionCodecRoundTripTest {
  private static final CodecRegistry REGISTRY = CodecRegistry.defaults();

  @Test
  void optionalsRoundTripEmptyIncluded() {
    CodecLaws.roundTrips(
        REGISTRY, TypeRef.optionalOf(String.class), Generators.strings().toOptionals(20));
  }

  @Test
  void listsRoundTripInOrderWithNulls() {
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.listOf(Integer.class),
        lists().of(orNull(integers().all())).ofSizeBetween(0, 8));
  }

  @Test
  void collectionsRoundTripAsLists() {
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.collectionOf(TypeRef.of(Long.class)),
        lists()
            .of(longRange(Long.MIN_VALUE, Long.MAX_VALUE))
            .ofSizeBetween(0, 8)
            .map(l -> (Collection<Long>) l));
  }

  @Test
  void stringSetsRoundTripInInsertionOrder() {
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.setOf(String.class),
        sets(Generators.strings(), s -> s),
        CollectionCodecRoundTripTest::sameOrder);
  }

  @Test
  void intSetsRoundTrip() {
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.setOf(Integer.class),
        sets(integers().all(), i -> i),
        CollectionCodecRoundTripTest::sameOrder);
  }

  @Test
  void longSetsRoundTrip() {
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.setOf(Long.class),
        sets(longRange(Long.MIN_VALUE, Long.MAX_VALUE), l -> l),
        CollectionCodecRoundTripTest::sameOrder);
  }

  @Test
  void doubleSetsRoundTrip() {
    // 0.0 and -0.0 are different Doubles but the same DynamoDB number: one of them per set
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.setOf(Double.class),
        sets(JavaGenerators.doubles(), d -> Generators.numericKey(Double.toString(d))),
        CollectionCodecRoundTripTest::sameOrder);
  }

  @Test
  void bigDecimalSetsRoundTripWithTheirScales() {
    // 1.0 and 1.00 are different BigDecimals but the same DynamoDB number: one of them per set
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.setOf(BigDecimal.class),
        sets(JavaGenerators.bigDecimals(), d -> Generators.numericKey(d.toString())),
        CollectionCodecRoundTripTest::sameOrder);
  }

  @Test
  void bigIntegerSetsRoundTrip() {
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.setOf(BigInteger.class),
        sets(JavaGenerators.bigIntegers(), i -> i),
        CollectionCodecRoundTripTest::sameOrder);
  }

  @Test
  void bytesSetsRoundTrip() {
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.setOf(Bytes.class),
        sets(Generators.bytes(), b -> b),
        CollectionCodecRoundTripTest::sameOrder);
  }

  @Test
  void byteBufferSetsRoundTrip() {
    CodecLaws.roundTrips(
        REGISTRY,
        TypeRef.setOf(ByteBuffer.class),
        sets(Generators.bytes().map(b -> b.asByteBuffer()), b -> b),
        CollectionCodecRoundTripTest::sameOrder);
  }

  @Test
  void mapsRoundTripWithNullValues() {
    CodecLaws.roundTrips(REGISTRY, TypeRef.mapOf(Integer.class), maps(orNull(integers().all())));
  }

  @Test
  void nestedGenericsRoundTrip() {
    TypeRef<Map<String, List<Optional<Integer>>>> type =
        TypeRef.mapOf(TypeRef.listOf(TypeRef.optionalOf(Integer.class)));
    Gen<List<Optional<Integer>>> lists =
        lists().of(integers().all().toOptionals(25)).ofSizeBetween(0, 4);

    CodecLaws.roundTrips(REGISTRY, type, maps(lists));
  }

  @Test
  void listsOfMapsOfSetsRoundTrip() {
    TypeRef<List<Map<String, Set<String>>>> type =
        TypeRef.listOf(TypeRef.mapOf(TypeRef.setOf(String.class)));
    Gen<List<Map<String, Set<String>>>> values =
        lists().of(maps(sets(Generators.strings(), s -> s))).ofSizeBetween(0, 3);

    CodecLaws.roundTrips(REGISTRY, type, values);
  }

  @Test
  void attributeValuesRoundTripAsThemselves() {
    CodecLaws.roundTrips(REGISTRY, TypeRef.of(AttributeValue.class), Generators.values());
  }

  @Test
  void itemsRoundTrip() {
    // an Item encodes to an M, one level deeper than its attributes
    CodecLaws.roundTrips(
        REGISTRY, TypeRef.of(Item.class), Generators.items(31).map(m -> Item.from(m)));
  }

  @Test
  void keysRoundTrip() {
    CodecLaws.roundTrips(REGISTRY, TypeRef.of(Key.class), keys());
  }

  @Test
  void plainJavaValuesRoundTripThroughObject() {
    // Object decodes to String, BigDecimal, Bytes, Boolean, null, sets, lists and maps
    CodecLaws.roundTrips(
        REGISTRY, TypeRef.of(Object.class), Generators.values().map(v -> REGISTRY.decode(v)));
  }

  @Test
  void aDeclaredIterableIsWrittenAsAList() {
    Iterable<String> letters = () -> List.of("a", "b").iterator();
    TypeRef<Iterable<String>> type =
        TypeRef.parameterized(Iterable.class, TypeRef.of(String.class));

    AttributeValue encoded = REGISTRY.encode(letters, type);

    assertEquals(AttributeValue.l(AttributeValue.s("a"), AttributeValue.s("b")), encoded);
    assertEquals(List.of("a", "b"), REGISTRY.decode(encoded, type));
  }

  private static <T, K> Gen<Set<T>> sets(Gen<T> members, Function<T, K> identity) {
    return lists()
        .of(members)
        .ofSizeBetween(1, 6)
        .map(l -> (Set<T>) new LinkedHashSet<>(Generators.distinctBy(l, identity)));
  }

  private static <V> Gen<Map<String, V>> maps(Gen<V> values) {
    return in -> {
      Map<String, V> map = new LinkedHashMap<>();
      int size = range(0, 5).generate(in);
      for (int i = 0; i < size; i++) {
        map.put(Generators.strings().generate(in), values.generate(in));
      }
      return map;
    };
  }

  private static Gen<Key> keys() {
    Gen<AttributeValue> keyValues =
        in -> {
          switch (range(0, 2).generate(in)) {
            case 0:
              return AttributeValue.s("k" + Generators.strings().generate(in));
            case 1:
              return AttributeValue.n(Generators.numbers().generate(in));
            default:
              return AttributeValue.b(nonEmpty(Generators.bytes().generate(in)));
          }
        };
    return in -> {
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      key.put("pk" + Generators.strings().generate(in), keyValues.generate(in));
      if (range(0, 1).generate(in) == 1) {
        key.put("sk" + Generators.strings().generate(in), keyValues.generate(in));
      }
      return Key.from(key);
    };
  }

  private static Bytes nonEmpty(Bytes b) {
    return b.isEmpty() ? Bytes.of(new byte[] {0}) : b;
  }

  /** Equal sets, iterated in the same order. */
  private static <T> boolean sameOrder(Set<T> a, Set<T> b) {
    return a.equals(b) && new ArrayList<>(a).equals(new ArrayList<>(b));
  }
}
