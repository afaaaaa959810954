package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder's defaults from an injected environment: region, endpoint (configured, FIPS,
 * dual-stack), retries; builder settings first, then system properties, variables, the profile.
 * Nothing is sent anywhere: requests go to a fake transport that records their URIs.
 */
class ConfigurationTest {
  @TempDir Path home;

  private Environment env(String config, Map<String, String> props, String... vars)
      throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), config);
    Map<String, String> v = new LinkedHashMap<>();
    v.put("HOME", home.toString());
    for (int i = 0; i < vars.length; i += 2) {
      v.put(vars[i], vars[i + 1]);
    }
    return Environment.of(v, props);
  }

  private static DynamoClientBuilder builder(Environment env, FakeTransport t) {
    return DynamoClient.builder()
        .environment(env)
        .transport(t)
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
  }

  private static String sentTo(DynamoClientBuilder b, FakeTransport t) {
    try (DynamoClient db = b.build()) {
      db.listTables();
    }
    return t.requests().get(t.requests().size() - 1).uri().toString();
  }

  private String sentTo(Environment env) {
    FakeTransport t = FakeTransport.create();
    return sentTo(builder(env, t), t);
  }

  @Test
  void regionAndEndpointFromTheProfileAndItsServicesSection() throws Exception {
    String config =
        "[default]\nregion = eu-west-1\n"
            + "[profile local]\nregion = eu-west-2\nendpoint_url = http://127.0.0.1:9/global\nservices = mine\n"
            + "[profile global]\nendpoint_url = http://127.0.0.1:9/global\n"
            + "[services mine]\ndynamodb =\n  endpoint_url = http://127.0.0.1:8000\n";
    assertEquals("https://dynamodb.eu-west-1.amazonaws.com/", sentTo(env(config, Map.of())));
    assertEquals("http://127.0.0.1:8000/", sentTo(env(config, Map.of(), "AWS_PROFILE", "local")));
    assertEquals("http://127.0.0.1:9/global", sentTo(env(config, Map.of("aws.profile", "global"))));
    try (DynamoClient db =
        builder(env(config, Map.of(), "AWS_PROFILE", "local"), FakeTransport.create()).build()) {
      assertEquals("eu-west-2", db.region());
    }
  }

  @Test
  void propertiesBeatVariablesBeatTheProfileAndTheBuilderBeatsThemAll() throws Exception {
    String config = "[default]\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:1/profile\n";
    Environment all =
        env(
            config,
            Map.of("aws.endpointUrl", "http://127.0.0.1:2/property", "aws.region", "sa-east-1"),
            "AWS_ENDPOINT_URL_DYNAMODB",
            "http://127.0.0.1:3/variable",
            "AWS_REGION",
            "us-east-2");
    assertEquals("http://127.0.0.1:2/property", sentTo(all));
    assertEquals(
        "http://127.0.0.1:3/variable",
        sentTo(env(config, Map.of(), "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:3/variable")));
    FakeTransport t = FakeTransport.create();
    assertEquals(
        "http://127.0.0.1:4/",
        sentTo(builder(all, t).endpoint("http://127.0.0.1:4").region("ap-east-1"), t));
    try (DynamoClient db = builder(all, FakeTransport.create()).build()) {
      assertEquals("sa-east-1", db.region());
    }
    Environment ignoring =
        env(
            config,
            Map.of(),
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
            "true",
            "AWS_ENDPOINT_URL",
            "http://127.0.0.1:5");
    assertEquals("https://dynamodb.eu-west-1.amazonaws.com/", sentTo(ignoring));
  }

  @Test
  void fipsAndDualStackEndpointsAsDynamoDbsRulesMakeThem() throws Exception {
    assertEquals(
        "https://dynamodb-fips.us-east-1.amazonaws.com/",
        sentTo(env("[default]\nregion = us-east-1\nuse_fips_endpoint = true\n", Map.of())));
    assertEquals(
        "https://dynamodb.eu-west-1.api.aws/",
        sentTo(env("", Map.of(), "AWS_REGION", "eu-west-1", "AWS_USE_DUALSTACK_ENDPOINT", "true")));
    assertEquals(
        "https://dynamodb-fips.ca-central-1.api.aws/",
        sentTo(
            env(
                "",
                Map.of(
                    "aws.useFipsEndpoint",
                    "true",
                    "aws.useDualstackEndpoint",
                    "true",
                    "aws.region",
                    "ca-central-1"))));
    assertEquals(
        "https://dynamodb.us-gov-west-1.amazonaws.com/",
        sentTo(env("", Map.of(), "AWS_REGION", "us-gov-west-1", "AWS_USE_FIPS_ENDPOINT", "true")));
    assertEquals(
        "https://dynamodb.cn-north-1.api.amazonwebservices.com.cn/",
        sentTo(
            env("", Map.of(), "AWS_REGION", "cn-north-1", "AWS_USE_DUALSTACK_ENDPOINT", "true")));
    // the builder's choice first
    Environment fipsEnv =
        env("", Map.of(), "AWS_REGION", "us-west-2", "AWS_USE_FIPS_ENDPOINT", "true");
    FakeTransport t = FakeTransport.create();
    assertEquals(
        "https://dynamodb.us-west-2.amazonaws.com/",
        sentTo(builder(fipsEnv, t).useFipsEndpoint(false), t));
    t = FakeTransport.create();
    assertEquals(
        "https://dynamodb.us-west-2.api.aws/",
        sentTo(
            builder(env("", Map.of(), "AWS_REGION", "us-west-2"), t).useDualstackEndpoint(true),
            t));
  }

  @Test
  void fipsWithAnExplicitEndpointAndBadValuesAreRefusedNamingTheirSource() throws Exception {
    Environment e =
        env(
            "",
            Map.of(),
            "AWS_REGION",
            "us-west-2",
            "AWS_USE_FIPS_ENDPOINT",
            "true",
            "AWS_ENDPOINT_URL",
            "http://127.0.0.1:8000");
    InvalidRequestException x =
        assertThrows(
            InvalidRequestException.class, () -> builder(e, FakeTransport.create()).build());
    assertTrue(x.getMessage().contains("AWS_ENDPOINT_URL"), x.getMessage());
    Environment bad =
        env("[default]\nregion = us-east-1\nuse_dualstack_endpoint = maybe\n", Map.of());
    x =
        assertThrows(
            InvalidRequestException.class, () -> builder(bad, FakeTransport.create()).build());
    assertEquals("profile 'default' key use_dualstack_endpoint", x.field());
    Environment badUrl =
        env("", Map.of("aws.endpointUrlDynamoDb", "ftp://x"), "AWS_REGION", "us-east-1");
    x =
        assertThrows(
            InvalidRequestException.class, () -> builder(badUrl, FakeTransport.create()).build());
    assertEquals("system property aws.endpointUrlDynamoDb", x.field());
  }

  private int attempts(Environment env) {
    try (DynamoClient db = builder(env, FakeTransport.create()).build()) {
      return db.retryPolicy().maxAttempts();
    }
  }

  @Test
  void retryModeAndMaxAttempts() throws Exception {
    String r = "[default]\nregion = us-east-1\n";
    assertEquals(RetryPolicy.standard().maxAttempts(), attempts(env(r, Map.of())));
    assertEquals(4, attempts(env(r + "retry_mode = legacy\n", Map.of())));
    assertEquals(
        RetryPolicy.standard().maxAttempts(),
        attempts(env(r + "retry_mode = legacy\n", Map.of(), "AWS_RETRY_MODE", "standard")));
    assertEquals(
        RetryPolicy.standard().maxAttempts(),
        attempts(env(r, Map.of("aws.retryMode", "adaptive"))));
    assertEquals(
        2,
        attempts(
            env(
                r + "max_attempts = 7\n",
                Map.of("aws.maxAttempts", "2"),
                "AWS_MAX_ATTEMPTS",
                "3")));
    assertEquals(3, attempts(env(r + "max_attempts = 7\n", Map.of(), "AWS_MAX_ATTEMPTS", "3")));
    assertEquals(7, attempts(env(r + "max_attempts = 7\nretry_mode = legacy\n", Map.of())));
    InvalidRequestException x =
        assertThrows(
            InvalidRequestException.class,
            () -> attempts(env(r, Map.of(), "AWS_MAX_ATTEMPTS", "0")));
    assertEquals("AWS_MAX_ATTEMPTS", x.field());
    x =
        assertThrows(
            InvalidRequestException.class,
            () -> attempts(env(r, Map.of(), "AWS_RETRY_MODE", "eager")));
    assertEquals("AWS_RETRY_MODE", x.field());
    FakeTransport t = FakeTransport.create();
    try (DynamoClient db =
        builder(env(r, Map.of(), "AWS_MAX_ATTEMPTS", "9"), t)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertEquals(1, db.retryPolicy().maxAttempts(), "the builder's policy wins");
    }
  }
}
