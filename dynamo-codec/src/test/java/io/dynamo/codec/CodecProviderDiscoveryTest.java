package io.dynamo.codec;

import static io.dynamo.codec.Rejections.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.codec.Units.Distance;
import io.dynamo.codec.Units.Percent;
import io.dynamo.codec.Units.Temperature;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Codecs from {@link io.dynamo.codec.spi.CodecProvider}s found by ServiceLoader through
 * META-INF/services, as class-path users get them. Runs in its own class-path surefire execution
 * (see pom.xml): a named module would ignore the services file for its own classes.
 */
class CodecProviderDiscoveryTest {
  private static final CodecRegistry DEFAULTS = CodecRegistry.defaults();

  @Test
  void providersListedInMetaInfServicesAreUsedByTheDefaultRegistry() {
    assertEquals(AttributeValue.s("21.5C"), DEFAULTS.encode(Temperature.of("21.5")));
    assertEquals(
        Temperature.of("21.5"), DEFAULTS.decode(AttributeValue.s("21.5C"), Temperature.class));
    assertEquals("{\"t\":{\"S\":\"-3C\"}}", Item.of("t", Temperature.of("-3")).toJson());
  }

  @Test
  void equalPrioritiesAreOrderedByClassNameNotByTheServicesFile() {
    // Beta is listed first in the services file; Alpha's name sorts first, so its codec wins
    assertEquals(AttributeValue.s("1C"), DEFAULTS.encode(Temperature.of("1")));
    for (int i = 0; i < 3; i++) {
      assertEquals(
          AttributeValue.s("1C"), CodecRegistry.builder().build().encode(Temperature.of("1")));
    }
  }

  @Test
  void aHigherPriorityProviderIsAskedFirst() {
    // Zulu (priority 10) beats Alpha (priority 0) for distances
    assertEquals(AttributeValue.n(12), DEFAULTS.encode(new Distance(12)));
  }

  @Test
  void providersAreAskedBeforeTheBuiltInCodecs() {
    // Alpha writes years as numbers; the built-in codec would write the string "2026"
    assertEquals(AttributeValue.n(2026), DEFAULTS.encode(Year.of(2026)));
    assertEquals(
        AttributeValue.s("2026"),
        CodecRegistry.builder().discoverProviders(false).build().encode(Year.of(2026)));
  }

  @Test
  void aProviderCanDecorateTheCodecItShadows() {
    // Zulu checks the range, then hands over to Beta's codec through nextCodec
    assertEquals(AttributeValue.n(50), DEFAULTS.encode(new Percent(50)));
    assertEquals(new Percent(50), DEFAULTS.decode(AttributeValue.n(50), Percent.class));
    rejects(
        InvalidAttributeValueException.class,
        "scores[1]",
        "percentage 150 is not between 0 and 100",
        () -> Item.of("scores", List.of(new Percent(1), new Percent(150))));
  }

  @Test
  void discoveredCodecsAreUsedInsideListsMapsAndItems() {
    List<Temperature> temperatures = List.of(Temperature.of("1"), Temperature.of("2.5"));
    Map<String, Distance> distances = Map.of("run", new Distance(5000));

    Item item = Item.of("temperatures", temperatures, "distances", distances);

    assertEquals(
        "{\"temperatures\":{\"L\":[{\"S\":\"1C\"},{\"S\":\"2.5C\"}]},\"distances\":{\"M\":{\"run\":{\"N\":\"5000\"}}}}",
        item.toJson());
    assertEquals(temperatures, item.getList("temperatures", Temperature.class));
    assertEquals(distances, item.getMap("distances", Distance.class));
    assertEquals(
        temperatures,
        DEFAULTS.decode(
            DEFAULTS.encode(temperatures, TypeRef.listOf(Temperature.class)),
            TypeRef.listOf(Temperature.class)));
  }

  @Test
  void explicitRegistrationsComeBeforeDiscoveredProviders() {
    CodecRegistry registry =
        CodecRegistry.builder().register(Temperature.class, Units.CELSIUS_NUMBER).build();

    assertEquals(AttributeValue.n("21.5"), registry.encode(Temperature.of("21.5")));
    assertEquals(
        AttributeValue.l(AttributeValue.n("1")), registry.encode(List.of(Temperature.of("1"))));
    assertEquals(AttributeValue.n(12), registry.encode(new Distance(12)), "still discovered");
  }

  @Test
  void withDiscoveryOffProvidedTypesAreUnsupported() {
    CodecRegistry registry = CodecRegistry.builder().discoverProviders(false).build();

    rejects(
        UnsupportedTypeException.class,
        "",
        "no codec for "
            + Temperature.class.getName()
            + "; register one with CodecRegistry.builder().register(...), or provide one with a CodecProvider",
        () -> registry.encode(Temperature.of("1")));
  }
}
