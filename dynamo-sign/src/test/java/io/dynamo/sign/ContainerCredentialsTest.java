package io.dynamo.sign;

import static io.dynamo.sign.EnvironmentCredentialsTest.message;
import static io.dynamo.sign.Fixtures.credentialsJson;
import static io.dynamo.sign.TestSecrets.CONTAINER_TOKEN;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.SECRET_2;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static io.dynamo.sign.TestSecrets.TOKEN_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Container credentials (ECS, EKS, Lambda) against a stub endpoint on 127.0.0.1. */
@ExtendWith(SecretLeakGuard.class)
class ContainerCredentialsTest {
  static final Path HOME = Path.of("/nonexistent-home");
  StubServer server;

  @BeforeEach
  void start() throws IOException {
    server = StubServer.start();
    server.respond(
        "GET",
        "/creds",
        200,
        credentialsJson("ASIACONTAINER", SECRET, TOKEN, "2026-11-25T03:10:00Z"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fullUriWithAuthorizationToken() {
    Environment env =
        Fixtures.env(
            HOME,
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            server.base() + "/creds",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN",
            CONTAINER_TOKEN);
    Credentials c = CredentialsProviders.container(env).resolve();
    assertEquals(
        Credentials.of("ASIACONTAINER", SECRET, TOKEN, Instant.parse("2026-11-25T03:10:00Z")), c);
    assertEquals(CONTAINER_TOKEN, server.received().get(0).headers().get("authorization"));
  }

  @Test
  void tokenFileWinsOverTokenVariableAndIsReadEachTime(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("token");
    Files.writeString(file, CONTAINER_TOKEN + "\n");
    Environment env =
        Fixtures.env(
            HOME,
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            server.base() + "/creds",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
            file.toString(),
            "AWS_CONTAINER_AUTHORIZATION_TOKEN",
            "other");
    CredentialsProvider p = CredentialsProviders.container(env);
    p.resolve();
    Files.writeString(file, "rotated-token");
    p.resolve();
    assertEquals(CONTAINER_TOKEN, server.received().get(0).headers().get("authorization"));
    assertEquals("rotated-token", server.received().get(1).headers().get("authorization"));
  }

  @Test
  void noTokenNoAuthorizationHeader() {
    Environment env =
        Fixtures.env(HOME, "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.base() + "/creds");
    CredentialsProviders.container(env).resolve();
    assertFalse(server.received().get(0).headers().containsKey("authorization"));
  }

  @Test
  void expiredCredentialsAreRefreshedThroughTheCache() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));
    Environment env =
        Fixtures.env(HOME, "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.base() + "/creds");
    CredentialsProvider cached =
        CredentialsProviders.caching(CredentialsProviders.container(env), clock);
    assertEquals("ASIACONTAINER", cached.resolve().accessKeyId());
    server.respond(
        "GET",
        "/creds",
        200,
        credentialsJson("ASIAFRESH", SECRET_2, TOKEN_2, "2026-11-25T04:10:00Z"));
    clock.set(Instant.parse("2026-11-25T03:20:00Z")); // past expiry
    assertEquals("ASIAFRESH", cached.resolve().accessKeyId());
    assertEquals("ASIAFRESH", cached.resolve().accessKeyId());
    assertEquals(2, server.received().size());
  }

  @Test
  void serverDown404AndMalformedJson() throws IOException {
    Environment down =
        Fixtures.env(
            HOME,
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "http://127.0.0.1:" + StubServer.closedPort() + "/creds");
    assertTrue(message(CredentialsProviders.container(down)).contains("ConnectException"));
    Environment missing =
        Fixtures.env(HOME, "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.base() + "/elsewhere");
    assertTrue(
        message(CredentialsProviders.container(missing)).contains("/elsewhere returned HTTP 404"));
    server.respond(
        "GET", "/creds", 200, "{\"AccessKeyId\": \"A\", \"SecretAccessKey\": " + SECRET + "}");
    Environment env =
        Fixtures.env(HOME, "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.base() + "/creds");
    String m = message(CredentialsProviders.container(env));
    assertTrue(
        m.contains(
            "Container credentials endpoint http://127.0.0.1:"
                + server.port()
                + "/creds returned malformed JSON"),
        m);
  }

  @Test
  void notConfiguredSaysWhichVariables() {
    String m = message(CredentialsProviders.container(Fixtures.env(HOME)));
    assertTrue(
        m.contains(
            "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set"),
        m);
  }

  @Test
  void plainHttpOnlyToLoopbackOrTheContainerEndpoints() {
    Environment remote =
        Fixtures.env(
            HOME, "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://10.1.2.3/creds?secret=" + SECRET);
    String m = message(CredentialsProviders.container(remote));
    assertTrue(m.contains("uses plain http to 10.1.2.3"), m);
    Environment bad =
        Fixtures.env(HOME, "AWS_CONTAINER_CREDENTIALS_FULL_URI", "not a uri " + SECRET);
    assertTrue(
        message(CredentialsProviders.container(bad))
            .contains("AWS_CONTAINER_CREDENTIALS_FULL_URI is not a valid URI"));
  }
}
