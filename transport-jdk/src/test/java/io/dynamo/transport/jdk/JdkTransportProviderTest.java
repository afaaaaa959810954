package io.dynamo.transport.jdk;

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

class JdkTransportProviderTest {

  @Test
  void isNamedJdkWithPriorityZero() {
    TransportProvider provider = new JdkTransportProvider();

    assertEquals("jdk", provider.name());
    assertEquals(0, provider.priority());
  }

  @Test
  void createsAJdkTransport() {
    try (Transport transport = new JdkTransportProvider().create(TransportOptions.defaults())) {
      assertInstanceOf(JdkTransport.class, transport);
      assertEquals("jdk", transport.name());
    }
  }

  @Test
  void isDeclaredInTheModuleDescriptor() {
    ModuleDescriptor descriptor = JdkTransportProvider.class.getModule().getDescriptor();

    assertTrue(
        descriptor.provides().stream()
            .anyMatch(
                p ->
                    p.service().equals(TransportProvider.class.getName())
                        && p.providers().equals(List.of(JdkTransportProvider.class.getName()))),
        descriptor.provides().toString());
  }

  @Test
  void isDeclaredInMetaInfServicesForTheClassPath() throws IOException {
    try (InputStream in =
        JdkTransportProvider.class.getResourceAsStream(
            "/META-INF/services/io.dynamo.api.spi.TransportProvider")) {
      assertEquals(
          JdkTransportProvider.class.getName(),
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }
}
