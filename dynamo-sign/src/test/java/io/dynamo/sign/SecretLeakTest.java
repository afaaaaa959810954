package io.dynamo.sign;

import static io.dynamo.sign.TestSecrets.BEARER;
import static io.dynamo.sign.TestSecrets.CONTAINER_TOKEN;
import static io.dynamo.sign.TestSecrets.IMDS_TOKEN;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * With known secrets everywhere (credentials, session tokens, container and IMDS tokens, bearer
 * tokens, secrets in environment variables, profile files and endpoint responses), every object's
 * {@code toString()}, every exception message (with causes and suppressed ones) and every log
 * record the module writes at any level is captured, and none shows a secret.
 *
 * <p>Every other test class of the module runs under {@link SecretLeakGuard} too, which checks the
 * log records and escaping exceptions of each test, and uses {@link Leaks} for the exceptions it
 * expects.
 */
@ExtendWith(SecretLeakGuard.class)
class SecretLeakTest {
  final List<String> texts = new ArrayList<>();

  private void capture(Object o) {
    texts.add(String.valueOf(o));
  }

  private void captureFailure(Runnable r) {
    try {
      r.run();
      texts.add("(no exception)");
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        texts.add(t.getMessage());
        texts.add(t.toString());
        for (Throwable s : t.getSuppressed()) {
          texts.add(s.getMessage());
          texts.add(s.toString());
        }
      }
    }
  }

  @Test
  void noSecretInAnyToStringMessageOrLogRecord(@TempDir Path home) throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        home.resolve(".aws/credentials"),
        "[default]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = "
            + SECRET
            + "\naws_session_token = "
            + TOKEN
            + "\n[broken]\naws_secret_access_key = "
            + SECRET
            + "\n"
            + SECRET
            + "\n");
    Path tokenFile = home.resolve("container-token");
    Files.writeString(tokenFile, CONTAINER_TOKEN);

    Credentials creds =
        Credentials.of("AKIDEXAMPLE", SECRET, TOKEN, Instant.parse("2026-11-25T04:00:00Z"));
    MutableClock clock = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));
    SigV4Signer signer = SigV4Signer.create("us-east-1", "dynamodb", clock);
    SignableRequest request =
        SignableRequest.builder("POST", URI.create("https://dynamodb.us-east-1.amazonaws.com/"))
            .header("X-Amz-Target", "DynamoDB_20120810.GetItem")
            .body(("{\"secret\":\"" + SECRET + "\"}").getBytes(StandardCharsets.UTF_8))
            .build();
    SigningDetails details = signer.details(request, creds);
    List<HttpHeader> signed = signer.sign(request, creds);

    capture(creds);
    capture(Credentials.of("AKIDEXAMPLE", SECRET));
    capture(signer);
    capture(request);
    capture(details);
    capture(signed);
    capture(SignableRequest.of("POST", request.uri(), signed, request.body()));
    capture(HttpHeader.of("Authorization", "Bearer " + BEARER));
    capture(HttpHeader.of("X-Amz-Security-Token", TOKEN));
    capture(HttpHeader.of("x-aws-ec2-metadata-token", IMDS_TOKEN));
    capture(Auth.sigV4(creds));
    capture(Auth.bearer(() -> BEARER));
    capture(Auth.bearer(() -> BEARER).signer("ru-central1", "dynamodb", clock).sign(request));
    capture(Auth.sigV4(creds).signer("us-east-1", "dynamodb", clock).sign(request));

    try (StubServer server = StubServer.start()) {
      server.respond(
          "GET",
          "/creds",
          200,
          Fixtures.credentialsJson("ASIA", SECRET, TOKEN, "2026-11-25T03:10:00Z"));
      server.respond(
          "GET",
          "/bad",
          200,
          "{\"SecretAccessKey\": " + SECRET + ", \"Token\": \"" + TOKEN + "\"}");
      server.respond("GET", "/nokey", 200, "{\"SecretAccessKey\": \"" + SECRET + "\"}");
      server.respond("PUT", "/latest/api/token", 200, IMDS_TOKEN);
      server.respond("GET", "/latest/meta-data/iam/security-credentials/", 200, "role");
      server.respond(
          "GET",
          "/latest/meta-data/iam/security-credentials/role",
          200,
          "{\"Token\": " + TOKEN + "}");

      Map<String, String> vars =
          Fixtures.map(
              "AWS_ACCESS_KEY_ID",
              "AKIDENV",
              "AWS_SECRET_ACCESS_KEY",
              SECRET,
              "AWS_SESSION_TOKEN",
              TOKEN,
              "AWS_CONTAINER_CREDENTIALS_FULL_URI",
              server.base() + "/creds",
              "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
              tokenFile.toString(),
              "AWS_EC2_METADATA_SERVICE_ENDPOINT",
              server.base());
      Environment env = Environment.of(vars, Map.of("aws.secretAccessKey", SECRET), home);
      capture(env);
      List<CredentialsProvider> providers =
          List.of(
              CredentialsProviders.of(creds),
              CredentialsProviders.environment(env),
              CredentialsProviders.systemProperties(env),
              CredentialsProviders.profile(env),
              CredentialsProviders.container(env),
              CredentialsProviders.instanceMetadata(env, Duration.ofSeconds(1)),
              CredentialsProviders.defaultChain(env),
              CredentialsProviders.caching(CredentialsProviders.container(env), clock));
      for (CredentialsProvider p : providers) {
        capture(p);
        captureFailure(() -> capture(p.resolve()));
      }

      // failure paths, each with secrets around
      Environment bad =
          Environment.of(
              Fixtures.map(
                  "AWS_SECRET_ACCESS_KEY",
                  SECRET,
                  "AWS_SESSION_TOKEN",
                  TOKEN,
                  "AWS_PROFILE",
                  "broken",
                  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                  server.base() + "/bad",
                  "AWS_CONTAINER_AUTHORIZATION_TOKEN",
                  CONTAINER_TOKEN,
                  "AWS_EC2_METADATA_SERVICE_ENDPOINT",
                  server.base()),
              Map.of("aws.secretAccessKey", SECRET),
              home);
      captureFailure(() -> CredentialsProviders.environment(bad).resolve());
      captureFailure(() -> CredentialsProviders.systemProperties(bad).resolve());
      captureFailure(() -> CredentialsProviders.profile(bad).resolve());
      captureFailure(() -> CredentialsProviders.profile(bad, "missing").resolve());
      captureFailure(() -> CredentialsProviders.container(bad).resolve());
      captureFailure(
          () -> CredentialsProviders.instanceMetadata(bad, Duration.ofSeconds(1)).resolve());
      captureFailure(() -> CredentialsProviders.defaultChain(bad).resolve());
      Environment noKey =
          Fixtures.env(home, "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.base() + "/nokey");
      captureFailure(() -> CredentialsProviders.container(noKey).resolve());
      Environment badUri =
          Fixtures.env(home, "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://h/ " + SECRET);
      captureFailure(() -> CredentialsProviders.container(badUri).resolve());
      Environment lineBreakToken =
          Fixtures.env(
              home,
              "AWS_CONTAINER_CREDENTIALS_FULL_URI",
              server.base() + "/creds",
              "AWS_CONTAINER_AUTHORIZATION_TOKEN",
              CONTAINER_TOKEN + "\u0001");
      captureFailure(() -> CredentialsProviders.container(lineBreakToken).resolve());
      // a URI java.net.http refuses (port beyond 65535), with secrets in user info and query
      Environment refusedUri =
          Fixtures.env(
              home,
              "AWS_CONTAINER_CREDENTIALS_FULL_URI",
              "http://AKID:" + SECRET + "@127.0.0.1:99999/creds?token=" + TOKEN,
              "AWS_CONTAINER_AUTHORIZATION_TOKEN",
              CONTAINER_TOKEN);
      captureFailure(() -> CredentialsProviders.container(refusedUri).resolve());
      // a cached failure, first as it happened, then remembered
      CredentialsProvider cachedFailure =
          CredentialsProviders.caching(CredentialsProviders.container(bad), clock);
      captureFailure(cachedFailure::resolve);
      captureFailure(cachedFailure::resolve);
      capture(cachedFailure);
    }
    captureFailure(() -> Credentials.of("AKID", SECRET + "\n"));
    captureFailure(() -> Credentials.of("AKID", SECRET, TOKEN + "\n"));
    captureFailure(() -> Credentials.of(SECRET + " ", ""));
    captureFailure(() -> HttpHeader.of("X-Amz-Security-Token", TOKEN + "\n"));
    captureFailure(
        () -> Auth.bearer(() -> BEARER + " x").signer("r", "s", Clock.systemUTC()).sign(request));
    captureFailure(
        () ->
            signer.sign(
                SignableRequest.builder("POST", request.uri())
                    .header("X-Amz-Security-Token", TOKEN)
                    .build(),
                creds));

    SimpleFormatter formatter = new SimpleFormatter();
    List<LogRecord> records = SecretLeakGuard.records();
    for (LogRecord r : records) {
      texts.add(formatter.format(r));
    }

    assertTrue(texts.size() > 60, "captured " + texts.size());
    assertFalse(records.isEmpty(), "the providers logged something");
    List<String> leaks = new ArrayList<>();
    for (String text : texts) {
      if (!TestSecrets.found(text).isEmpty()) {
        leaks.add(
            text.length() > 80
                ? text.substring(0, 40) + "..."
                : text.substring(0, Math.min(10, text.length())) + "...");
      }
    }
    assertEquals(List.of(), leaks, "texts that show a secret (abridged)");
  }

  @Test
  void theGuardCatchesALeakingLogRecord() {
    SecretLeakGuard guard = new SecretLeakGuard();
    System.getLogger("io.dynamo.sign.leak-check").log(System.Logger.Level.TRACE, "key {0}", SECRET);
    assertThrows(AssertionFailedError.class, () -> guard.afterEach(null));
    guard.beforeEach(null); // forget the record, so this test's own check passes
    assertThrows(
        AssertionFailedError.class,
        () -> TestSecrets.assertClean(new CredentialsException("x", new RuntimeException(TOKEN))));
  }
}
