package io.dynamo.sign;

import static io.dynamo.sign.Fixtures.map;
import static io.dynamo.sign.Leaks.assertThrowsClean;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Environment variables and system properties, from an injected {@link Environment}. */
@ExtendWith(SecretLeakGuard.class)
class EnvironmentCredentialsTest {
  static final Path HOME = Path.of("/nonexistent-home");

  @Test
  void readsTheThreeVariables() {
    Environment env =
        Fixtures.env(
            HOME,
            "AWS_ACCESS_KEY_ID",
            "AKIDENV",
            "AWS_SECRET_ACCESS_KEY",
            SECRET,
            "AWS_SESSION_TOKEN",
            TOKEN);
    Credentials c = CredentialsProviders.environment(env).resolve();
    assertEquals(Credentials.of("AKIDENV", SECRET, TOKEN), c);
    Environment noToken =
        Fixtures.env(
            HOME,
            "AWS_ACCESS_KEY_ID",
            "AKIDENV",
            "AWS_SECRET_ACCESS_KEY",
            SECRET,
            "AWS_SESSION_TOKEN",
            "");
    assertNull(CredentialsProviders.environment(noToken).resolve().sessionToken());
  }

  @Test
  void saysWhichVariableIsMissing() {
    assertTrue(
        message(CredentialsProviders.environment(Fixtures.env(HOME)))
            .contains("AWS_ACCESS_KEY_ID is not set"));
    assertTrue(
        message(CredentialsProviders.environment(Fixtures.env(HOME, "AWS_ACCESS_KEY_ID", "AKID")))
            .contains("AWS_SECRET_ACCESS_KEY is not"));
    assertTrue(
        message(
                CredentialsProviders.environment(
                    Fixtures.env(HOME, "AWS_SECRET_ACCESS_KEY", SECRET)))
            .contains("AWS_ACCESS_KEY_ID is not"));
  }

  @Test
  void readsTheThreeSystemProperties() {
    Map<String, String> props =
        map(
            "aws.accessKeyId",
            "AKIDPROP",
            "aws.secretAccessKey",
            SECRET,
            "aws.sessionToken",
            TOKEN);
    Environment env = Environment.of(Map.of(), props, HOME);
    assertEquals(
        Credentials.of("AKIDPROP", SECRET, TOKEN),
        CredentialsProviders.systemProperties(env).resolve());
    assertTrue(
        message(CredentialsProviders.systemProperties(Fixtures.env(HOME)))
            .contains("aws.accessKeyId is not set"));
    Environment half = Environment.of(Map.of(), map("aws.accessKeyId", "AKID"), HOME);
    assertTrue(
        message(CredentialsProviders.systemProperties(half))
            .contains("aws.secretAccessKey is not"));
  }

  @Test
  void staticProvider() {
    Credentials c = Credentials.of("AKID", SECRET);
    CredentialsProvider p = CredentialsProviders.of(c);
    assertEquals(c, p.resolve());
    assertTrue(Leaks.cleanToString(p).contains("AKID"));
  }

  @Test
  void environmentToStringShowsNoValues() {
    Environment env =
        Fixtures.env(HOME, "AWS_SECRET_ACCESS_KEY", SECRET, "AWS_SESSION_TOKEN", TOKEN);
    assertEquals(
        "Environment[variables=2, properties=0, home=/nonexistent-home]", Leaks.cleanToString(env));
    Leaks.cleanToString(Environment.system());
  }

  static String message(CredentialsProvider p) {
    return assertThrowsClean(CredentialsException.class, p::resolve).getMessage();
  }
}
