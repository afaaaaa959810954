package io.dynamo.transport.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.Operation;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.api.spi.TransportProvider;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of a transport's {@link TransportProvider}: its name and priority, the transports it
 * makes, and its declarations for {@link java.util.ServiceLoader} in {@code module-info.java} and
 * in {@code META-INF/services} (for the class path). A transport module runs it by extending this
 * class; its tests run on the module path with no other transport, so a client built without {@code
 * .transport(...)} must find this one.
 *
 * <pre>{@code
 * class JdkTransportProviderTest extends ProviderContract {
 *   JdkTransportProviderTest() {
 *     super(new JdkTransportProvider(), "jdk", 0);
 *   }
 * }
 * }</pre>
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class ProviderContract {
  private final TransportProvider provider;
  private final String name;
  private final int priority;

  /**
   * @param provider the provider under test, made with its public no-argument constructor
   * @param name the name it must go by
   * @param priority the priority it must have (see {@link TransportProvider})
   */
  protected ProviderContract(TransportProvider provider, String name, int priority) {
    this.provider = provider;
    this.name = name;
    this.priority = priority;
  }

  @Test
  void hasItsNameAndPriority() {
    assertEquals(name, provider.name());
    assertEquals(priority, provider.priority());
  }

  @Test
  void makesTransportsOfThatName() {
    try (Transport transport = provider.create(TransportOptions.defaults())) {
      assertEquals(name, transport.name());
    }
  }

  @Test
  void isDeclaredInItsModuleDescriptorAndExportsOnlyItsApi() {
    Module module = provider.getClass().getModule();
    assertTrue(module.isNamed(), "the tests run on the module path");
    ModuleDescriptor descriptor = module.getDescriptor();
    String own = provider.getClass().getPackageName();

    assertTrue(
        descriptor.provides().stream()
            .anyMatch(
                p ->
                    p.service().equals(TransportProvider.class.getName())
                        && p.providers().equals(List.of(provider.getClass().getName()))),
        descriptor.provides().toString());
    assertTrue(
        descriptor.exports().stream().allMatch(e -> e.source().equals(own) && !e.isQualified()),
        () -> "only " + own + " is exported: " + descriptor.exports());
  }

  @Test
  void isDeclaredInMetaInfServicesForTheClassPath() throws IOException {
    try (InputStream in =
        provider
            .getClass()
            .getResourceAsStream("/META-INF/services/" + TransportProvider.class.getName())) {
      assertNotNull(in, "no META-INF/services entry");
      assertEquals(
          provider.getClass().getName(),
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  @Test
  void isFoundByAClientBuiltWithoutATransport() {
    try (StubServer stub = StubServer.start()) {
      stub.enqueue(StubResponse.dynamo("{\"TableNames\":[]}"));
      try (DynamoClient client =
          DynamoClient.builder()
              .endpoint(stub.endpoint())
              .region("us-east-1")
              .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
              .build()) {

        assertTrue(client.toString().contains("transport=" + name + "]"), client::toString);
        assertEquals("{\"TableNames\":[]}", client.apiCall(Operation.LIST_TABLES, "{}"));
        String agent = stub.lastRequest().header("User-Agent").orElseThrow();
        assertTrue(agent.contains(" transport/" + name), agent);
      }
    }
  }
}
