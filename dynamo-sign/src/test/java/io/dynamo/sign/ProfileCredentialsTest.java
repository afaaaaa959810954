package io.dynamo.sign;

import static io.dynamo.sign.EnvironmentCredentialsTest.message;
import static io.dynamo.sign.Fixtures.env;
import static io.dynamo.sign.Fixtures.profileHome;
import static io.dynamo.sign.Fixtures.resource;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.SECRET_2;
import static io.dynamo.sign.TestSecrets.TOKEN_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Profile files, against the fixtures in src/test/resources/profiles. */
@ExtendWith(SecretLeakGuard.class)
class ProfileCredentialsTest {

  @Test
  void defaultProfileIgnoresCommentsAndPrefersTheCredentialsFile() {
    Credentials c = CredentialsProviders.profile(env(profileHome())).resolve();
    assertEquals(Credentials.of("AKIDDEFAULT", SECRET), c);
  }

  @Test
  void awsProfileSelectsAProfileWithSessionToken() {
    Credentials c =
        CredentialsProviders.profile(env(profileHome(), "AWS_PROFILE", "dev")).resolve();
    assertEquals(Credentials.of("AKIDDEV", SECRET_2, TOKEN_2), c);
  }

  @Test
  void systemPropertyAwsProfileAndExplicitNameSelectToo() {
    Environment byProperty =
        Environment.of(Map.of(), Map.of("aws.profile", "config-only"), profileHome());
    assertEquals("AKIDCONFIG", CredentialsProviders.profile(byProperty).resolve().accessKeyId());
    Environment env = env(profileHome(), "AWS_PROFILE", "dev");
    assertEquals(
        "AKIDGARBLED", CredentialsProviders.profile(env, "garbled").resolve().accessKeyId());
  }

  @Test
  void configFileProfilesNeedTheProfilePrefix() {
    assertEquals(
        "AKIDCONFIG",
        CredentialsProviders.profile(env(profileHome()), "config-only").resolve().accessKeyId());
    String m = message(CredentialsProviders.profile(env(profileHome()), "not-a-profile"));
    assertTrue(m.contains("Profile 'not-a-profile'"), m);
  }

  @Test
  void unknownProfileNamesTheProfileTheFilesAndTheChoices() {
    String m = message(CredentialsProviders.profile(env(profileHome(), "AWS_PROFILE", "nope")));
    Path home = profileHome();
    assertTrue(m.contains("Profile 'nope' (selected by AWS_PROFILE) not found"), m);
    assertTrue(m.contains(home.resolve(".aws/credentials").toString()), m);
    assertTrue(m.contains(home.resolve(".aws/config").toString()), m);
    assertTrue(m.contains("[default, dev, config-only, assume, no-secret, no-key, garbled]"), m);
  }

  @Test
  void missingKeysAreNamed() {
    assertTrue(
        message(CredentialsProviders.profile(env(profileHome()), "no-secret"))
            .contains("has aws_access_key_id but no aws_secret_access_key"));
    assertTrue(
        message(CredentialsProviders.profile(env(profileHome()), "no-key"))
            .contains("has aws_secret_access_key but no aws_access_key_id"));
  }

  @Test
  void aRoleProfileAssumesTheRoleAtTheConfiguredStsEndpoint() throws Exception {
    try (StubServer sts = StubServer.start()) {
      sts.respond("POST", "/", 200, StsStub.assumeRoleResponse("ASIAASSUMED", SECRET_2, TOKEN_2));
      Environment e = env(profileHome(), "AWS_ENDPOINT_URL_STS", sts.base());
      assertEquals(
          "ASIAASSUMED", CredentialsProviders.profile(e, "assume").resolve().accessKeyId());
      StubServer.Received r = sts.received().get(0);
      assertTrue(
          r.headers().get("authorization").contains("Credential=AKIDDEFAULT/"), r.toString());
      assertTrue(r.headers().get("authorization").contains("/eu-west-1/sts/aws4_request"));
    }
  }

  @Test
  void fileLocationsComeFromTheEnvironmentWithTildeExpansion() {
    Path elsewhere = resource("/profiles/elsewhere");
    Environment env =
        env(
            elsewhere,
            "AWS_SHARED_CREDENTIALS_FILE",
            "~/creds.ini",
            "AWS_CONFIG_FILE",
            elsewhere.resolve("config.ini").toString());
    assertEquals("AKIDELSEWHERE", CredentialsProviders.profile(env).resolve().accessKeyId());
  }

  @Test
  void noFilesAtAllSaysWhereItLooked(@TempDir Path emptyHome) {
    String m = message(CredentialsProviders.profile(env(emptyHome)));
    assertTrue(m.contains("no AWS profile file found"), m);
    assertTrue(m.contains(emptyHome.resolve(".aws/credentials") + " (not found)"), m);
    assertTrue(m.contains(emptyHome.resolve(".aws/config") + " (not found)"), m);
  }

  @Test
  void regionComesFromVariablesThenTheProfile() {
    Path home = profileHome();
    assertEquals("eu-west-1", Regions.resolve(env(home)).orElseThrow());
    assertEquals("ru-central1", Regions.resolve(env(home, "AWS_PROFILE", "dev")).orElseThrow());
    assertEquals(
        "us-east-2", Regions.resolve(env(home, "AWS_DEFAULT_REGION", "us-east-2")).orElseThrow());
    assertEquals(
        "us-east-1",
        Regions.resolve(env(home, "AWS_DEFAULT_REGION", "us-east-2", "AWS_REGION", "us-east-1"))
            .orElseThrow());
    Environment withProperty =
        Environment.of(Map.of("AWS_REGION", "us-east-1"), Map.of("aws.region", "sa-east-1"), home);
    assertEquals("sa-east-1", Regions.resolve(withProperty).orElseThrow());
    assertTrue(Regions.resolve(env(Path.of("/nonexistent-home"))).isEmpty());
    assertTrue(Regions.resolve(env(home, "AWS_PROFILE", "no-secret")).isEmpty());
  }
}
