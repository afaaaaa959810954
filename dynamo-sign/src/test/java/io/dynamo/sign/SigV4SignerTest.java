package io.dynamo.sign;

import static io.dynamo.sign.Leaks.assertThrowsClean;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class SigV4SignerTest {
  static final Credentials CREDS = Credentials.of("AKIDEXAMPLE", SECRET);
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T23:59:59Z"));
  final SigV4Signer signer = SigV4Signer.create("us-east-1", "dynamodb", clock);

  static SignableRequest post(String uri, String... headers) {
    SignableRequest.Builder b = SignableRequest.builder("POST", URI.create(uri));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.body("{}".getBytes(StandardCharsets.UTF_8)).build();
  }

  @Test
  void signsHostAsTheTransportSendsIt() {
    assertEquals("h.example", canonicalHost("https://h.example/"));
    assertEquals("h.example", canonicalHost("https://h.example:443/"));
    assertEquals("h.example:8443", canonicalHost("https://h.example:8443/"));
    assertEquals("h.example", canonicalHost("http://h.example:80/"));
    assertEquals("h.example:443", canonicalHost("http://h.example:443/"));
    assertEquals("127.0.0.1:8000", canonicalHost("http://127.0.0.1:8000"));
    assertEquals("[::1]:8000", canonicalHost("http://[::1]:8000/"));
  }

  private String canonicalHost(String uri) {
    String canonical = signer.details(post(uri), CREDS).canonicalRequest();
    for (String line : canonical.split("\n")) {
      if (line.startsWith("host:")) {
        return line.substring(5);
      }
    }
    throw new AssertionError("no host line");
  }

  @Test
  void aGivenHostHeaderIsSignedAsGiven() {
    SigningDetails derived = signer.details(post("http://localhost:8000/"), CREDS);
    SigningDetails given =
        signer.details(post("http://localhost:8000/", "Host", "localhost:8000"), CREDS);
    assertEquals(derived.signature(), given.signature());
  }

  @Test
  void emptyPathIsSlashAndEndpointPathIsKept() {
    assertTrue(
        signer
            .details(post("https://h.example"), CREDS)
            .canonicalRequest()
            .startsWith("POST\n/\n\n"));
    assertTrue(
        signer
            .details(post("https://docapi.serverless.yandexcloud.net/ru-central1/b1g/etn"), CREDS)
            .canonicalRequest()
            .startsWith("POST\n/ru-central1/b1g/etn\n\n"));
  }

  @Test
  void pathIsDoubleEncodedByDefaultAsAwsExpectsOutsideS3() {
    String canonical =
        signer.details(post("https://h.example/a%20b/c~d/%E1%88%B4"), CREDS).canonicalRequest();
    assertTrue(canonical.startsWith("POST\n/a%2520b/c~d/%25E1%2588%25B4\n"), canonical);
    SigV4Signer once =
        SigV4Signer.builder("us-east-1", "s3").clock(clock).doubleUrlEncode(false).build();
    assertTrue(
        once.details(post("https://h.example/a%20b/c~d/%7e"), CREDS)
            .canonicalRequest()
            .startsWith("POST\n/a%20b/c~d/~\n"));
  }

  @Test
  void userAgentAndHopByHopHeadersAreNotSigned() {
    SigningDetails plain = signer.details(post("https://h.example/"), CREDS);
    SigningDetails withExtras =
        signer.details(
            post(
                "https://h.example/",
                "User-Agent",
                "x/1",
                "Connection",
                "keep-alive",
                "Expect",
                "100-continue",
                "X-Amzn-Trace-Id",
                "Root=1",
                "Transfer-Encoding",
                "chunked"),
            CREDS);
    assertEquals(plain.signature(), withExtras.signature());
  }

  @Test
  void valuesAreTrimmedAndNonAsciiIsSignedAsUtf8() {
    String canonical =
        signer
            .details(
                post("https://h.example/", "X-A", " \t a \t\t b  ", "X-B", "  Grüße  aus  Köln "),
                CREDS)
            .canonicalRequest();
    assertTrue(canonical.contains("\nx-a:a b\n"), canonical);
    assertTrue(canonical.contains("\nx-b:Grüße aus Köln\n"), canonical);
    // the same strings again come from the per-thread cache and must sign the same
    assertEquals(
        canonical,
        signer
            .details(
                post("https://h.example/", "X-A", " \t a \t\t b  ", "X-B", "  Grüße  aus  Köln "),
                CREDS)
            .canonicalRequest());
  }

  @Test
  void sessionTokenIsSignedAndReturned() {
    SigningDetails d =
        signer.details(post("https://h.example/"), Credentials.of("AKID", SECRET, TOKEN));
    assertTrue(d.canonicalRequest().contains("\nx-amz-security-token:" + TOKEN + "\n"));
    assertEquals(
        List.of("X-Amz-Date", "X-Amz-Security-Token", "Authorization"), names(d.headers()));
    assertEquals(TOKEN, d.headers().get(1).value());
  }

  @Test
  void contentSha256HeaderIsOptional() {
    assertEquals(
        List.of("X-Amz-Date", "Authorization"),
        names(signer.sign(post("https://h.example/"), CREDS)));
    SigV4Signer withHash =
        SigV4Signer.builder("us-east-1", "dynamodb").clock(clock).contentSha256Header(true).build();
    List<HttpHeader> headers = withHash.sign(post("https://h.example/"), CREDS);
    assertEquals(List.of("X-Amz-Date", "X-Amz-Content-Sha256", "Authorization"), names(headers));
    assertEquals(
        "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", headers.get(1).value());
  }

  @Test
  void rejectsHeadersTheSignerAddsItself() {
    for (String name : List.of("X-Amz-Date", "authorization", "X-AMZ-SECURITY-TOKEN")) {
      SigningException e =
          assertThrowsClean(
              SigningException.class,
              () -> signer.sign(post("https://h.example/", name, "v"), CREDS));
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
  }

  @Test
  void scopeAndKeyFollowTheDateAcrossMidnight() {
    SignableRequest r = post("https://h.example/");
    SigningDetails before = signer.details(r, CREDS);
    clock.advance(Duration.ofSeconds(1));
    SigningDetails after = signer.details(r, CREDS);
    assertTrue(before.authorization().contains("/20261125/us-east-1/dynamodb/aws4_request"));
    assertTrue(after.authorization().contains("/20261126/us-east-1/dynamodb/aws4_request"));
    assertEquals("20261126T000000Z", after.headers().get(0).value());
    // a fresh signer (cold cache) agrees with the warm one
    assertEquals(
        after.signature(),
        SigV4Signer.create("us-east-1", "dynamodb", clock).details(r, CREDS).signature());
  }

  @Test
  void differentSecretsDoNotShareACachedKey() {
    SignableRequest r = post("https://h.example/");
    String a = signer.details(r, CREDS).signature();
    String b = signer.details(r, Credentials.of("AKIDEXAMPLE", TestSecrets.SECRET_2)).signature();
    assertNotEquals(a, b);
    assertEquals(a, signer.details(r, CREDS).signature());
  }

  @Test
  void manyThreadsSignConcurrentlyWithTheSameResult() throws Exception {
    SignableRequest r = post("https://h.example/", "X-Amz-Target", "DynamoDB_20120810.PutItem");
    String expected = signer.details(r, CREDS).authorization();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2000; i++) {
                    Credentials c =
                        i % 2 == 0 ? CREDS : Credentials.of("AKIDEXAMPLE", SECRET, TOKEN);
                    String auth = signer.details(r, c).authorization();
                    if (i % 2 == 0 && !auth.equals(expected)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsBadRegionServiceAndRequests() {
    assertThrowsClean(
        SigningException.class, () -> SigV4Signer.create("us east", "dynamodb", clock));
    assertThrowsClean(SigningException.class, () -> SigV4Signer.create("us-east-1", "a/b", clock));
    assertThrowsClean(SigningException.class, () -> SigV4Signer.create(" ", "dynamodb", clock));
    assertThrowsClean(
        SigningException.class,
        () -> SignableRequest.of("POST", URI.create("/relative"), List.of()));
    assertThrowsClean(
        SigningException.class,
        () -> SignableRequest.of("POST", URI.create("ftp://h/"), List.of()));
    assertThrowsClean(
        SigningException.class,
        () -> SignableRequest.of("PO ST", URI.create("https://h/"), List.of()));
    assertThrowsClean(SigningException.class, () -> HttpHeader.of("Bad Name", "v"));
    assertThrowsClean(SigningException.class, () -> HttpHeader.of("X-Ok", "line\r\nInjected: yes"));
  }

  @Test
  void toStringsShowNoSecrets() {
    SigningDetails d =
        signer.details(post("https://h.example/"), Credentials.of("AKID", SECRET, TOKEN));
    String s = Leaks.cleanToString(d);
    assertTrue(s.contains("Authorization: ****") && s.contains("X-Amz-Security-Token: ****"), s);
    Leaks.cleanToString(d.headers());
    Leaks.cleanToString(signer);
    Leaks.cleanToString(
        SignableRequest.of("POST", URI.create("https://h/"), d.headers(), new byte[3]));
    assertFalse(Leaks.cleanToString(HttpHeader.of("X-Amz-Target", "T")).contains("****"));
  }

  private static List<String> names(List<HttpHeader> headers) {
    return headers.stream().map(HttpHeader::name).toList();
  }
}
