package io.dynamo.benchmarks;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.SigV4Signer;
import io.dynamo.sign.SignableRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Checks, before measuring, that dynamo-sign and the AWS SDK v2 sign alike: the benchmark request,
 * and variations of it (session token, a custom port, an endpoint with a path, a path with an
 * escaped space, which both must encode twice). Run on its own with {@code java -cp benchmarks.jar
 * io.dynamo.benchmarks.Agreement}.
 */
public final class Agreement {
  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  private Agreement() {}

  /** Checks every variation and prints one line each. */
  public static void main(String[] args) {
    for (String endpoint :
        List.of(
            "https://dynamodb.us-east-1.amazonaws.com/",
            "http://localhost:8000/",
            "https://docapi.serverless.yandexcloud.net/ru-central1/b1gabc/etn0123",
            "https://h.example/a%20b/c")) {
      for (boolean token : new boolean[] {false, true}) {
        System.out.println(
            compare(URI.create(endpoint), token) + "  " + endpoint + " token=" + token);
      }
    }
  }

  static void check(SignBenchmark b) {
    String ours = authorization(b.ours(FIXED).sign(b.ourRequest(), b.ourCredentials()));
    String sdk = b.sdkSign(FIXED).request().firstMatchingHeader("Authorization").orElse("(none)");
    if (!ours.equals(sdk)) {
      throw new IllegalStateException("Signers disagree:\n ours: " + ours + "\n sdk:  " + sdk);
    }
    compare(URI.create("http://localhost:8000/"), true);
    compare(URI.create("https://docapi.serverless.yandexcloud.net/ru-central1/b1g/etn"), false);
    compare(URI.create("https://h.example/a%20b/c"), false);
  }

  /** Signs one request both ways; throws if the Authorization headers differ. */
  static String compare(URI endpoint, boolean withToken) {
    SignableRequest ourRequest =
        SignableRequest.builder("POST", endpoint)
            .header("X-Amz-Target", SignBenchmark.TARGET)
            .header("Content-Type", SignBenchmark.CONTENT_TYPE)
            .body(SignBenchmark.BODY)
            .build();
    Credentials credentials =
        withToken
            ? Credentials.of(SignBenchmark.ACCESS_KEY, SignBenchmark.SECRET, SignBenchmark.TOKEN)
            : Credentials.of(SignBenchmark.ACCESS_KEY, SignBenchmark.SECRET);
    String ours =
        authorization(
            SigV4Signer.builder("us-east-1", "dynamodb")
                .clock(FIXED)
                .contentSha256Header(true)
                .build()
                .sign(ourRequest, credentials));

    SdkHttpFullRequest sdkRequest =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint)
            .putHeader("X-Amz-Target", SignBenchmark.TARGET)
            .putHeader("Content-Type", SignBenchmark.CONTENT_TYPE)
            .build();
    AwsCredentialsIdentity identity =
        withToken
            ? AwsSessionCredentialsIdentity.create(
                SignBenchmark.ACCESS_KEY, SignBenchmark.SECRET, SignBenchmark.TOKEN)
            : AwsCredentialsIdentity.create(SignBenchmark.ACCESS_KEY, SignBenchmark.SECRET);
    String sdk =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(identity)
                        .request(sdkRequest)
                        .payload(ContentStreamProvider.fromByteArray(SignBenchmark.BODY))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(HttpSigner.SIGNING_CLOCK, FIXED))
            .request()
            .firstMatchingHeader("Authorization")
            .orElse("(none)");
    if (!ours.equals(sdk)) {
      throw new IllegalStateException(
          "Signers disagree on " + endpoint + ":\n ours: " + ours + "\n sdk:  " + sdk);
    }
    return "same signature " + ours.substring(ours.length() - 12);
  }

  private static String authorization(List<HttpHeader> headers) {
    for (HttpHeader h : headers) {
      if (h.is("Authorization")) {
        return h.value();
      }
    }
    return "(none)";
  }
}
