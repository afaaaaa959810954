package io.dynamo.sign;

import static io.dynamo.sign.EnvironmentCredentialsTest.message;
import static io.dynamo.sign.Fixtures.map;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.SECRET_2;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static io.dynamo.sign.TestSecrets.TOKEN_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.sign.internal.ProcessProvider;
import io.dynamo.sign.internal.ProfileProvider;
import io.dynamo.sign.internal.WebIdentityProvider;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles: web identity from the environment and from profiles, AssumeRole with source profiles and
 * credential sources, against a local STS stub (AWS_ENDPOINT_URL_STS). IMDS is always disabled or
 * pointed at a stub.
 */
@ExtendWith(SecretLeakGuard.class)
class RoleCredentialsTest {
  static final String WEB_TOKEN = "eyJhbGciOiJSUzI1NiJ9.WebIdentityTokenValue.Signature";
  static final String ROLE = "arn:aws:iam::123456789012:role/app";

  @TempDir Path home;
  StubServer sts;
  final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

  @BeforeEach
  void start() throws Exception {
    sts = StubServer.start();
    Files.createDirectories(home.resolve(".aws"));
  }

  @AfterEach
  void stop() {
    sts.close();
  }

  private Map<String, String> vars(String... more) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("HOME", home.toString());
    m.put("AWS_ENDPOINT_URL_STS", sts.base());
    m.put("AWS_EC2_METADATA_DISABLED", "true");
    m.putAll(map(more));
    return m;
  }

  private Path tokenFile(String token) throws Exception {
    return Files.writeString(home.resolve("token"), token);
  }

  static Map<String, String> form(String body) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      m.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return m;
  }

  @Test
  void webIdentityFromTheEnvironmentIsExchangedUnsigned() throws Exception {
    sts.respond(
        "POST",
        "/",
        200,
        StsStub.webIdentityResponse("ASIAWEB", SECRET, TOKEN, "2030-01-01T01:00:00Z"));
    Environment env =
        Environment.of(
            vars(
                "AWS_WEB_IDENTITY_TOKEN_FILE",
                tokenFile(WEB_TOKEN).toString(),
                "AWS_ROLE_ARN",
                ROLE,
                "AWS_ROLE_SESSION_NAME",
                "pod-1"),
            Map.of());
    Credentials c = CredentialsProviders.defaultChain(env, clock).resolve();
    assertEquals(
        Credentials.of("ASIAWEB", SECRET, TOKEN, Instant.parse("2030-01-01T01:00:00Z")), c);
    StubServer.Received r = sts.received().get(0);
    assertFalse(r.headers().containsKey("authorization"), "AssumeRoleWithWebIdentity is unsigned");
    assertTrue(r.headers().get("content-type").startsWith("application/x-www-form-urlencoded"));
    assertEquals(
        Map.of(
            "Action",
            "AssumeRoleWithWebIdentity",
            "Version",
            "2011-06-15",
            "RoleArn",
            ROLE,
            "RoleSessionName",
            "pod-1",
            "WebIdentityToken",
            WEB_TOKEN),
        form(r.body()));
  }

  @Test
  void systemPropertiesNameTheTokenFileAndRoleFirst() throws Exception {
    sts.respond(
        "POST",
        "/",
        200,
        StsStub.webIdentityResponse("ASIAWEB", SECRET, TOKEN, "2030-01-01T01:00:00Z"));
    Environment env =
        Environment.of(
            vars(
                "AWS_WEB_IDENTITY_TOKEN_FILE",
                "/nonexistent",
                "AWS_ROLE_ARN",
                "arn:aws:iam::1:role/no"),
            map(
                "aws.webIdentityTokenFile",
                tokenFile(WEB_TOKEN).toString(),
                "aws.roleArn",
                ROLE,
                "aws.roleSessionName",
                "by-property"));
    assertEquals("ASIAWEB", CredentialsProviders.webIdentity(env).resolve().accessKeyId());
    Map<String, String> sent = form(sts.received().get(0).body());
    assertEquals(ROLE, sent.get("RoleArn"));
    assertEquals("by-property", sent.get("RoleSessionName"));
  }

  @Test
  void webIdentityCredentialsAreRefreshedBeforeTheyExpireWithTheRotatedToken() throws Exception {
    sts.respondInTurn(
        "POST",
        "/",
        StsStub.webIdentityResponse("ASIAFIRST", SECRET, TOKEN, "2030-01-01T01:00:00Z"),
        StsStub.webIdentityResponse("ASIASECOND", SECRET_2, TOKEN_2, "2030-01-01T02:00:00Z"));
    Path file = tokenFile(WEB_TOKEN);
    Environment env =
        Environment.of(
            vars("AWS_WEB_IDENTITY_TOKEN_FILE", file.toString(), "AWS_ROLE_ARN", ROLE), Map.of());
    CredentialsProvider p = CredentialsProviders.defaultChain(env, clock);
    assertEquals("ASIAFIRST", p.resolve().accessKeyId());
    clock.advance(Duration.ofMinutes(30));
    assertEquals("ASIAFIRST", p.resolve().accessKeyId(), "cached while fresh");
    assertEquals(1, sts.received().size());
    Files.writeString(file, "rotated-token");
    clock.advance(Duration.ofMinutes(26)); // within 5 minutes of expiry
    assertEquals("ASIASECOND", p.resolve().accessKeyId());
    assertEquals(2, sts.received().size());
    assertEquals("rotated-token", form(sts.received().get(1).body()).get("WebIdentityToken"));
    assertTrue(
        form(sts.received().get(1).body()).get("RoleSessionName").startsWith("dynamo-java-"));
  }

  @Test
  void stsErrorsGarbageDoctypesAndSlownessFailClearly() throws Exception {
    Environment env =
        Environment.of(
            vars(
                "AWS_WEB_IDENTITY_TOKEN_FILE",
                tokenFile(WEB_TOKEN).toString(),
                "AWS_ROLE_ARN",
                ROLE),
            Map.of());
    WebIdentityProvider p = new WebIdentityProvider(() -> env, clock, Duration.ofSeconds(2));
    sts.respond("POST", "/", 400, StsStub.error("InvalidIdentityToken", "Token is expired"));
    String m = message(p);
    assertTrue(m.contains("STS AssumeRoleWithWebIdentity for role " + ROLE), m);
    assertTrue(m.endsWith("failed with HTTP 400 InvalidIdentityToken: Token is expired"), m);
    sts.respond("POST", "/", 200, "this is not xml " + SECRET);
    m = message(p);
    assertTrue(m.contains("not XML this client reads"), m);
    sts.respond(
        "POST",
        "/",
        200,
        "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r><AccessKeyId>&x;</AccessKeyId></r>");
    m = message(p);
    assertTrue(m.contains("document type or entity declaration, which is refused"), m);
    sts.respond(
        "POST",
        "/",
        200,
        "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult/>"
            + "</AssumeRoleWithWebIdentityResponse>");
    assertTrue(message(p).contains("returned no credentials"));
    sts.endlessBody("POST", "/");
    assertTrue(message(p).contains("more than the 65536 bytes"), message(p));
    CountDownLatch release = new CountDownLatch(1);
    sts.hang("POST", "/", release);
    try {
      m = message(p);
      // the whole exchange's deadline, or java.net.http's own request timeout, whichever is first
      assertTrue(
          m.contains("did not answer in full within 2000 ms") || m.contains("request timed out"),
          m);
    } finally {
      release.countDown();
    }
  }

  @Test
  void missingPiecesAreNamed() throws Exception {
    Environment noRole =
        Environment.of(
            vars("AWS_WEB_IDENTITY_TOKEN_FILE", tokenFile(WEB_TOKEN).toString()), Map.of());
    assertTrue(message(CredentialsProviders.webIdentity(noRole)).contains("neither AWS_ROLE_ARN"));
    Environment noFile =
        Environment.of(
            vars(
                "AWS_WEB_IDENTITY_TOKEN_FILE",
                home.resolve("nope").toString(),
                "AWS_ROLE_ARN",
                ROLE),
            Map.of());
    assertTrue(
        message(CredentialsProviders.webIdentity(noFile))
            .contains("Could not read the web identity token file"));
    assertTrue(
        message(CredentialsProviders.webIdentity(Environment.of(vars(), Map.of())))
            .contains(
                "neither system property aws.webIdentityTokenFile nor AWS_WEB_IDENTITY_TOKEN_FILE"));
  }

  private void files(String config, String credentials) throws Exception {
    Files.writeString(home.resolve(".aws/config"), config);
    Files.writeString(home.resolve(".aws/credentials"), credentials);
  }

  private ProfileProvider profile(Environment env, String name) {
    return new ProfileProvider(
        () -> env,
        name,
        clock,
        Duration.ofSeconds(2),
        ProcessProvider.DEFAULT_TIMEOUT,
        Duration.ofSeconds(2));
  }

  @Test
  void aChainOfSourceProfilesAssumesEachRoleInTurnSignedWithTheOneBefore() throws Exception {
    files(
        "[default]\nregion = us-west-2\n"
            + "[profile top]\nregion = eu-central-1\nrole_arn = arn:aws:iam::1:role/top\nsource_profile = middle\n"
            + "external_id = ext-1\nrole_session_name = s-top\nduration_seconds = 1800\n"
            + "[profile middle]\nrole_arn = arn:aws:iam::1:role/middle\nsource_profile = base\n",
        "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = " + SECRET + "\n");
    sts.respondInTurn(
        "POST",
        "/",
        StsStub.assumeRoleResponse("ASIAMIDDLE", SECRET_2, TOKEN_2),
        StsStub.assumeRoleResponse("ASIATOP", SECRET, TOKEN));
    Environment env = Environment.of(vars("AWS_PROFILE", "top"), Map.of());
    assertEquals("ASIATOP", CredentialsProviders.defaultChain(env, clock).resolve().accessKeyId());
    List<StubServer.Received> calls = sts.received();
    assertEquals(2, calls.size());
    assertTrue(
        calls
            .get(0)
            .headers()
            .get("authorization")
            .contains("Credential=AKIDBASE/20300101/eu-central-1/sts/aws4_request"),
        calls.get(0).headers().toString());
    assertEquals("arn:aws:iam::1:role/middle", form(calls.get(0).body()).get("RoleArn"));
    assertTrue(calls.get(1).headers().get("authorization").contains("Credential=ASIAMIDDLE/"));
    assertEquals(TOKEN_2, calls.get(1).headers().get("x-amz-security-token"));
    assertEquals(
        Map.of(
            "Action",
            "AssumeRole",
            "Version",
            "2011-06-15",
            "RoleArn",
            "arn:aws:iam::1:role/top",
            "RoleSessionName",
            "s-top",
            "ExternalId",
            "ext-1",
            "DurationSeconds",
            "1800"),
        form(calls.get(1).body()));
  }

  @Test
  void cyclesAndMfaAndContradictionsAreRefused() throws Exception {
    files(
        "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n"
            + "[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = a\n"
            + "[profile mfa]\nrole_arn = arn:aws:iam::1:role/m\nsource_profile = base\nmfa_serial = arn:aws:iam::1:mfa/me\n"
            + "[profile both]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = base\ncredential_source = Environment\n"
            + "[profile neither]\nrole_arn = arn:aws:iam::1:role/x\n"
            + "[profile odd]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Floppy\n",
        "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = " + SECRET + "\n");
    Environment env = Environment.of(vars(), Map.of());
    String m = message(profile(env, "a"));
    assertTrue(m.contains("source_profile makes a cycle: a -> b -> a"), m);
    m = message(profile(env, "mfa"));
    assertTrue(m.contains("sets mfa_serial"), m);
    assertTrue(
        message(profile(env, "both")).contains("sets both source_profile and credential_source"));
    assertTrue(
        message(profile(env, "neither")).contains("without source_profile, credential_source"));
    assertTrue(
        message(profile(env, "odd"))
            .contains("it must be Environment, Ec2InstanceMetadata or EcsContainer"));
    assertTrue(sts.received().isEmpty());
  }

  @Test
  void aProfileThatIsItsOwnSourceUsesItsOwnKeys() throws Exception {
    files(
        "",
        "[self]\nrole_arn = arn:aws:iam::1:role/self\nsource_profile = self\n"
            + "aws_access_key_id = AKIDSELF\naws_secret_access_key = "
            + SECRET
            + "\n");
    sts.respond("POST", "/", 200, StsStub.assumeRoleResponse("ASIASELF", SECRET_2, TOKEN_2));
    assertEquals(
        "ASIASELF", profile(Environment.of(vars(), Map.of()), "self").resolve().accessKeyId());
    assertTrue(
        sts.received().get(0).headers().get("authorization").contains("Credential=AKIDSELF/"));
  }

  @Test
  void credentialSourcesEnvironmentContainerAndInstanceMetadata() throws Exception {
    files(
        "[profile env]\nrole_arn = arn:aws:iam::1:role/e\ncredential_source = Environment\n"
            + "[profile ecs]\nrole_arn = arn:aws:iam::1:role/c\ncredential_source = EcsContainer\n"
            + "[profile ec2]\nrole_arn = arn:aws:iam::1:role/i\ncredential_source = Ec2InstanceMetadata\n",
        "");
    sts.respond("POST", "/", 200, StsStub.assumeRoleResponse("ASIAROLE", SECRET_2, TOKEN_2));
    Environment env =
        Environment.of(
            vars("AWS_ACCESS_KEY_ID", "AKIDENV", "AWS_SECRET_ACCESS_KEY", SECRET), Map.of());
    assertEquals("ASIAROLE", profile(env, "env").resolve().accessKeyId());
    assertTrue(
        sts.received().get(0).headers().get("authorization").contains("Credential=AKIDENV/"));
    try (StubServer local = StubServer.start()) {
      local.respond(
          "GET",
          "/creds",
          200,
          Fixtures.credentialsJson("ASIACONTAINER", SECRET, TOKEN, "2099-01-01T00:00:00Z"));
      local.respond("PUT", "/latest/api/token", 200, "imds-session");
      local.respond("GET", "/latest/meta-data/iam/security-credentials/", 200, "ec2-role");
      local.respond(
          "GET",
          "/latest/meta-data/iam/security-credentials/ec2-role",
          200,
          Fixtures.credentialsJson("ASIAEC2", SECRET, TOKEN, "2099-01-01T00:00:00Z"));
      Map<String, String> v =
          vars(
              "AWS_CONTAINER_CREDENTIALS_FULL_URI",
              local.base() + "/creds",
              "AWS_EC2_METADATA_SERVICE_ENDPOINT",
              local.base());
      v.remove("AWS_EC2_METADATA_DISABLED");
      Environment e = Environment.of(v, Map.of());
      profile(e, "ecs").resolve();
      assertTrue(
          sts.received()
              .get(1)
              .headers()
              .get("authorization")
              .contains("Credential=ASIACONTAINER/"));
      profile(e, "ec2").resolve();
      assertTrue(
          sts.received().get(2).headers().get("authorization").contains("Credential=ASIAEC2/"));
    }
  }

  @Test
  void aProfileWithAWebIdentityTokenFile() throws Exception {
    files(
        "[profile eks]\nrole_arn = "
            + ROLE
            + "\nweb_identity_token_file = ~/token\nrole_session_name = from-profile\n",
        "");
    tokenFile(WEB_TOKEN);
    sts.respond(
        "POST",
        "/",
        200,
        StsStub.webIdentityResponse("ASIAWEB", SECRET, TOKEN, "2030-01-01T01:00:00Z"));
    assertEquals(
        "ASIAWEB", profile(Environment.of(vars(), Map.of()), "eks").resolve().accessKeyId());
    Map<String, String> sent = form(sts.received().get(0).body());
    assertEquals(WEB_TOKEN, sent.get("WebIdentityToken"));
    assertEquals("from-profile", sent.get("RoleSessionName"));
  }

  @Test
  void stsIsCalledAtTheRegionalEndpointUnlessOneIsConfigured() throws Exception {
    // no STS endpoint configured: a region that is no DNS label is refused before any call
    files(
        "[profile r]\nregion = evil.example/\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = base\n",
        "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = " + SECRET + "\n");
    Map<String, String> v = vars("AWS_PROFILE", "r");
    v.remove("AWS_ENDPOINT_URL_STS");
    String m = message(profile(Environment.of(v, Map.of()), null));
    assertTrue(m.contains("not a region name"), m);
  }
}
