package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.DynamoClientBuilder;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.TransportException;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.Environment;
import io.dynamo.testkit.SelfSignedCertificate;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code AWS_CA_BUNDLE} and a profile's {@code ca_bundle}, as the AWS CLI reads them: the transport
 * the client makes trusts exactly the bundle's certificates, with whichever transport this run
 * selects; a bundle that cannot be used fails {@code build()}, naming the setting; the builder's
 * own {@code sslContext} wins over both.
 */
class CaBundleTest {
  private final StubServer tls =
      StubServer.startTls(SelfSignedCertificate.get().serverContext())
          .defaultResponse(StubResponse.dynamo("{\"TableNames\":[]}"));

  @TempDir Path home;

  @AfterEach
  void stop() {
    tls.close();
  }

  private DynamoClientBuilder builder(Map<String, String> variables) {
    return DynamoClient.builder()
        .endpoint(tls.endpoint())
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
        .environment(Environment.of(variables, home));
  }

  private Path bundle(String name, String pem) throws IOException {
    return Files.writeString(home.resolve(name), pem);
  }

  @Test
  void theBundleInAwsCaBundleIsTrustedSyncAndAsync() throws Exception {
    Path file = bundle("ca.pem", SelfSignedCertificate.get().pem());
    try (DynamoClient db = builder(Map.of("AWS_CA_BUNDLE", file.toString())).build()) {
      assertEquals("{\"TableNames\":[]}", db.apiCall(Operation.LIST_TABLES, "{}"));
      assertEquals(
          "{\"TableNames\":[]}",
          db.async().apiCall(Operation.LIST_TABLES, "{}").get(30, TimeUnit.SECONDS));
    }
    assertEquals(2, tls.requestCount());
  }

  @Test
  void theProfilesCaBundleIsTrusted() throws Exception {
    // another certificate first: a bundle may hold many
    Path file =
        bundle(
            "bundle.pem",
            SelfSignedCertificate.forOtherHost().pem() + SelfSignedCertificate.get().pem());
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), "[default]\nca_bundle = " + file + "\n");
    try (DynamoClient db = builder(Map.of()).build()) {
      assertEquals("{\"TableNames\":[]}", db.apiCall(Operation.LIST_TABLES, "{}"));
    }
  }

  @Test
  void onlyTheBundlesCertificatesAreTrusted() throws Exception {
    Path file = bundle("other.pem", SelfSignedCertificate.forOtherHost().pem());
    try (DynamoClient db = builder(Map.of("AWS_CA_BUNDLE", file.toString())).build()) {
      TransportException e =
          assertThrows(TransportException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
      assertFalse(e.isRetryable());
      ExecutionException async =
          assertThrows(
              ExecutionException.class,
              () -> db.async().apiCall(Operation.LIST_TABLES, "{}").get(30, TimeUnit.SECONDS));
      assertInstanceOf(TransportException.class, async.getCause());
    }
    assertEquals(0, tls.requestCount());
  }

  @Test
  void theBuildersSslContextWinsOverTheBundle() throws Exception {
    Path file = bundle("other.pem", SelfSignedCertificate.forOtherHost().pem());
    try (DynamoClient db =
        builder(Map.of("AWS_CA_BUNDLE", file.toString()))
            .sslContext(SelfSignedCertificate.get().trustingContext())
            .build()) {
      assertEquals("{\"TableNames\":[]}", db.apiCall(Operation.LIST_TABLES, "{}"));
    }
  }

  @Test
  void aBundleThatCannotBeUsedFailsBuildNamingTheSetting() throws Exception {
    Path missing = home.resolve("missing.pem");
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> builder(Map.of("AWS_CA_BUNDLE", missing.toString())).build());
    assertTrue(e.getMessage().contains("AWS_CA_BUNDLE"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());

    Path empty = bundle("empty.pem", "no certificate here\n");
    e =
        assertThrows(
            InvalidRequestException.class,
            () -> builder(Map.of("AWS_CA_BUNDLE", empty.toString())).build());
    assertTrue(e.getMessage().contains("AWS_CA_BUNDLE"), e.getMessage());
    assertEquals(0, tls.connectionCount());
  }
}
