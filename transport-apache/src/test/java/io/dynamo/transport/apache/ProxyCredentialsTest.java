package io.dynamo.transport.apache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.ForwardProxy;
import io.dynamo.testkit.StubServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Basic proxy credentials: sent once the proxy asks, then with every request without being asked
 * again (on both clients); a proxy that keeps refusing is a failure that is not retried.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxyCredentialsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final String USER = "svc-dynamo";
  private static final String PASSWORD = "pr0xy-Pa55-test";

  private final StubServer stub = StubServer.start();

  @AfterEach
  void close() {
    stub.close();
  }

  /**
   * A host that resolves nowhere: only the proxy can reach it (it maps every host to 127.0.0.1).
   */
  private HttpRequest proxiedRequest() {
    URI uri = URI.create("http://dynamodb.proxied.test:" + stub.port() + "/");
    return HttpRequest.of("POST", uri, List.of(), "{}".getBytes(StandardCharsets.UTF_8));
  }

  private static ApacheTransport through(ForwardProxy proxy, String password) {
    return ApacheTransport.create(
        TransportOptions.defaults()
            .withProxy(HttpProxy.of("127.0.0.1", proxy.port()).withCredentials(USER, password)));
  }

  @Test
  void answersTheFirstChallengeThenSendsTheCredentialsUnasked() throws Exception {
    try (ForwardProxy proxy = ForwardProxy.start(USER, PASSWORD);
        ApacheTransport transport = through(proxy, PASSWORD)) {

      assertEquals(200, transport.execute(proxiedRequest(), TIMEOUT).statusCode());
      assertEquals(
          200,
          transport.executeAsync(proxiedRequest(), TIMEOUT).get(10, TimeUnit.SECONDS).statusCode());
      assertEquals(200, transport.execute(proxiedRequest(), TIMEOUT).statusCode());

      List<ForwardProxy.Seen> seen = proxy.requests();
      assertEquals(4, seen.size(), () -> "one challenge, then three accepted: " + seen);
      assertNull(seen.get(0).proxyAuthorization(), "nothing is sent before the proxy asks");
      assertEquals(3, proxy.accepted().size());
      assertEquals(3, stub.requestCount());
      assertFalse(stub.lastRequest().header("Proxy-Authorization").isPresent());
    }
  }

  @Test
  void failsWithoutRetryWhenTheProxyRefusesTheCredentials() {
    try (ForwardProxy proxy = ForwardProxy.start(USER, "the-right-one");
        ApacheTransport transport = through(proxy, PASSWORD)) {

      TransportException sync =
          assertThrows(
              TransportException.class, () -> transport.execute(proxiedRequest(), TIMEOUT));
      ExecutionException async =
          assertThrows(
              ExecutionException.class,
              () -> transport.executeAsync(proxiedRequest(), TIMEOUT).get(10, TimeUnit.SECONDS));

      assertInstanceOf(TransportException.class, async.getCause());
      for (Throwable t : List.of(sync, async.getCause())) {
        assertFalse(((TransportException) t).isRetryable(), t.toString());
        assertTrue(t.getMessage().contains("407"), t.getMessage());
        assertTrue(t.getMessage().startsWith("POST http://dynamodb.proxied.test:"), t.getMessage());
        assertFalse(t.toString().contains(PASSWORD), t.toString());
      }
      assertEquals(0, stub.requestCount());
    }
  }
}
