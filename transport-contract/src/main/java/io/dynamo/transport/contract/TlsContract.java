package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.assertIoFailure;
import static io.dynamo.transport.contract.ContractFixture.text;
import static io.dynamo.transport.contract.ContractFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.SelfSignedCertificate;
import io.dynamo.testkit.StubServer;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TLS: certificates and host names are checked by default, {@link TransportOptions#sslContext()}
 * decides what is trusted, and a refused certificate is a failure that trying again cannot mend
 * ({@link TransportException#isRetryable()} false), through both calling styles. The server is an
 * HTTPS server with a self-signed certificate for 127.0.0.1 (or, to test host names, for another
 * name).
 */
interface TlsContract extends ContractFixture {

  /**
   * With default options a self-signed certificate is rejected with a {@link
   * io.dynamo.api.error.TransportException}; no request gets through.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void rejectsAnUntrustedCertificateByDefault(Mode mode) {
    try (StubServer server = StubServer.startTls(SelfSignedCertificate.get().serverContext());
        CountingProxy connections = CountingProxy.start(server.port())) {
      URI endpoint = URI.create("https://127.0.0.1:" + connections.endpoint().getPort() + "/");
      Transport transport = transport();

      TransportException e =
          assertIoFailure(
              endpoint,
              () -> mode.send(transport, ContractFixture.post(endpoint, utf8("{}")), TIMEOUT));

      assertFalse(e.isRetryable(), () -> "an untrusted certificate must not be retried: " + e);
      assertEquals(0, server.requestCount(), "no request may pass an untrusted certificate");
      assertEquals(1, connections.connectionsOpened(), "the handshake was tried again");
    }
  }

  /**
   * A certificate the context trusts but issued for another host name is rejected, without retry:
   * host names are verified even with a custom {@code sslContext}.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void rejectsACertificateForAnotherHostName(Mode mode) {
    SelfSignedCertificate other = SelfSignedCertificate.forOtherHost();
    try (StubServer server = StubServer.startTls(other.serverContext());
        CountingProxy connections = CountingProxy.start(server.port())) {
      URI endpoint = URI.create("https://127.0.0.1:" + connections.endpoint().getPort() + "/");
      Transport transport =
          transport(TransportOptions.defaults().withSslContext(other.trustingContext()));

      TransportException e =
          assertIoFailure(
              endpoint,
              () -> mode.send(transport, ContractFixture.post(endpoint, utf8("{}")), TIMEOUT));

      assertFalse(e.isRetryable(), () -> "a host-name mismatch must not be retried: " + e);
      assertEquals(0, server.requestCount(), "no request may pass a certificate for another host");
      assertEquals(1, connections.connectionsOpened(), "the handshake was tried again");
    }
  }

  /** With an {@code sslContext} that trusts the certificate, the call succeeds. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void trustsWhatTheGivenSslContextTrusts(Mode mode) {
    try (StubServer server = StubServer.startTls(SelfSignedCertificate.get().serverContext())) {
      Transport transport =
          transport(
              new TransportOptions(
                  TransportOptions.DEFAULT_CONNECT_TIMEOUT,
                  TransportOptions.DEFAULT_MAX_CONNECTIONS,
                  SelfSignedCertificate.get().trustingContext()));

      HttpResponse response =
          mode.send(transport, ContractFixture.post(server.endpoint(), utf8("{}")), TIMEOUT);

      assertEquals(200, response.statusCode());
      assertEquals("{}", text(response));
      assertEquals(1, server.requestCount());
    }
  }
}
