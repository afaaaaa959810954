package io.dynamo.sign;

import static io.dynamo.sign.Fixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every setting from a system property, a variable and a profile key, in the SDK's order. */
@ExtendWith(SecretLeakGuard.class)
class AwsConfigTest {
  @TempDir Path home;

  private void config(String text) throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), text);
  }

  private static final String CONFIG =
      "[default]\nregion = eu-west-1\nmax_attempts = 7\nretry_mode = legacy\n"
          + "use_fips_endpoint = true\nuse_dualstack_endpoint = true\n"
          + "endpoint_url = http://127.0.0.1:1/profile-global\nservices = local\n"
          + "defaults_mode = standard\n"
          + "[services local]\ndynamodb =\n  endpoint_url = http://127.0.0.1:1/profile-dynamodb\n"
          + "sts =\n  endpoint_url = http://127.0.0.1:1/profile-sts\n"
          + "[profile quiet]\nignore_configured_endpoint_urls = true\nendpoint_url = http://127.0.0.1:1/q\n"
          + "[profile other]\nregion = ap-south-1\n";

  private AwsConfig of(Map<String, String> vars, Map<String, String> props) {
    Map<String, String> v = new java.util.LinkedHashMap<>(vars);
    v.put("HOME", home.toString());
    return AwsConfig.of(Environment.of(v, props));
  }

  @Test
  void homeComesFromHomeFirstThenWindowsVariablesThenUserHome() {
    assertEquals(Path.of("/h"), Environment.homeOf(map("HOME", "/h"), map("user.home", "/u")));
    assertEquals(Path.of("/u"), Environment.homeOf(map(), map("user.home", "/u")));
    Map<String, String> windows = map("os.name", "Windows 11", "user.home", "/u");
    assertEquals(
        Path.of("C:\\Users\\me"),
        Environment.homeOf(map("USERPROFILE", "C:\\Users\\me", "HOMEDRIVE", "D:"), windows));
    assertEquals(
        Path.of("D:\\home"),
        Environment.homeOf(map("HOMEDRIVE", "D:", "HOMEPATH", "\\home"), windows));
    assertEquals(
        Path.of("/u"), Environment.homeOf(map("USERPROFILE", "C:\\x"), map("user.home", "/u")));
    assertEquals(
        Path.of("/h"), Environment.homeOf(map("HOME", "/h", "USERPROFILE", "C:\\x"), windows));
  }

  @Test
  void profileFilesAreFoundUnderHome() throws Exception {
    config(CONFIG);
    assertEquals("eu-west-1", of(map(), map("user.home", "/elsewhere")).region().get().value());
  }

  @Test
  void systemPropertiesBeatVariablesBeatTheProfile() throws Exception {
    config(CONFIG);
    AwsConfig profileOnly = of(map(), map());
    assertEquals(
        new AwsConfig.Setting("7", "profile 'default' key max_attempts"),
        profileOnly.maxAttempts().get());
    assertEquals("legacy", profileOnly.retryMode().get().value());
    assertTrue(profileOnly.useFipsEndpoint().get().asBoolean());
    assertTrue(profileOnly.useDualstackEndpoint().get().asBoolean());

    AwsConfig vars =
        of(
            map(
                "AWS_MAX_ATTEMPTS",
                "3",
                "AWS_RETRY_MODE",
                "standard",
                "AWS_USE_FIPS_ENDPOINT",
                "false",
                "AWS_USE_DUALSTACK_ENDPOINT",
                "false",
                "AWS_REGION",
                "us-east-2"),
            map());
    assertEquals(new AwsConfig.Setting("3", "AWS_MAX_ATTEMPTS"), vars.maxAttempts().get());
    assertEquals("standard", vars.retryMode().get().value());
    assertFalse(vars.useFipsEndpoint().get().asBoolean());
    assertFalse(vars.useDualstackEndpoint().get().asBoolean());
    assertEquals("us-east-2", vars.region().get().value());

    AwsConfig props =
        of(
            map("AWS_MAX_ATTEMPTS", "3", "AWS_RETRY_MODE", "standard", "AWS_REGION", "us-east-2"),
            map(
                "aws.maxAttempts",
                "2",
                "aws.retryMode",
                "adaptive",
                "aws.useFipsEndpoint",
                "TRUE",
                "aws.useDualstackEndpoint",
                "false",
                "aws.region",
                "sa-east-1"));
    assertEquals(
        new AwsConfig.Setting("2", "system property aws.maxAttempts"), props.maxAttempts().get());
    assertEquals("adaptive", props.retryMode().get().value());
    assertTrue(props.useFipsEndpoint().get().asBoolean());
    assertFalse(props.useDualstackEndpoint().get().asBoolean());
    assertEquals("sa-east-1", props.region().get().value());
    assertEquals(
        "us-west-1", of(map("AWS_DEFAULT_REGION", "us-west-1"), map()).region().get().value());
  }

  @Test
  void badValuesNameWhereTheyWereFound() throws Exception {
    config("[default]\nuse_fips_endpoint = yes\nmax_attempts = 0\n");
    AwsConfig c = of(map(), map());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> c.useFipsEndpoint().get().asBoolean());
    assertEquals(
        "profile 'default' key use_fips_endpoint must be true or false but is 'yes'",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> c.maxAttempts().get().asPositiveInt());
    assertTrue(e.getMessage().startsWith("profile 'default' key max_attempts"), e.getMessage());
  }

  @Test
  void theProfileIsAwsProfilePropertyThenVariable() throws Exception {
    config(CONFIG);
    assertEquals("ap-south-1", of(map("AWS_PROFILE", "other"), map()).region().get().value());
    AwsConfig c = of(map("AWS_PROFILE", "default"), map("aws.profile", "other"));
    assertEquals("other", c.profileName());
    assertEquals("ap-south-1", c.region().get().value());
  }

  @Test
  void filesComeFromPropertiesThenVariables() throws Exception {
    Path a = Files.writeString(home.resolve("a.ini"), "[default]\nregion = a-1\n");
    Path b = Files.writeString(home.resolve("b.ini"), "[default]\nregion = b-1\n");
    Path c = Files.writeString(home.resolve("c.ini"), "[default]\nregion = c-1\n");
    assertEquals("a-1", of(map("AWS_CONFIG_FILE", a.toString()), map()).region().get().value());
    assertEquals(
        "b-1",
        of(map("AWS_CONFIG_FILE", a.toString()), map("aws.configFile", b.toString()))
            .region()
            .get()
            .value());
    assertEquals(
        "c-1",
        of(
                map("AWS_SHARED_CREDENTIALS_FILE", a.toString()),
                map("aws.sharedCredentialsFile", c.toString()))
            .region()
            .get()
            .value());
  }

  @Test
  void endpointUrlsInTheSdksOrder() throws Exception {
    config(CONFIG);
    Map<String, String> allVars =
        map(
            "AWS_ENDPOINT_URL_DYNAMODB",
            "http://v-dynamodb",
            "AWS_ENDPOINT_URL",
            "http://v-global");
    Map<String, String> allProps =
        map("aws.endpointUrlDynamoDb", "http://p-dynamodb", "aws.endpointUrl", "http://p-global");
    assertEquals(
        new AwsConfig.Setting("http://p-dynamodb", "system property aws.endpointUrlDynamoDb"),
        of(allVars, allProps).endpointUrl("dynamodb").get());
    assertEquals(
        "http://p-global",
        of(allVars, map("aws.endpointUrl", "http://p-global"))
            .endpointUrl("dynamodb")
            .get()
            .value());
    assertEquals(
        new AwsConfig.Setting("http://v-dynamodb", "AWS_ENDPOINT_URL_DYNAMODB"),
        of(allVars, map()).endpointUrl("dynamodb").get());
    assertEquals(
        "http://v-global",
        of(map("AWS_ENDPOINT_URL", "http://v-global"), map())
            .endpointUrl("dynamodb")
            .get()
            .value());
    AwsConfig profile = of(map(), map());
    assertEquals(
        new AwsConfig.Setting(
            "http://127.0.0.1:1/profile-dynamodb",
            "[services local] dynamodb.endpoint_url of profile 'default'"),
        profile.endpointUrl("dynamodb").get());
    assertEquals("http://127.0.0.1:1/profile-sts", profile.endpointUrl("sts").get().value());
    assertEquals("http://127.0.0.1:1/profile-global", profile.endpointUrl("sso").get().value());
    assertEquals(
        "http://v-sts",
        of(map("AWS_ENDPOINT_URL_STS", "http://v-sts"), map()).endpointUrl("sts").get().value());
    assertEquals(
        "http://p-sso",
        of(map(), map("aws.endpointUrlSso", "http://p-sso")).endpointUrl("sso").get().value());
  }

  @Test
  void configuredEndpointUrlsCanBeIgnored() throws Exception {
    config(CONFIG);
    Map<String, String> vars = map("AWS_ENDPOINT_URL", "http://v-global");
    assertEquals(
        Optional.empty(),
        of(
                map("AWS_ENDPOINT_URL", "http://x", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
                map())
            .endpointUrl("dynamodb"));
    assertEquals(
        Optional.empty(),
        of(vars, map("aws.ignoreConfiguredEndpointUrls", "true")).endpointUrl("dynamodb"));
    assertEquals(Optional.empty(), of(map("AWS_PROFILE", "quiet"), map()).endpointUrl("dynamodb"));
    // the property beats the variable and the profile here too
    assertTrue(
        of(
                map("AWS_PROFILE", "quiet", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
                map("aws.ignoreConfiguredEndpointUrls", "false"))
            .endpointUrl("dynamodb")
            .isPresent());
  }

  @Test
  void unsupportedSettingsAreNamedInOneWarningEach() throws Exception {
    config(CONFIG);
    AwsConfig.forgetWarnings();
    AwsConfig c =
        of(
            map("AWS_ACCOUNT_ID_ENDPOINT_MODE", "required", "AWS_STS_REGIONAL_ENDPOINTS", "legacy"),
            map());
    List<String> unsupported = c.unsupported();
    assertEquals(3, unsupported.size(), unsupported.toString());
    assertTrue(
        unsupported.get(0).startsWith("profile 'default' key defaults_mode is not supported"),
        unsupported.toString());
    assertTrue(unsupported.get(1).startsWith("AWS_ACCOUNT_ID_ENDPOINT_MODE is not supported"));
    assertTrue(unsupported.get(2).startsWith("AWS_STS_REGIONAL_ENDPOINTS is 'legacy'"));
    c.warnUnsupported();
    c.warnUnsupported();
    List<LogRecord> warnings =
        SecretLeakGuard.records().stream().filter(r -> r.getLevel() == Level.WARNING).toList();
    assertEquals(3, warnings.size(), warnings.toString());
    assertEquals("io.dynamo.sign.config", warnings.get(0).getLoggerName());
  }

  @Test
  void toStringShowsNoValue() throws Exception {
    config("[default]\nendpoint_url = http://127.0.0.1/secret-path\n");
    AwsConfig c = of(map(), map());
    assertFalse(c.toString().contains("secret-path"), c.toString());
    assertTrue(c.toString().contains("profile=default"), c.toString());
  }
}
