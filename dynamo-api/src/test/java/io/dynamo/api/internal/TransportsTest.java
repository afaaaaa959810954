package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.api.spi.TransportProvider;
import io.dynamo.codec.DynamoException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportsTest {
  private static TransportProvider provider(String name, int priority) {
    return new TransportProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int priority() {
        return priority;
      }

      @Override
      public Transport create(TransportOptions options) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private final List<TransportProvider> three =
      List.of(provider("jdk", 0), provider("vertx", 5), provider("apache", 5));

  @Test
  void noProviderNamesTheArtifactsToAdd() {
    DynamoException e =
        assertThrows(DynamoException.class, () -> Transports.choose(List.of(), null));
    assertTrue(
        e.getMessage().startsWith("No transport found. Add io.dynamo:transport-jdk"),
        e.getMessage());
    assertTrue(e.getMessage().contains("builder().transport("), e.getMessage());
  }

  @Test
  void highestPriorityWinsAndTiesGoByName() {
    assertEquals("apache", Transports.choose(three, null).name());
    assertEquals("apache", Transports.choose(three, "  ").name());
  }

  @Test
  void theSystemPropertyPicksByNameIgnoringCase() {
    assertEquals("jdk", Transports.choose(three, "JDK").name());
    DynamoException e =
        assertThrows(DynamoException.class, () -> Transports.choose(three, "okhttp"));
    assertTrue(e.getMessage().contains("No transport named 'okhttp'"), e.getMessage());
    assertTrue(e.getMessage().contains("[jdk, vertx, apache]"), e.getMessage());
  }

  @Test
  void discoveryFindsNothingInThisModule() {
    assertEquals(List.of(), Transports.discover());
  }
}
