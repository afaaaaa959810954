package io.dynamo.transport.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.StubServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Without a proxy in its options the transport does what the JVM's default {@link
 * java.net.ProxySelector} says, as transport-jdk and transport-apache do: here, through the {@code
 * http.proxyHost} system properties (set for each test and restored after it).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DefaultProxyTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final List<String> PROPERTIES =
      List.of("http.proxyHost", "http.proxyPort", "http.nonProxyHosts");

  private final StubServer stub = StubServer.start();
  private final AnsweringProxy proxy = AnsweringProxy.start();
  private final Map<String, String> saved = new java.util.HashMap<>();

  @BeforeEach
  void saveProperties() {
    for (String name : PROPERTIES) {
      saved.put(name, System.getProperty(name));
    }
  }

  @AfterEach
  void restorePropertiesAndStop() throws Exception {
    for (String name : PROPERTIES) {
      if (saved.get(name) == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, saved.get(name));
      }
    }
    proxy.close();
    stub.close();
  }

  private static HttpRequest post(URI uri) {
    return HttpRequest.of("POST", uri, List.of(), "{}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void forwardsThroughTheProxyTheSystemPropertiesName() {
    System.setProperty("http.proxyHost", "127.0.0.1");
    System.setProperty("http.proxyPort", Integer.toString(proxy.port()));
    System.setProperty("http.nonProxyHosts", "bypassed.invalid");
    // The JDK's selector never proxies loopback addresses; the proxy answers for any host.
    URI uri = URI.create("http://dynamo.example.invalid:" + stub.port() + "/ru-central1/b1g/etn");

    try (VertxTransport transport = VertxTransport.create(TransportOptions.defaults())) {
      HttpResponse response = transport.execute(post(uri), TIMEOUT);

      assertEquals(AnsweringProxy.BODY, new String(response.body(), StandardCharsets.UTF_8));
    }
    assertEquals(List.of("POST " + uri + " HTTP/1.1"), proxy.requestLines());
    assertEquals(0, stub.requestCount());
  }

  @Test
  void goesDirectlyWhereTheSelectorSaysDirect() {
    System.setProperty("http.proxyHost", "127.0.0.1");
    System.setProperty("http.proxyPort", Integer.toString(proxy.port()));
    System.setProperty("http.nonProxyHosts", "bypassed.invalid"); // loopback goes direct anyway

    try (VertxTransport transport = VertxTransport.create(TransportOptions.defaults())) {
      assertEquals(200, transport.execute(post(stub.endpoint()), TIMEOUT).statusCode());
    }
    assertEquals(List.of(), proxy.requestLines());
    assertEquals(1, stub.requestCount());
  }
}
