package io.dynamo.codec;

import static io.dynamo.codec.Rejections.rejects;
import static io.dynamo.codec.Rejections.rejectsStartingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.codec.ScalarCodecRoundTripTest.Color;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Encoding and decoding fail with the path of the value and the rule it broke. */
class CodecRejectionTest {
  private static final CodecRegistry REGISTRY = CodecRegistry.defaults();
  private static final String HOW_TO_REGISTER =
      "; register one with CodecRegistry.builder().register(...), or provide one with a"
          + " CodecProvider";

  @Test
  void unsupportedTypesSayHowToAddACodec() {
    // a requested type is named as Java source would (no java.lang.), a runtime class in full
    rejects(
        UnsupportedTypeException.class,
        "",
        "no codec for Thread" + HOW_TO_REGISTER,
        () -> REGISTRY.codec(Thread.class));
    rejects(
        UnsupportedTypeException.class,
        "",
        "no codec for Thread" + HOW_TO_REGISTER,
        () -> REGISTRY.codec(TypeRef.mapOf(TypeRef.listOf(Thread.class))));
    rejects(
        UnsupportedTypeException.class,
        "worker",
        "no codec for java.lang.Thread" + HOW_TO_REGISTER,
        () -> Item.of("worker", new Thread()));
    rejects(
        UnsupportedTypeException.class,
        "list[1]",
        "no codec for java.lang.Thread" + HOW_TO_REGISTER,
        () -> Item.of("list", List.of(1, new Thread())));
  }

  @Test
  void aPlainObjectIsUnsupportedRatherThanEncodedForever() {
    // the Object codec encodes by runtime class: for a bare Object that used to recurse forever
    rejects(
        UnsupportedTypeException.class,
        "",
        "no codec for java.lang.Object" + HOW_TO_REGISTER,
        () -> REGISTRY.encode(new Object()));
    rejects(
        UnsupportedTypeException.class,
        "m.k",
        "no codec for java.lang.Object" + HOW_TO_REGISTER,
        () -> Item.of("m", Map.of("k", new Object())));
  }

  @Test
  void anObjectThatIsOnlyIterableIsNotEncodedAsAList() {
    // a Path iterates over Paths: taken for a list it would recurse forever
    Path path = Path.of("a");
    UnsupportedTypeException e =
        rejectsStartingWith(
            UnsupportedTypeException.class, "", "no codec for ", () -> REGISTRY.encode(path));
    assertEquals("no codec for " + path.getClass().getName() + HOW_TO_REGISTER, e.problem());
  }

  @Test
  void aGenericTypeWithTooFewTypeArgumentsIsUnsupportedNotAnIndexError() {
    rejects(
        UnsupportedTypeException.class,
        "",
        "no codec for java.util.Map<String>: it has 1 type argument, 2 are needed",
        () -> REGISTRY.codec(TypeRef.parameterized(Map.class, TypeRef.of(String.class))));
  }

  @Test
  void missingAttributesAreNamed() {
    rejects(
        MissingAttributeException.class,
        "name",
        "missing attribute",
        () -> Item.of("id", 1).getString("name"));
    CodecRegistry orders =
        CodecRegistry.builder()
            .register(ItemCodecRoundTripTest.Order.class, ItemCodecRoundTripTest.ORDER)
            .build();
    rejects(
        MissingAttributeException.class,
        "orders[1].total",
        "missing attribute",
        () ->
            orders
                .item(
                    "orders",
                    List.of(
                        Map.of("id", "a", "total", 1, "tags", List.of(), "counts", Map.of()),
                        Map.of("id", "b")))
                .getList("orders", ItemCodecRoundTripTest.Order.class));
  }

  @Test
  void typeMismatchesNameWhatWasExpectedAndFound() {
    AttributeTypeException e =
        rejects(
            AttributeTypeException.class,
            "id",
            "expected N but found S",
            () -> Item.of("id", "x").getLong("id"));
    assertEquals("N", e.expected());
    assertEquals(AttributeType.S, e.actual());
    rejects(
        AttributeTypeException.class,
        "[1]",
        "expected N but found S",
        () ->
            REGISTRY.decode(
                AttributeValue.l(AttributeValue.n(1), AttributeValue.s("x")),
                TypeRef.listOf(Integer.class)));
    rejects(
        AttributeTypeException.class,
        "k",
        "expected BOOL but found N",
        () ->
            REGISTRY.decode(
                AttributeValue.m(Map.of("k", AttributeValue.n(1))), TypeRef.mapOf(Boolean.class)));
    rejects(
        AttributeTypeException.class,
        "",
        "expected SS, NS, BS or L but found M",
        () -> REGISTRY.decode(AttributeValue.m(Map.of()), TypeRef.setOf(String.class)));
    rejects(
        AttributeTypeException.class,
        "",
        "expected S but found NULL",
        () -> REGISTRY.decode(AttributeValue.nul(), AttributeValue.S.class));
    rejects(
        AttributeTypeException.class,
        "flag",
        "is NULL but a boolean was asked for; use find(name, type) for optional values",
        () -> Item.of("flag", null).getBoolean("flag"));
  }

  @Test
  void numbersThatDoNotFitTheTargetTypeAreRejected() {
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number does not fit in an int (whole numbers -2147483648 to 2147483647)",
        () -> REGISTRY.decode(AttributeValue.n(3_000_000_000L), Integer.class));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number does not fit in a long (whole numbers -9223372036854775808 to 9223372036854775807)",
        () -> REGISTRY.decode(AttributeValue.n("1.5"), Long.class));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number does not fit in a byte (whole numbers -128 to 127)",
        () -> REGISTRY.decode(AttributeValue.n(128), Byte.class));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "number has a fraction and cannot be read as a BigInteger",
        () -> REGISTRY.decode(AttributeValue.n("1.5"), BigInteger.class));
    rejects(
        InvalidAttributeValueException.class,
        "n",
        "number is too large; DynamoDB numbers must be below 1E+126 in magnitude",
        () -> Item.of("n", new BigDecimal("1E+126")));
  }

  @Test
  void textThatDoesNotParseIsRejected() {
    rejects(
        InvalidAttributeValueException.class,
        "",
        "string of length 2 cannot be read as a single character",
        () -> REGISTRY.decode(AttributeValue.s("ab"), Character.class));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "'PURPLE' is not a constant of "
            + Color.class.getName()
            + "; expected one of [RED, GREEN, BLUE]",
        () -> REGISTRY.decode(AttributeValue.s("PURPLE"), Color.class));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "a string of 4 characters is not a UUID",
        () -> REGISTRY.decode(AttributeValue.s("nope"), UUID.class));
    rejects(
        InvalidAttributeValueException.class,
        "",
        "a string of 3 characters is not a URI (Illegal character in path)",
        () -> REGISTRY.decode(AttributeValue.s("a b"), URI.class));
    rejects(
        InvalidAttributeValueException.class,
        "born",
        "a string of 10 characters is not a date such as 2026-11-25",
        () -> Item.of("born", "2026-13-01").get("born", LocalDate.class));
  }

  @Test
  void mapKeysMustBeStrings() {
    rejects(
        InvalidAttributeValueException.class,
        "m",
        "map key of type java.lang.Integer is not a string; DynamoDB maps (M) have string keys",
        () -> Item.of("m", Map.of(1, "x")));
    rejects(
        UnsupportedTypeException.class,
        "",
        "no codec for java.util.Map<Integer, String>; DynamoDB maps (M) have string keys, so use Map<String, V>",
        () ->
            REGISTRY.codec(
                TypeRef.parameterized(
                    Map.class, TypeRef.of(Integer.class), TypeRef.of(String.class))));
  }

  @Test
  void setsMustBeNonEmptyAndOfOneScalarType() {
    String mixed =
        "; a set is stored as SS, NS or BS, so all its members must be strings, all numbers or all binaries (use a List for anything else)";
    rejects(
        InvalidAttributeValueException.class,
        "tags",
        "empty set; DynamoDB does not store empty sets (omit the attribute instead)",
        () -> Item.of("tags", Set.of()));
    rejects(
        InvalidAttributeValueException.class,
        "s[1]",
        "set member encodes to N but the first member to S" + mixed,
        () -> Item.of("s", new LinkedHashSet<>(List.of("a", 1))));
    rejects(
        InvalidAttributeValueException.class,
        "s[0]",
        "set member encodes to BOOL" + mixed,
        () -> Item.of("s", Set.of(true)));
    rejects(
        InvalidAttributeValueException.class,
        "s[1]",
        "set member encodes to NULL" + mixed,
        () -> Item.of("s", new LinkedHashSet<>(java.util.Arrays.asList("a", null))));
    rejects(
        InvalidAttributeValueException.class,
        "s[1]",
        "member equals an earlier one in a number set (NS); set members must be distinct",
        () ->
            Item.of(
                "s", new LinkedHashSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1.00")))));
  }

  @Test
  void collectionsThatCannotBeCreatedAreNamed() {
    rejects(
        UnsupportedTypeException.class,
        "",
        "cannot create a java.util.ArrayDeque to decode into; ask for List, Set, Map, Collection or one of their common implementations (ArrayList, LinkedList, LinkedHashSet, TreeSet, LinkedHashMap, TreeMap)",
        () ->
            REGISTRY.decode(
                AttributeValue.l(),
                TypeRef.parameterized(ArrayDeque.class, TypeRef.of(String.class))));
  }
}
