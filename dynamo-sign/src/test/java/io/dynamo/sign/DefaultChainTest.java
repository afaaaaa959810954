package io.dynamo.sign;

import static io.dynamo.sign.EnvironmentCredentialsTest.message;
import static io.dynamo.sign.Fixtures.credentialsJson;
import static io.dynamo.sign.Fixtures.map;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.SECRET_2;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The default chain: system properties, environment, profile, container, IMDS. */
@ExtendWith(SecretLeakGuard.class)
class DefaultChainTest {
  static final Path NO_HOME = Path.of("/nonexistent-home");

  @Test
  void systemPropertiesComeFirst() {
    Environment env =
        Environment.of(
            map("AWS_ACCESS_KEY_ID", "AKIDENV", "AWS_SECRET_ACCESS_KEY", SECRET_2),
            map("aws.accessKeyId", "AKIDPROP", "aws.secretAccessKey", SECRET),
            Fixtures.profileHome());
    assertEquals("AKIDPROP", CredentialsProviders.defaultChain(env).resolve().accessKeyId());
  }

  @Test
  void environmentBeforeProfileBeforeContainer() {
    Environment env =
        Fixtures.env(
            Fixtures.profileHome(),
            "AWS_ACCESS_KEY_ID",
            "AKIDENV",
            "AWS_SECRET_ACCESS_KEY",
            SECRET,
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "http://127.0.0.1:1/never");
    assertEquals("AKIDENV", CredentialsProviders.defaultChain(env).resolve().accessKeyId());
    Environment profileOnly =
        Fixtures.env(
            Fixtures.profileHome(),
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "http://127.0.0.1:1/never");
    assertEquals(
        "AKIDDEFAULT", CredentialsProviders.defaultChain(profileOnly).resolve().accessKeyId());
  }

  @Test
  void fallsThroughToContainerThenImds() throws Exception {
    try (StubServer server = StubServer.start()) {
      server.respond(
          "GET",
          "/creds",
          200,
          credentialsJson("ASIACONTAINER", SECRET, TOKEN, "2099-01-01T00:00:00Z"));
      server.respond("PUT", "/latest/api/token", 200, "t");
      server.respond("GET", "/latest/meta-data/iam/security-credentials/", 200, "role");
      server.respond(
          "GET",
          "/latest/meta-data/iam/security-credentials/role",
          200,
          credentialsJson("ASIAIMDS", SECRET, TOKEN, "2099-01-01T00:00:00Z"));
      Environment container =
          Fixtures.env(
              NO_HOME,
              "AWS_CONTAINER_CREDENTIALS_FULL_URI",
              server.base() + "/creds",
              "AWS_EC2_METADATA_SERVICE_ENDPOINT",
              server.base());
      assertEquals(
          "ASIACONTAINER", CredentialsProviders.defaultChain(container).resolve().accessKeyId());
      Environment imds = Fixtures.env(NO_HOME, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.base());
      assertEquals("ASIAIMDS", CredentialsProviders.defaultChain(imds).resolve().accessKeyId());
    }
  }

  @Test
  void nothingFoundListsEveryProviderAndWhatToDo() {
    Environment env =
        Fixtures.env(NO_HOME, "AWS_EC2_METADATA_DISABLED", "true", "AWS_PROFILE", "work");
    String m = message(CredentialsProviders.defaultChain(env));
    assertTrue(m.startsWith("No AWS credentials found. Tried, in order:"), m);
    int props = m.indexOf("system properties: system property aws.accessKeyId is not set");
    int vars = m.indexOf("environment variables: AWS_ACCESS_KEY_ID is not set");
    int profile =
        m.indexOf(
            "profile files: Profile 'work' (selected by AWS_PROFILE): no AWS profile file found");
    int container =
        m.indexOf("container credentials endpoint: neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
    int imds =
        m.indexOf("EC2 instance metadata (IMDSv2): disabled by AWS_EC2_METADATA_DISABLED=true");
    assertTrue(
        props > 0 && props < vars && vars < profile && profile < container && container < imds, m);
    assertTrue(m.contains("Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"), m);
  }

  @Test
  void anEndpointNoHttpClientCanReachIsReportedLikeAnyOtherSourceWithoutCredentials() {
    // a port beyond 65535 parses as a URI, but java.net.http refuses it with an
    // IllegalArgumentException, which used to escape the chain and hide every other reason
    Environment env =
        Fixtures.env(
            NO_HOME,
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "http://127.0.0.1:99999/creds",
            "AWS_EC2_METADATA_SERVICE_ENDPOINT",
            "http://127.0.0.1:99999");
    String m = message(CredentialsProviders.defaultChain(env));
    assertTrue(m.startsWith("No AWS credentials found. Tried, in order:"), m);
    assertTrue(
        m.contains(
            "container credentials endpoint: container credentials: GET"
                + " http://127.0.0.1:99999/creds is not a URI an HTTP client can send to"),
        m);
    assertTrue(
        m.contains(
            "EC2 instance metadata (IMDSv2): EC2 instance metadata token: PUT"
                + " http://127.0.0.1:99999/latest/api/token is not a URI an HTTP client can send"
                + " to"),
        m);
  }

  @Test
  void chainOfExplicitProviders() {
    CredentialsProvider failing =
        () -> {
          throw new CredentialsException("first has none");
        };
    CredentialsProvider chain =
        CredentialsProviders.chain(
            failing, CredentialsProviders.of(Credentials.of("AKID", SECRET)));
    assertEquals("AKID", chain.resolve().accessKeyId());
    Leaks.cleanToString(chain);
    Leaks.cleanToString(CredentialsProviders.defaultChain(Environment.of(Map.of(), NO_HOME)));
  }
}
