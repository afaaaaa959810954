package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.text;
import static io.dynamo.transport.contract.ContractFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.ForwardProxy;
import io.dynamo.testkit.RecordedRequest;
import io.dynamo.testkit.SelfSignedCertificate;
import io.dynamo.testkit.StubServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An HTTP proxy given in {@link TransportOptions#proxy()}: plain HTTP forwarded through it, HTTPS
 * tunnelled with {@code CONNECT} (TLS still checked end to end), Basic credentials when it asks,
 * listed hosts bypassed, and its password never shown. The proxy is a {@link ForwardProxy} on
 * 127.0.0.1; requests name {@value SelfSignedCertificate#PROXIED_HOST}, which resolves nowhere, so
 * only a request sent through the proxy can arrive.
 */
interface ProxyContract extends ContractFixture {
  /** The user the authenticating proxy expects. */
  String USER = "contract-user";

  /** Its password, which must never show. */
  String PASSWORD = "pr0xy-Secret-7f3a";

  /** {@code http://dynamodb.proxied.test:PORT/} for the stub server's port. */
  default URI proxiedEndpoint() {
    return URI.create("http://" + SelfSignedCertificate.PROXIED_HOST + ":" + stub().port() + "/");
  }

  /** A plain HTTP request goes through the proxy, in absolute form, and its answer comes back. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void sendsPlainHttpThroughTheProxy(Mode mode) {
    try (ForwardProxy proxy = ForwardProxy.start()) {
      Transport transport =
          transport(TransportOptions.defaults().withProxy(HttpProxy.of("127.0.0.1", proxy.port())));

      HttpResponse response =
          mode.send(transport, ContractFixture.post(proxiedEndpoint(), utf8("{\"a\":1}")), TIMEOUT);

      assertEquals(200, response.statusCode());
      assertEquals("{}", text(response));
      assertEquals(1, proxy.requests().size(), () -> "seen: " + proxy.requests());
      assertEquals(proxiedEndpoint().toString(), proxy.requests().get(0).target());
      RecordedRequest arrived = stub().lastRequest();
      assertEquals("{\"a\":1}", arrived.bodyAsString());
      assertSignedAndNoProxyCredentials(arrived);
      assertEquals(
          Optional.of(SelfSignedCertificate.PROXIED_HOST + ":" + stub().port()),
          arrived.header("Host"));
    }
  }

  /** A proxy that asks for Basic credentials gets them, and lets the request through. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void authenticatesToTheProxy(Mode mode) {
    try (ForwardProxy proxy = ForwardProxy.start(USER, PASSWORD)) {
      Transport transport = transport(withProxy(proxy, PASSWORD));

      HttpResponse response =
          mode.send(transport, ContractFixture.post(proxiedEndpoint(), utf8("{}")), TIMEOUT);

      assertEquals(200, response.statusCode());
      assertEquals(1, proxy.accepted().size(), () -> "seen: " + proxy.requests());
      assertEquals(1, stub().requestCount());
      assertSignedAndNoProxyCredentials(stub().lastRequest());
    }
  }

  /**
   * HTTPS goes through a {@code CONNECT} tunnel: the proxy sees only the host and port, and the
   * certificate checked is the server's.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void tunnelsHttpsThroughTheProxy(Mode mode) {
    try (StubServer server = StubServer.startTls(SelfSignedCertificate.get().serverContext());
        ForwardProxy proxy = ForwardProxy.start()) {
      Transport transport =
          transport(
              TransportOptions.defaults()
                  .withSslContext(SelfSignedCertificate.get().trustingContext())
                  .withProxy(HttpProxy.of("127.0.0.1", proxy.port())));
      URI endpoint =
          URI.create("https://" + SelfSignedCertificate.PROXIED_HOST + ":" + server.port() + "/");

      HttpResponse response =
          mode.send(transport, ContractFixture.post(endpoint, utf8("{}")), TIMEOUT);

      assertEquals(200, response.statusCode());
      assertEquals("{}", text(response));
      assertEquals(1, server.requestCount());
      List<ForwardProxy.Seen> seen = proxy.requests();
      assertEquals("CONNECT", seen.get(0).method(), () -> "seen: " + seen);
      assertEquals(SelfSignedCertificate.PROXIED_HOST + ":" + server.port(), seen.get(0).target());
    }
  }

  /** An authenticating proxy gets the credentials for a {@code CONNECT} tunnel too. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void authenticatesAnHttpsTunnel(Mode mode) {
    try (StubServer server = StubServer.startTls(SelfSignedCertificate.get().serverContext());
        ForwardProxy proxy = ForwardProxy.start(USER, PASSWORD)) {
      Transport transport =
          transport(
              withProxy(proxy, PASSWORD)
                  .withSslContext(SelfSignedCertificate.get().trustingContext()));
      URI endpoint =
          URI.create("https://" + SelfSignedCertificate.PROXIED_HOST + ":" + server.port() + "/");

      HttpResponse response =
          mode.send(transport, ContractFixture.post(endpoint, utf8("{}")), TIMEOUT);

      assertEquals(200, response.statusCode());
      assertEquals(1, server.requestCount());
      assertEquals("CONNECT", proxy.accepted().get(0).method());
      assertSignedAndNoProxyCredentials(server.lastRequest());
    }
  }

  /** Hosts the proxy is set to bypass are reached directly. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void goesDirectlyToHostsTheProxyBypasses(Mode mode) {
    try (ForwardProxy proxy = ForwardProxy.start()) {
      HttpProxy bypassing =
          HttpProxy.of("127.0.0.1", proxy.port())
              .withCredentials(USER, PASSWORD)
              .bypassing("localhost", "127.*");
      Transport transport = transport(TransportOptions.defaults().withProxy(bypassing));

      HttpResponse response = mode.send(transport, post("{}"), TIMEOUT);

      assertEquals(200, response.statusCode());
      assertEquals(1, stub().requestCount());
      assertEquals(List.of(), proxy.requests(), "a bypassed host went through the proxy");
      assertSignedAndNoProxyCredentials(stub().lastRequest());
      assertEquals(0, proxy.connectionsOpened());
    }
  }

  /**
   * A proxy that refuses the credentials ends the call at once with a {@link TransportException}
   * naming the 407, not retried, synchronous or not (not, much later, with an attempt timeout).
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void aRefusingProxyEndsTheCallAtOnce(Mode mode) {
    try (ForwardProxy proxy = ForwardProxy.start(USER, "the-right-one")) {
      Transport refused = transport(withProxy(proxy, PASSWORD));
      long start = System.nanoTime();
      TransportException refusal =
          assertThrows(
              TransportException.class,
              () ->
                  mode.send(refused, ContractFixture.post(proxiedEndpoint(), utf8("{}")), TIMEOUT));
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      assertFalse(refusal.isRetryable(), "wrong credentials stay wrong");
      assertTrue(refusal.getMessage().contains("407"), refusal::getMessage);
      assertTrue(tookMs < TIMEOUT.toMillis() / 2, () -> "took " + tookMs + " ms");
      assertEquals(0, stub().requestCount());
    }
  }

  /**
   * The proxy's password shows neither in {@code toString()} of the options or the transport, nor
   * in the message of a call that fails because the proxy cannot be reached, nor in one the proxy
   * refuses for a wrong password: that call fails with a {@link TransportException} naming the 407,
   * not retried.
   */
  @Test
  default void neverShowsTheProxyPassword() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      closedPort = socket.getLocalPort();
    }
    TransportOptions unreachable =
        TransportOptions.defaults()
            .withProxy(HttpProxy.of("127.0.0.1", closedPort).withCredentials(USER, PASSWORD));
    Transport transport = transport(unreachable);
    assertNoPassword(unreachable.toString());
    assertNoPassword(unreachable.proxy().toString());
    assertNoPassword(transport.toString());

    TransportException e =
        assertThrows(
            TransportException.class,
            () -> transport.execute(ContractFixture.post(proxiedEndpoint(), utf8("{}")), TIMEOUT));
    assertNoPassword(String.valueOf(e.getMessage()));
    assertNoPassword(String.valueOf(e));

    try (ForwardProxy proxy = ForwardProxy.start(USER, "the-right-one")) {
      Transport refused = transport(withProxy(proxy, PASSWORD));
      TransportException refusal =
          assertThrows(
              TransportException.class,
              () -> refused.execute(ContractFixture.post(proxiedEndpoint(), utf8("{}")), TIMEOUT));
      assertFalse(refusal.isRetryable(), "wrong credentials stay wrong");
      assertTrue(refusal.getMessage().contains("407"), refusal::getMessage);
      assertNoPassword(String.valueOf(refusal.getMessage()));
      assertEquals(0, stub().requestCount());
    }
  }

  /**
   * The request reached the server with its own {@code Authorization} (the SigV4 signature, which
   * some HTTP libraries drop once they have proxy credentials) and without the proxy's credentials
   * (which must never travel past the proxy, nor to a host it bypasses).
   */
  private static void assertSignedAndNoProxyCredentials(RecordedRequest arrived) {
    assertEquals(
        ContractFixture.dynamoHeaders("ListTables").get(3).value(),
        arrived.header("Authorization").orElse("(none)"),
        "the request's own Authorization header must arrive as sent");
    assertFalse(
        arrived.header("Proxy-Authorization").isPresent(),
        "the proxy's credentials reached the server");
  }

  private static TransportOptions withProxy(ForwardProxy proxy, String password) {
    return TransportOptions.defaults()
        .withProxy(HttpProxy.of("127.0.0.1", proxy.port()).withCredentials(USER, password));
  }

  private static void assertNoPassword(String text) {
    String basic =
        Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertFalse(text.contains(PASSWORD), () -> "the proxy password shows in: " + text);
    assertFalse(text.contains(basic), () -> "the proxy credentials show in: " + text);
  }
}
