package io.dynamo.sign;

import static io.dynamo.sign.EnvironmentCredentialsTest.message;
import static io.dynamo.sign.Fixtures.credentialsJson;
import static io.dynamo.sign.TestSecrets.IMDS_TOKEN;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.SECRET_2;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static io.dynamo.sign.TestSecrets.TOKEN_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** EC2 IMDSv2 against a stub metadata service on 127.0.0.1. */
@ExtendWith(SecretLeakGuard.class)
class InstanceMetadataCredentialsTest {
  static final String ROLES = "/latest/meta-data/iam/security-credentials/";
  static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

  StubServer imds;

  @BeforeEach
  void start() throws IOException {
    imds = StubServer.start();
    imds.respond("PUT", "/latest/api/token", 200, IMDS_TOKEN);
    imds.respond("GET", ROLES, 200, "reader-role\n");
    imds.respond(
        "GET",
        ROLES + "reader-role",
        200,
        credentialsJson("ASIAONE", SECRET, TOKEN, "2026-11-25T03:10:00Z"));
  }

  @AfterEach
  void stop() {
    imds.close();
  }

  CredentialsProvider provider() {
    return CredentialsProviders.instanceMetadata(env(imds.base()), Duration.ofMillis(500));
  }

  static Environment env(String endpoint) {
    return Fixtures.env(
        Path.of("/nonexistent-home"), "AWS_EC2_METADATA_SERVICE_ENDPOINT", endpoint);
  }

  @Test
  void fetchesATokenThenTheRoleThenItsCredentials() {
    Credentials c = provider().resolve();
    assertEquals(
        Credentials.of("ASIAONE", SECRET, TOKEN, Instant.parse("2026-11-25T03:10:00Z")), c);
    List<StubServer.Received> calls = imds.received();
    assertEquals(3, calls.size());
    assertEquals("PUT", calls.get(0).method());
    assertEquals("21600", calls.get(0).headers().get("x-aws-ec2-metadata-token-ttl-seconds"));
    assertEquals(ROLES, calls.get(1).path());
    assertEquals(IMDS_TOKEN, calls.get(1).headers().get("x-aws-ec2-metadata-token"));
    assertEquals(ROLES + "reader-role", calls.get(2).path());
    assertEquals(IMDS_TOKEN, calls.get(2).headers().get("x-aws-ec2-metadata-token"));
  }

  @Test
  void expiringCredentialsAreRefreshedThroughTheCache() {
    MutableClock clock = new MutableClock(T0);
    CredentialsProvider cached = CredentialsProviders.caching(provider(), clock);
    assertEquals("ASIAONE", cached.resolve().accessKeyId());
    assertEquals("ASIAONE", cached.resolve().accessKeyId());
    assertEquals(3, imds.received().size(), "second call served from the cache");

    imds.respond(
        "GET",
        ROLES + "reader-role",
        200,
        credentialsJson("ASIATWO", SECRET_2, TOKEN_2, "2026-11-25T04:10:00Z"));
    clock.set(Instant.parse("2026-11-25T03:09:30Z")); // 30 s before expiry: stale
    Credentials refreshed = cached.resolve();
    assertEquals(
        Credentials.of("ASIATWO", SECRET_2, TOKEN_2, Instant.parse("2026-11-25T04:10:00Z")),
        refreshed);
    assertEquals(6, imds.received().size());
  }

  @Test
  void serverDownSaysWhereAndWhat() throws IOException {
    String m =
        message(
            CredentialsProviders.instanceMetadata(
                env("http://127.0.0.1:" + StubServer.closedPort()), Duration.ofMillis(500)));
    assertTrue(m.contains("EC2 instance metadata token: PUT http://127.0.0.1:"), m);
    assertTrue(m.contains("ConnectException"), m);
  }

  @Test
  void malformedJsonNeverQuotesTheBody() {
    imds.respond(
        "GET",
        ROLES + "reader-role",
        200,
        "{\"AccessKeyId\":\"ASIA\",\"SecretAccessKey\":\""
            + SECRET
            + "\",\"Token\":"
            + TOKEN
            + "}");
    String m = message(provider());
    assertTrue(m.contains("returned malformed JSON (line 1, column"), m);
  }

  @Test
  void missingRoleIs404WithAdvice() {
    imds.respond("GET", ROLES, 404, "");
    String m = message(provider());
    assertTrue(m.contains("has no IAM role for this instance (HTTP 404)"), m);
    assertTrue(m.contains("attach an instance profile"), m);
  }

  @Test
  void otherStatusesAreReported() {
    imds.respond("PUT", "/latest/api/token", 403, "");
    assertTrue(message(provider()).contains("returned HTTP 403 (refused)"));
    imds.respond("PUT", "/latest/api/token", 200, IMDS_TOKEN);
    imds.respond("GET", ROLES + "reader-role", 404, "");
    assertTrue(message(provider()).contains("returned HTTP 404 (not found)"));
  }

  @Test
  void unsuccessfulCodeAndMissingMembersAreReported() {
    imds.respond(
        "GET",
        ROLES + "reader-role",
        200,
        "{\"Code\":\"AssumeRoleUnauthorizedAccess\",\"Message\":\"x\"}");
    assertTrue(
        message(provider())
            .contains("answered Code 'AssumeRoleUnauthorizedAccess' instead of Success"));
    imds.respond(
        "GET",
        ROLES + "reader-role",
        200,
        "{\"AccessKeyId\":\"ASIA\",\"Token\":\"" + TOKEN + "\"}");
    assertTrue(message(provider()).contains("returned JSON without SecretAccessKey"));
    imds.respond("GET", ROLES + "reader-role", 200, "[]");
    assertTrue(message(provider()).contains("did not return a JSON object"));
    imds.respond(
        "GET", ROLES + "reader-role", 200, credentialsJson("ASIA", SECRET, TOKEN, "tomorrow"));
    assertTrue(message(provider()).contains("Expiration that is not an ISO-8601 time: tomorrow"));
  }

  @Test
  void slowServerTimesOut() {
    CountDownLatch release = new CountDownLatch(1);
    imds.hang("PUT", "/latest/api/token", release);
    try {
      String m =
          message(CredentialsProviders.instanceMetadata(env(imds.base()), Duration.ofMillis(200)));
      assertTrue(m.contains("did not answer in full within 200 ms"), m);
    } finally {
      release.countDown();
    }
  }

  @Test
  void canBeDisabled() {
    Environment off =
        Fixtures.env(
            Path.of("/x"),
            "AWS_EC2_METADATA_DISABLED",
            "true",
            "AWS_EC2_METADATA_SERVICE_ENDPOINT",
            imds.base());
    assertTrue(
        message(CredentialsProviders.instanceMetadata(off))
            .contains("disabled by AWS_EC2_METADATA_DISABLED=true"));
    assertEquals(0, imds.received().size());
  }
}
