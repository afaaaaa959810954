package io.dynamo.api.internal;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.api.spi.TransportProvider;
import io.dynamo.codec.DynamoException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Chooses the transport: by the system property, else the discovered provider ranked first. */
public final class Transports {
  /** The system property naming the transport provider to use. */
  public static final String PROPERTY = "io.dynamo.transport";

  private Transports() {}

  /** A new transport from the provider chosen by {@code io.dynamo.transport} or by priority. */
  public static Transport create(TransportOptions options) {
    return choose(discover(), System.getProperty(PROPERTY)).create(options);
  }

  static List<TransportProvider> discover() {
    List<TransportProvider> providers = new ArrayList<>();
    try {
      for (TransportProvider p : ServiceLoader.load(TransportProvider.class)) {
        providers.add(p);
      }
    } catch (ServiceConfigurationError e) {
      throw new DynamoException("a TransportProvider could not be loaded: " + e.getMessage(), e);
    }
    return providers;
  }

  /** The provider named {@code wanted}, or the one with the highest priority (ties by name). */
  static TransportProvider choose(List<TransportProvider> providers, String wanted) {
    if (providers.isEmpty()) {
      throw new DynamoException(
          "No transport found. Add io.dynamo:transport-jdk (or transport-apache, or transport-vertx)"
              + " to your dependencies, or call DynamoClient.builder().transport(...)");
    }
    if (wanted != null && !wanted.isBlank()) {
      List<String> names = new ArrayList<>();
      for (TransportProvider p : providers) {
        if (p.name().equalsIgnoreCase(wanted.trim())) {
          return p;
        }
        names.add(p.name());
      }
      throw new DynamoException(
          "No transport named '"
              + wanted
              + "' (system property "
              + PROPERTY
              + "); found: "
              + names
              + ". Add the matching io.dynamo:transport-"
              + wanted.trim()
              + " artifact or change the property");
    }
    return providers.stream()
        .sorted(
            Comparator.comparingInt(TransportProvider::priority)
                .reversed()
                .thenComparing(TransportProvider::name))
        .findFirst()
        .orElseThrow();
  }
}
