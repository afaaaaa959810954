package io.dynamo.sign;

import static io.dynamo.sign.Leaks.assertThrowsClean;
import static io.dynamo.sign.TestSecrets.BEARER;
import static io.dynamo.sign.TestSecrets.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class AuthTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:04:05Z"), ZoneOffset.UTC);
  static final SignableRequest YDB =
      SignableRequest.builder(
              "POST", URI.create("https://docapi.serverless.yandexcloud.net/ru-central1/b1g/etn"))
          .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
          .header("Content-Type", "application/x-amz-json-1.0")
          .body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .build();

  @Test
  void bearerAddsTheTokenFromTheProviderOnEveryAttempt() {
    AtomicInteger calls = new AtomicInteger();
    RequestSigner signer =
        Auth.bearer(() -> BEARER + calls.incrementAndGet())
            .signer("ru-central1", "dynamodb", CLOCK);
    assertEquals(
        List.of(HttpHeader.of("Authorization", "Bearer " + BEARER + "1")), signer.sign(YDB));
    assertEquals("Bearer " + BEARER + "2", signer.sign(YDB).get(0).value());
  }

  @Test
  void bearerRejectsMissingOrMalformedTokensWithoutShowingThem() {
    assertThrowsClean(
        CredentialsException.class,
        () -> Auth.bearer(() -> null).signer("r", "s", CLOCK).sign(YDB));
    assertThrowsClean(
        CredentialsException.class, () -> Auth.bearer(() -> " ").signer("r", "s", CLOCK).sign(YDB));
    CredentialsException e =
        assertThrowsClean(
            CredentialsException.class,
            () ->
                Auth.bearer(() -> BEARER + "\r\nX-Injected: 1").signer("r", "s", CLOCK).sign(YDB));
    assertTrue(e.getMessage().contains("single printable ASCII word"), e.getMessage());
  }

  @Test
  void sigV4ResolvesCredentialsOnEveryAttemptAndSigns() {
    AtomicInteger calls = new AtomicInteger();
    RequestSigner signer =
        Auth.sigV4(
                () -> {
                  calls.incrementAndGet();
                  return Credentials.of("AKIDEXAMPLE", SECRET);
                })
            .signer("ru-central1", "dynamodb", CLOCK);
    List<HttpHeader> headers = signer.sign(YDB);
    signer.sign(YDB);
    assertEquals(2, calls.get());
    assertEquals(
        SigV4Signer.create("ru-central1", "dynamodb", CLOCK)
            .sign(YDB, Credentials.of("AKIDEXAMPLE", SECRET)),
        headers);
    assertTrue(
        headers
            .get(1)
            .value()
            .startsWith(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/ru-central1/dynamodb/aws4_request"));
  }

  @Test
  void sigV4WithFixedCredentialsAndANullProviderResult() {
    RequestSigner fixed =
        Auth.sigV4(Credentials.of("AKIDEXAMPLE", SECRET)).signer("us-east-1", "dynamodb", CLOCK);
    assertEquals(2, fixed.sign(YDB).size());
    assertThrowsClean(
        CredentialsException.class,
        () -> Auth.sigV4(() -> null).signer("us-east-1", "dynamodb", CLOCK).sign(YDB));
  }

  @Test
  void toStringsNameTheSchemeOnly() {
    assertTrue(
        Leaks.cleanToString(Auth.sigV4(Credentials.of("AKID", SECRET))).startsWith("Auth.sigV4("));
    assertTrue(Leaks.cleanToString(Auth.bearer(() -> BEARER)).startsWith("Auth.bearer("));
  }
}
