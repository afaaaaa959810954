package io.dynamo.transport.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.ForwardProxy;
import io.dynamo.testkit.SelfSignedCertificate;
import io.dynamo.testkit.StubServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A proxy that refuses to open an HTTPS tunnel: for wrong credentials the call fails for good (the
 * same credentials would be refused again), without showing the password.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxyFailureTest {
  private static final String PASSWORD = "wr0ng-pa55word";

  @Test
  void aTunnelRefusedForTheCredentialsIsNotRetried() {
    try (StubServer server = StubServer.startTls(SelfSignedCertificate.get().serverContext());
        ForwardProxy proxy = ForwardProxy.start("user", "the-right-one")) {
      TransportOptions options =
          TransportOptions.defaults()
              .withSslContext(SelfSignedCertificate.get().trustingContext())
              .withProxy(HttpProxy.of("127.0.0.1", proxy.port()).withCredentials("user", PASSWORD));
      URI endpoint =
          URI.create("https://" + SelfSignedCertificate.PROXIED_HOST + ":" + server.port() + "/");
      HttpRequest request =
          HttpRequest.of("POST", endpoint, List.of(), "{}".getBytes(StandardCharsets.UTF_8));

      try (VertxTransport transport = VertxTransport.create(options)) {
        TransportException e =
            assertThrows(
                TransportException.class, () -> transport.execute(request, Duration.ofSeconds(10)));

        assertFalse(e.isRetryable(), e::toString);
        assertTrue(e.getMessage().contains("refused the credentials"), e.getMessage());
        assertTrue(e.getMessage().startsWith("POST " + endpoint), e.getMessage());
        assertFalse(String.valueOf(e).contains(PASSWORD), e::toString);
      }
      assertEquals(0, server.requestCount());
    }
  }
}
