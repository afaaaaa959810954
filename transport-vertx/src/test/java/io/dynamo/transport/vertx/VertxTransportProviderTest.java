package io.dynamo.transport.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.api.spi.TransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VertxTransportProviderTest {

  @Test
  void isNamedVertxWithPriorityTwenty() {
    TransportProvider provider = new VertxTransportProvider();

    assertEquals("vertx", provider.name());
    assertEquals(20, provider.priority());
  }

  @Test
  void createsAVertxTransport() {
    try (Transport transport = new VertxTransportProvider().create(TransportOptions.defaults())) {
      assertInstanceOf(VertxTransport.class, transport);
      assertEquals("vertx", transport.name());
    }
  }

  @Test
  void isDeclaredInTheModuleDescriptor() {
    ModuleDescriptor descriptor = VertxTransportProvider.class.getModule().getDescriptor();

    assertEquals("io.dynamo.transport.vertx", descriptor.name());
    assertTrue(
        descriptor.provides().stream()
            .anyMatch(
                p ->
                    p.service().equals(TransportProvider.class.getName())
                        && p.providers().equals(List.of(VertxTransportProvider.class.getName()))),
        descriptor.provides().toString());
    assertTrue(
        descriptor.exports().stream()
            .allMatch(e -> e.source().equals("io.dynamo.transport.vertx") && !e.isQualified()),
        "only the API package is exported: " + descriptor.exports());
  }

  @Test
  void isDeclaredInMetaInfServicesForTheClassPath() throws IOException {
    try (InputStream in =
        VertxTransportProvider.class.getResourceAsStream(
            "/META-INF/services/io.dynamo.api.spi.TransportProvider")) {
      assertEquals(
          VertxTransportProvider.class.getName(),
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }
}
