package io.dynamo.codec;

import static io.dynamo.codec.Rejections.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamo.codec.Units.Percent;
import io.dynamo.codec.Units.Temperature;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Codecs registered programmatically: ahead of the built-ins, first added first, used inside
 * collections, able to wrap what they shadow. (Discovery through ServiceLoader is in {@link
 * CodecProviderDiscoveryTest}.)
 */
class CodecRegistryLookupTest {
  /** Strings in upper case: shadows the built-in String codec. */
  private static final AttributeCodec<String> UPPER =
      AttributeCodec.of(
          s -> AttributeValue.s(s.toUpperCase(java.util.Locale.ROOT)),
          v -> ((AttributeValue.S) v).value());

  /** Trims strings, then hands them to the codec it shadows. */
  static final class TrimmingStrings implements CodecFactory {
    @Override
    public AttributeCodec<?> create(TypeRef<?> type, CodecRegistry registry) {
      if (type.rawType() != String.class) {
        return null;
      }
      AttributeCodec<String> next = registry.nextCodec(this, TypeRef.of(String.class));
      return AttributeCodec.<String>of(s -> next.encode(s.strip()), next::decode);
    }
  }

  sealed interface Shape permits Circle, Square {}

  record Circle(int radius) implements Shape {}

  record Square(int side) implements Shape {}

  @Test
  void aRegisteredCodecIsUsedInsteadOfTheBuiltIn() {
    CodecRegistry registry = CodecRegistry.builder().register(String.class, UPPER).build();

    assertEquals(AttributeValue.s("ABC"), registry.encode("abc"));
    assertEquals(AttributeValue.s("abc"), CodecRegistry.defaults().encode("abc"));
  }

  @Test
  void aRegisteredCodecIsUsedInsideListsSetsMapsAndItems() {
    CodecRegistry registry = CodecRegistry.builder().register(String.class, UPPER).build();

    assertEquals(
        AttributeValue.l(AttributeValue.s("A"), AttributeValue.s("B")),
        registry.encode(List.of("a", "b")));
    assertEquals(AttributeValue.ss("A"), registry.encode(Set.of("a")));
    assertEquals(
        AttributeValue.m(Map.of("k", AttributeValue.s("V"))), registry.encode(Map.of("k", "v")));
    assertEquals(
        "{\"name\":{\"S\":\"IVAN\"},\"tags\":{\"L\":[{\"S\":\"X\"}]}}",
        registry.item("name", "ivan", "tags", List.of("x")).toJson());
  }

  @Test
  void theFirstRegistrationForATypeWins() {
    CodecRegistry registry =
        CodecRegistry.builder()
            .register(Temperature.class, Units.CELSIUS_TEXT)
            .register(Temperature.class, Units.CELSIUS_NUMBER)
            .build();

    assertEquals(AttributeValue.s("20C"), registry.encode(Temperature.of("20")));
  }

  @Test
  void explicitlyAddedProvidersKeepTheOrderTheyWereAddedIn() {
    // priority and class name order only discovered providers; added ones are registrations
    CodecRegistry betaFirst =
        CodecRegistry.builder()
            .discoverProviders(false)
            .add(new BetaUnitsProvider())
            .add(new AlphaUnitsProvider())
            .build();
    CodecRegistry alphaFirst =
        CodecRegistry.builder()
            .discoverProviders(false)
            .add(new AlphaUnitsProvider())
            .add(new ZuluUnitsProvider())
            .build();

    assertEquals(AttributeValue.n(20), betaFirst.encode(Temperature.of("20")));
    assertEquals(AttributeValue.s("3m"), alphaFirst.encode(new Units.Distance(3)));
  }

  @Test
  void aFactoryCanWrapTheBuiltInCodecItShadows() {
    CodecRegistry registry = CodecRegistry.builder().add(new TrimmingStrings()).build();

    assertEquals(AttributeValue.s("abc"), registry.encode("  abc \n"));
    assertEquals(AttributeValue.l(AttributeValue.s("x")), registry.encode(List.of(" x ")));
    assertEquals(" kept ", registry.decode(AttributeValue.s(" kept "), String.class));
  }

  @Test
  void wrappingFactoriesStackInRegistrationOrder() {
    CodecRegistry registry =
        CodecRegistry.builder().add(new TrimmingStrings()).register(String.class, UPPER).build();

    // TrimmingStrings is asked first and wraps what comes after it: UPPER, not the built-in
    assertEquals(AttributeValue.s("ABC"), registry.encode(" abc "));
  }

  @Test
  void nextCodecFailsWhenNothingAfterTheFactoryHandlesTheType() {
    CodecRegistry registry =
        CodecRegistry.builder().discoverProviders(false).add(new ZuluUnitsProvider()).build();

    rejects(
        UnsupportedTypeException.class,
        "",
        "no codec for "
            + Percent.class.getName()
            + "; register one with CodecRegistry.builder().register(...), or provide one with a CodecProvider",
        () -> registry.encode(new Percent(5)));
  }

  @Test
  void nextCodecNeedsAFactoryOfTheSameRegistry() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CodecRegistry.defaults()
                    .nextCodec(new TrimmingStrings(), TypeRef.of(String.class)));

    assertEquals(true, e.getMessage().endsWith(" is not in this registry"));
  }

  @Test
  void valuesAreEncodedByTheCodecOfTheirNearestSupertype() {
    CodecRegistry registry =
        CodecRegistry.builder()
            .register(
                Shape.class,
                AttributeCodec.of(s -> AttributeValue.s(s.getClass().getSimpleName()), v -> null))
            .register(Square.class, AttributeCodec.of(s -> AttributeValue.n(s.side()), v -> null))
            .build();

    assertEquals(AttributeValue.s("Circle"), registry.encode(new Circle(1)));
    assertEquals(AttributeValue.n(2), registry.encode(new Square(2)));
    assertEquals(
        AttributeValue.l(AttributeValue.s("Circle"), AttributeValue.n(3)),
        registry.encode(List.of(new Circle(1), new Square(3))));
  }

  @Test
  void codecsAreMadeOncePerType() {
    CodecRegistry registry = CodecRegistry.builder().build();

    assertSame(
        registry.codec(TypeRef.listOf(String.class)), registry.codec(TypeRef.listOf(String.class)));
    assertSame(registry.codec(Integer.class), registry.codec(int.class));
  }

  @Test
  void toBuilderKeepsRegistrationsAndAddsAfterThem() {
    CodecRegistry first =
        CodecRegistry.builder().register(Temperature.class, Units.CELSIUS_TEXT).build();

    CodecRegistry second =
        first.toBuilder()
            .register(Temperature.class, Units.CELSIUS_NUMBER)
            .register(String.class, UPPER)
            .build();

    assertEquals(AttributeValue.s("1C"), second.encode(Temperature.of("1")));
    assertEquals(AttributeValue.s("A"), second.encode("a"));
  }

  @Test
  void registrationsAreForExactTypes() {
    CodecRegistry registry =
        CodecRegistry.builder()
            .register(
                TypeRef.setOf(String.class),
                AttributeCodec.of(s -> AttributeValue.n(s.size()), v -> null))
            .build();

    assertEquals(
        AttributeValue.n(2),
        registry.encode(new LinkedHashSet<>(List.of("a", "b")), TypeRef.setOf(String.class)));
    assertEquals(
        AttributeValue.l(AttributeValue.s("a")),
        registry.encode(List.of("a"), TypeRef.listOf(String.class)));
  }
}
