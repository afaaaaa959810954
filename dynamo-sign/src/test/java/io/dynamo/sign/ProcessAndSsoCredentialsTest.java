package io.dynamo.sign;

import static io.dynamo.sign.EnvironmentCredentialsTest.message;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.SECRET_2;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static io.dynamo.sign.TestSecrets.TOKEN_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.sign.internal.ProfileProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * credential_process against /bin/sh scripts written to a temporary directory, and SSO profiles
 * against a local SSO portal stub (AWS_ENDPOINT_URL_SSO) with token cache files.
 */
@ExtendWith(SecretLeakGuard.class)
class ProcessAndSsoCredentialsTest {
  static final String SSO_TOKEN = "aoaAAAAAGSsoAccessTokenValue-0123456789";

  @TempDir Path home;
  final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

  private Path script(String name, String body) throws Exception {
    Path p = home.resolve(name);
    Files.writeString(p, "#!/bin/sh\n" + body);
    return p;
  }

  private Environment env(String config, String... vars) throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), config);
    Map<String, String> v = new LinkedHashMap<>(Fixtures.map(vars));
    v.put("HOME", home.toString());
    v.put("AWS_EC2_METADATA_DISABLED", "true");
    return Environment.of(v, Map.of());
  }

  private ProfileProvider profile(Environment env, Duration processTimeout) {
    return new ProfileProvider(
        () -> env, null, clock, Duration.ofSeconds(1), processTimeout, Duration.ofSeconds(2));
  }

  static String processJson(String id, String secret, String token, String expiration) {
    return "{\"Version\": 1, \"AccessKeyId\": \""
        + id
        + "\", \"SecretAccessKey\": \""
        + secret
        + "\", \"SessionToken\": \""
        + token
        + "\", \"Expiration\": \""
        + expiration
        + "\"}";
  }

  @Test
  void aCredentialProcessIsRunThroughShAndRunAgainBeforeExpiry() throws Exception {
    Path counter = home.resolve("count");
    Path s =
        script(
            "creds.sh",
            "echo run >> '"
                + counter
                + "'\n"
                + "if [ $(wc -l < '"
                + counter
                + "') -eq 1 ]; then\n"
                + "  echo '"
                + processJson("ASIAFIRST", SECRET, TOKEN, "2030-01-01T01:00:00Z")
                + "'\n"
                + "else\n"
                + "  echo '"
                + processJson("ASIASECOND", SECRET_2, TOKEN_2, "2030-01-01T02:00:00Z")
                + "'\n"
                + "fi\n"
                + "echo 'stderr that must never be shown: "
                + SECRET
                + "' >&2\n");
    Environment env = env("[default]\ncredential_process = sh '" + s + "' --flag \"quoted arg\"\n");
    CredentialsProvider chain = CredentialsProviders.defaultChain(env, clock);
    assertEquals(
        Credentials.of("ASIAFIRST", SECRET, TOKEN, Instant.parse("2030-01-01T01:00:00Z")),
        chain.resolve());
    clock.advance(Duration.ofMinutes(10));
    assertEquals("ASIAFIRST", chain.resolve().accessKeyId());
    clock.advance(Duration.ofMinutes(46));
    assertEquals("ASIASECOND", chain.resolve().accessKeyId());
    assertEquals(2, Files.readAllLines(counter).size());
  }

  @Test
  void longTermKeysWithoutSessionTokenOrExpiry() throws Exception {
    Path s =
        script(
            "static.sh",
            "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \""
                + SECRET
                + "\"}'\n");
    Credentials c = CredentialsProviders.process("sh " + s, Duration.ofSeconds(10)).resolve();
    assertEquals(Credentials.of("AKIDPROC", SECRET), c);
  }

  @Test
  void failingSlowGarbageAndOversizedCommandsFailWithoutShowingTheirOutput() throws Exception {
    Path fails = script("fails.sh", "echo '" + SECRET + "' >&2\necho '" + SECRET + "'\nexit 3\n");
    String m =
        message(
            profile(
                env("[default]\ncredential_process = sh " + fails + "\n"), Duration.ofSeconds(10)));
    assertTrue(m.contains("credential_process of profile 'default' exited with status 3"), m);
    assertTrue(m.contains("standard error is not shown"), m);

    Path slow = script("slow.sh", "sleep 30\n");
    long start = System.nanoTime();
    m =
        message(
            profile(
                env("[default]\ncredential_process = sh " + slow + "\n"), Duration.ofMillis(700)));
    assertTrue(m.contains("did not finish within 700 ms and was killed"), m);
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "killed in time");

    Path garbage = script("garbage.sh", "echo 'AccessKeyId=" + SECRET + "'\n");
    m =
        message(
            profile(
                env("[default]\ncredential_process = sh " + garbage + "\n"),
                Duration.ofSeconds(10)));
    assertTrue(m.contains("returned malformed JSON"), m);

    Path v2 =
        script(
            "v2.sh",
            "echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \""
                + SECRET
                + "\"}'\n");
    m =
        message(
            profile(
                env("[default]\ncredential_process = sh " + v2 + "\n"), Duration.ofSeconds(10)));
    assertTrue(m.contains("unsupported Version; it must print Version 1"), m);

    Path big = script("big.sh", "while true; do echo '" + SECRET + SECRET + "'; done\n");
    m =
        message(
            profile(
                env("[default]\ncredential_process = sh " + big + "\n"), Duration.ofSeconds(10)));
    assertTrue(m.contains("printed more than the 64000 bytes allowed and was killed"), m);

    m =
        message(
            profile(
                env("[default]\ncredential_process = /nonexistent/helper " + SECRET + "\n"),
                Duration.ofSeconds(10)));
    assertTrue(m.contains("exited with status 127"), m);
  }

  private void ssoCache(String key, String token, String expiresAt) throws Exception {
    Path dir = Files.createDirectories(home.resolve(".aws/sso/cache"));
    Files.writeString(
        dir.resolve(io.dynamo.sign.internal.Sso.sha1(key) + ".json"),
        "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"eu-west-1\", \"accessToken\": \""
            + token
            + "\", \"expiresAt\": \""
            + expiresAt
            + "\", \"refreshToken\": \""
            + SECRET_2
            + "\"}");
  }

  static String portalJson(String id, String secret, String token, long expiration) {
    return "{\"roleCredentials\": {\"accessKeyId\": \""
        + id
        + "\", \"secretAccessKey\": \""
        + secret
        + "\", \"sessionToken\": \""
        + token
        + "\", \"expiration\": "
        + expiration
        + "}}";
  }

  static final String SSO_CONFIG =
      "[default]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Reader\n"
          + "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n"
          + "[profile legacy]\nsso_start_url = https://old.awsapps.com/start\nsso_region = us-east-2\n"
          + "sso_account_id = 444455556666\nsso_role_name = Admin\n";

  @Test
  void anSsoSessionProfileExchangesTheCachedTokenAtThePortal() throws Exception {
    ssoCache("corp", SSO_TOKEN, "2030-01-01T08:00:00Z");
    long expiry = Instant.parse("2030-01-01T01:00:00Z").toEpochMilli();
    try (StubServer portal = StubServer.start()) {
      portal.respondInTurn(
          "GET",
          "/federation/credentials",
          portalJson("ASIASSO", SECRET, TOKEN, expiry),
          portalJson("ASIASSO2", SECRET_2, TOKEN_2, expiry + 3_600_000));
      Environment env = env(SSO_CONFIG, "AWS_ENDPOINT_URL_SSO", portal.base());
      CredentialsProvider chain = CredentialsProviders.defaultChain(env, clock);
      assertEquals(
          Credentials.of("ASIASSO", SECRET, TOKEN, Instant.ofEpochMilli(expiry)), chain.resolve());
      StubServer.Received r = portal.received().get(0);
      assertEquals(SSO_TOKEN, r.headers().get("x-amz-sso_bearer_token"));
      assertEquals("account_id=111122223333&role_name=Reader", r.query());
      clock.advance(Duration.ofMinutes(56));
      assertEquals("ASIASSO2", chain.resolve().accessKeyId(), "refreshed before expiry");
    }
  }

  @Test
  void aLegacySsoProfileUsesTheStartUrlsCacheFile() throws Exception {
    ssoCache("https://old.awsapps.com/start", SSO_TOKEN, "2030-01-01T08:00:00UTC");
    try (StubServer portal = StubServer.start()) {
      portal.respond(
          "GET",
          "/federation/credentials",
          200,
          portalJson("ASIALEGACY", SECRET, TOKEN, 1_900_000_000_000L));
      Environment env =
          env(SSO_CONFIG, "AWS_ENDPOINT_URL_SSO", portal.base(), "AWS_PROFILE", "legacy");
      assertEquals("ASIALEGACY", profile(env, Duration.ofSeconds(1)).resolve().accessKeyId());
      assertEquals("account_id=444455556666&role_name=Admin", portal.received().get(0).query());
    }
  }

  @Test
  void expiredMissingRefusedAndGarbageSsoTokensSayToSignInAgain() throws Exception {
    try (StubServer portal = StubServer.start()) {
      Environment env = env(SSO_CONFIG, "AWS_ENDPOINT_URL_SSO", portal.base());
      String m = message(profile(env, Duration.ofSeconds(1)));
      assertTrue(m.contains("no cached SSO access token at"), m);
      assertTrue(m.contains("run `aws sso login --sso-session corp`"), m);

      ssoCache("corp", SSO_TOKEN, "2029-12-31T23:00:00Z");
      m = message(profile(env, Duration.ofSeconds(1)));
      assertTrue(m.contains("the cached SSO access token expired at 2029-12-31T23:00:00Z"), m);
      assertTrue(portal.received().isEmpty());

      ssoCache("corp", SSO_TOKEN, "2030-01-01T08:00:00Z");
      portal.respond(
          "GET",
          "/federation/credentials",
          401,
          "{\"message\":\"Session token not found or invalid\"}");
      m = message(profile(env, Duration.ofSeconds(1)));
      assertTrue(m.contains("refused the cached access token") && m.contains("aws sso login"), m);

      portal.respond("GET", "/federation/credentials", 200, "{\"roleCredentials\": " + SECRET);
      assertTrue(message(profile(env, Duration.ofSeconds(1))).contains("malformed JSON"));

      Environment noSession =
          env(
              "[default]\nsso_session = gone\nsso_account_id = 1\nsso_role_name = r\n",
              "AWS_ENDPOINT_URL_SSO",
              portal.base());
      assertTrue(
          message(profile(noSession, Duration.ofSeconds(1)))
              .contains("no [sso-session gone] section"));
      Environment noRole =
          env(
              "[default]\nsso_session = corp\nsso_account_id = 1\n[sso-session corp]\n",
              "AWS_ENDPOINT_URL_SSO",
              portal.base());
      assertTrue(message(profile(noRole, Duration.ofSeconds(1))).contains("has no sso_role_name"));
    }
  }
}
