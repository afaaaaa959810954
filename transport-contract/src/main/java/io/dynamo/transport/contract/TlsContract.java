package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.assertIoFailure;
import static io.dynamo.transport.contract.ContractFixture.text;
import static io.dynamo.transport.contract.ContractFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TLS: certificates are checked by default, and {@link TransportOptions#sslContext()} decides what
 * is trusted. The server is an HTTPS server with a self-signed certificate for 127.0.0.1.
 */
interface TlsContract extends ContractFixture {

  /**
   * With default options a self-signed certificate is rejected with a {@link
   * io.dynamo.api.TransportException}; no request gets through.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void rejectsAnUntrustedCertificateByDefault(Mode mode) {
    try (TlsServer server = TlsServer.start()) {
      Transport transport = transport();

      assertIoFailure(
          server.endpoint(),
          () -> mode.send(transport, ContractFixture.post(server.endpoint(), utf8("{}")), TIMEOUT));

      assertEquals(0, server.requestCount(), "no request may pass an untrusted certificate");
    }
  }

  /** With an {@code sslContext} that trusts the certificate, the call succeeds. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void trustsWhatTheGivenSslContextTrusts(Mode mode) {
    try (TlsServer server = TlsServer.start()) {
      Transport transport =
          transport(
              new TransportOptions(
                  TransportOptions.DEFAULT_CONNECT_TIMEOUT,
                  TransportOptions.DEFAULT_MAX_CONNECTIONS,
                  SelfSignedCertificate.get().trustingContext()));

      HttpResponse response =
          mode.send(transport, ContractFixture.post(server.endpoint(), utf8("{}")), TIMEOUT);

      assertEquals(200, response.statusCode());
      assertEquals(TlsServer.BODY, text(response));
      assertEquals(1, server.requestCount());
    }
  }
}
