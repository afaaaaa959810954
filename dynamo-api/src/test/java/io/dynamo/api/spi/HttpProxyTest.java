package io.dynamo.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpProxyTest {

  @Test
  void bypassesHostsAsTheJvmsNonProxyHostsDo() {
    HttpProxy proxy =
        HttpProxy.of("proxy.example", 3128).bypassing("localhost", "*.internal.example", "10.*");

    assertTrue(proxy.bypasses("localhost"));
    assertTrue(proxy.bypasses("LOCALHOST"));
    assertTrue(proxy.bypasses("db.internal.example"));
    assertTrue(proxy.bypasses("10.1.2.3"));
    assertFalse(proxy.bypasses("internal.example.com"));
    assertFalse(proxy.bypasses("dynamodb.eu-west-1.amazonaws.com"));
    assertFalse(proxy.bypasses(null));
    assertTrue(HttpProxy.of("p", 1).bypassing("*").bypasses("anything"));
    assertTrue(HttpProxy.of("p", 1).bypassing("::1").bypasses("[::1]"));
  }

  @Test
  void neverShowsItsPassword() {
    HttpProxy proxy = HttpProxy.of("proxy.example", 3128).withCredentials("svc", "s3cret!");

    assertEquals("HttpProxy[proxy.example:3128, user=svc, password=****]", proxy.toString());
    assertFalse(TransportOptions.defaults().withProxy(proxy).toString().contains("s3cret"));
    assertTrue(proxy.hasCredentials());
    assertEquals("Basic c3ZjOnMzY3JldCE=", proxy.basicAuthorization());
    assertEquals("", HttpProxy.of("p", 1).basicAuthorization());
  }

  @Test
  void refusesWhatCannotBeAProxyWithMessagesThatSayWhy() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> HttpProxy.of("http://proxy", 80))
            .getMessage()
            .contains("bare host name"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> HttpProxy.of("proxy", 0))
            .getMessage()
            .contains("1 to 65535"));
    assertThrows(
        IllegalArgumentException.class, () -> new HttpProxy("p", 1, "user", null, List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> HttpProxy.of("p", 1).withCredentials("a:b", "pw"));
    assertThrows(
        IllegalArgumentException.class, () -> HttpProxy.of("p", 1).withCredentials("a", "p\nw"));
    assertThrows(IllegalArgumentException.class, () -> HttpProxy.of("p", 1).bypassing("a*b"));
    assertThrows(IllegalArgumentException.class, () -> HttpProxy.of("p", 1).bypassing(" "));
  }

  @Test
  void transportOptionsChangeOneThingAtATimeAndCheckTheCap() {
    TransportOptions options =
        TransportOptions.defaults()
            .withConnectTimeout(Duration.ofSeconds(1))
            .withMaxConnections(7)
            .withMaxResponseBytes(1024);

    assertEquals(Duration.ofSeconds(1), options.connectTimeout());
    assertEquals(7, options.maxConnections());
    assertEquals(1024, options.maxResponseBytes());
    assertEquals(null, options.proxy());
    assertEquals(64L * 1024 * 1024, TransportOptions.defaults().maxResponseBytes());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> options.withMaxResponseBytes(0))
            .getMessage()
            .contains("maxResponseBytes"));
    assertThrows(
        IllegalArgumentException.class,
        () -> options.withMaxResponseBytes(TransportOptions.MAX_RESPONSE_BYTES_LIMIT + 1));
  }
}
