package io.dynamo.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the contract does not cover: this transport's threads, arguments and description. */
class JdkTransportTest {
  private final StubServer stub = StubServer.start();
  private final JdkTransport transport = JdkTransport.create();

  @AfterEach
  void close() {
    transport.close();
    stub.close();
  }

  private HttpRequest request() {
    return HttpRequest.of("POST", stub.endpoint(), List.of(), new byte[] {'{', '}'});
  }

  @Test
  void completesAsyncCallsOnItsOwnNamedDaemonThreads() throws Exception {
    stub.enqueue(StubResponse.dynamo("{}").delayed(Duration.ofMillis(200)));

    Thread thread =
        transport
            .executeAsync(request(), Duration.ofSeconds(10))
            .thenApply(response -> Thread.currentThread())
            .get(10, TimeUnit.SECONDS);

    assertTrue(thread.getName().startsWith("dynamo-jdk-http-"), thread.getName());
    assertTrue(thread.isDaemon(), "daemon threads never keep the JVM alive");
  }

  @Test
  void rejectsAMissingOrNonPositiveTimeout() {
    assertThrows(NullPointerException.class, () -> transport.execute(request(), null));
    assertThrows(IllegalArgumentException.class, () -> transport.execute(request(), Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> transport.executeAsync(request(), Duration.ofMillis(-1)));
    assertThrows(NullPointerException.class, () -> JdkTransport.create(null));
  }

  @Test
  void describesItsOptionsAndState() {
    JdkTransport custom =
        JdkTransport.create(new TransportOptions(Duration.ofMillis(1500), 7, null));

    assertEquals(
        "JdkTransport[HTTP/1.1, connectTimeout=1500 ms, maxConnections=7,"
            + " maxResponseBytes=67108864, tls=default, proxy=default]",
        custom.toString());
    custom.close();
    assertTrue(custom.toString().endsWith(", closed]"), custom.toString());
  }

  @Test
  void describesItsProxyWithoutThePassword() {
    JdkTransport proxied =
        JdkTransport.create(
            TransportOptions.defaults()
                .withProxy(HttpProxy.of("proxy.example", 3128).withCredentials("u", "pw-secret")));

    assertEquals(
        "JdkTransport[HTTP/1.1, connectTimeout=2000 ms, maxConnections=50,"
            + " maxResponseBytes=67108864, tls=default,"
            + " proxy=HttpProxy[proxy.example:3128, user=u, password=****]]",
        proxied.toString());
    proxied.close();
  }

  @Test
  void knowsWhetherThisJvmAllowsBasicForProxyTunnels() {
    // this module's tests run with -Djdk.http.auth.tunneling.disabledSchemes= (see its pom)
    assertEquals("", System.getProperty(TunnelAuth.PROPERTY));
    assertFalse(TunnelAuth.basicDisabled());
  }

  @Test
  void failsCallsAfterCloseWithoutSendingThem() {
    transport.close();

    TransportClosedException e =
        assertThrows(
            TransportClosedException.class,
            () -> transport.execute(request(), Duration.ofSeconds(1)));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertEquals(0, stub.requestCount());
  }
}
