package io.dynamo.transport.apache;

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

class ApacheTransportProviderTest {

  @Test
  void isNamedApacheWithPriorityTen() {
    TransportProvider provider = new ApacheTransportProvider();

    assertEquals("apache", provider.name());
    assertEquals(10, provider.priority(), "between jdk (0) and vertx (20)");
  }

  @Test
  void createsAnApacheTransportWithTheOptions() {
    TransportOptions options = TransportOptions.defaults().withMaxConnections(3);
    try (Transport transport = new ApacheTransportProvider().create(options)) {
      assertInstanceOf(ApacheTransport.class, transport);
      assertEquals("apache", transport.name());
      assertTrue(transport.toString().contains("maxConnections=3"), transport.toString());
    }
  }

  @Test
  void isDeclaredInTheModuleDescriptor() {
    ModuleDescriptor descriptor = ApacheTransportProvider.class.getModule().getDescriptor();

    assertEquals("io.dynamo.transport.apache", descriptor.name());
    assertTrue(
        descriptor.provides().stream()
            .anyMatch(
                p ->
                    p.service().equals(TransportProvider.class.getName())
                        && p.providers().equals(List.of(ApacheTransportProvider.class.getName()))),
        descriptor.provides().toString());
  }

  @Test
  void isDeclaredInMetaInfServicesForTheClassPath() throws IOException {
    try (InputStream in =
        ApacheTransportProvider.class.getResourceAsStream(
            "/META-INF/services/io.dynamo.api.spi.TransportProvider")) {
      assertEquals(
          ApacheTransportProvider.class.getName(),
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }
}
