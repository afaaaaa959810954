package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The stub over TLS and the forward proxy, seen through the JDK's own HTTP client. */
class TlsAndProxyTest {

  private static HttpResponse<String> post(HttpClient client, URI uri) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesOverTlsToClientsThatTrustTheCertificateOnly() throws Exception {
    try (StubServer stub = StubServer.startTls(SelfSignedCertificate.get().serverContext())) {
      HttpClient trusting =
          HttpClient.newBuilder().sslContext(SelfSignedCertificate.get().trustingContext()).build();
      HttpClient ordinary = HttpClient.newHttpClient();

      assertEquals("https", stub.endpoint().getScheme());
      assertEquals("{}", post(trusting, stub.endpoint()).body());
      assertThrows(IOException.class, () -> post(ordinary, stub.endpoint()));
      assertEquals(1, stub.requestCount());
    }
  }

  @Test
  void forwardsToLoopbackWhateverHostARequestNames() throws Exception {
    try (StubServer stub = StubServer.start();
        ForwardProxy proxy = ForwardProxy.start()) {
      HttpClient proxied =
          HttpClient.newBuilder()
              .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", proxy.port())))
              .build();
      URI target =
          URI.create("http://" + SelfSignedCertificate.PROXIED_HOST + ":" + stub.port() + "/x");

      assertEquals(200, post(proxied, target).statusCode());
      assertEquals(target.toString(), proxy.requests().get(0).target());
      assertEquals("/x", stub.lastRequest().path());
    }
  }

  @Test
  void asksForCredentialsUntilTheyAreRight() throws Exception {
    try (StubServer stub = StubServer.start();
        ForwardProxy proxy = ForwardProxy.start("u", "p")) {
      HttpClient proxied =
          HttpClient.newBuilder()
              .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", proxy.port())))
              .build();

      assertEquals(
          407, post(proxied, URI.create("http://x.test:" + stub.port() + "/")).statusCode());
      assertEquals(0, stub.requestCount());
      assertEquals(0, proxy.accepted().size());
    }
  }
}
