package io.dynamo.sign.internal;

import static io.dynamo.sign.Fixtures.credentialsJson;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.sign.Environment;
import io.dynamo.sign.Fixtures;
import io.dynamo.sign.SecretLeakGuard;
import io.dynamo.sign.StubServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class ContainerProviderTest {

  @Test
  void relativeUriIsResolvedAgainstTheEcsEndpointAndWinsOverTheFullUri() {
    Environment env =
        Fixtures.env(
            Path.of("/x"),
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
            "/v2/credentials/abc",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "http://127.0.0.1:1/other");
    ContainerProvider p = new ContainerProvider(() -> env, Duration.ofSeconds(1));
    assertEquals(URI.create("http://169.254.170.2/v2/credentials/abc"), p.endpoint(env));
  }

  @Test
  void systemPropertiesComeBeforeTheVariables() {
    Environment env =
        Environment.of(
            java.util.Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:1/variable"),
            java.util.Map.of("aws.containerCredentialsFullUri", "http://127.0.0.1:1/property"),
            Path.of("/x"));
    ContainerProvider p = new ContainerProvider(() -> env, Duration.ofSeconds(1));
    assertEquals(URI.create("http://127.0.0.1:1/property"), p.endpoint(env));
    Environment relative =
        Environment.of(
            java.util.Map.of("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/variable"),
            java.util.Map.of("aws.containerCredentialsPath", "/property"),
            Path.of("/x"));
    assertEquals(URI.create("http://169.254.170.2/property"), p.endpoint(relative));
  }

  @Test
  void eksAndLoopbackEndpointsAreAllowedOverHttp() {
    ContainerProvider p = new ContainerProvider(() -> null, Duration.ofSeconds(1));
    for (String uri :
        new String[] {
          "http://169.254.170.23/v1/credentials",
          "http://[fd00:ec2::23]/v1/credentials",
          "http://127.0.0.1:9000/x",
          "http://localhost:9000/x",
          "https://creds.example.com/x"
        }) {
      assertEquals(
          URI.create(uri),
          p.endpoint(Fixtures.env(Path.of("/x"), "AWS_CONTAINER_CREDENTIALS_FULL_URI", uri)));
    }
  }

  @Test
  void relativeUriAgainstAStub() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.respond(
          "GET",
          "/v2/credentials/abc",
          200,
          credentialsJson("ASIAREL", SECRET, TOKEN, "2026-11-25T03:10:00Z"));
      Environment env =
          Fixtures.env(
              Path.of("/x"), "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "v2/credentials/abc");
      ContainerProvider p = new ContainerProvider(() -> env, Duration.ofSeconds(1), server.base());
      assertEquals("ASIAREL", p.resolve().accessKeyId());
    }
  }
}
