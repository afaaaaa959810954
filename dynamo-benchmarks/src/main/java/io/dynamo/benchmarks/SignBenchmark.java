package io.dynamo.benchmarks;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.SigV4Signer;
import io.dynamo.sign.SignableRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * SigV4 signing of one DynamoDB-shaped request (POST, X-Amz-Target, a PutItem JSON body) with a
 * warm signing key: dynamo-sign's {@link SigV4Signer} next to the AWS SDK v2's {@link
 * AwsV4HttpSigner}. Both read the system clock, as they would in a client, and both sign
 * X-Amz-Content-Sha256. The set-up checks that both produce the same Authorization header for the
 * same instant, so the two do the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SignBenchmark {
  static final String ACCESS_KEY = "AKIDEXAMPLE";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final String TOKEN =
      "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexampleexampleexampleexampleexample"
          + "exampleexampleAiB0examplesessiontokenexampleexampleexampleexampleexample==";
  static final URI ENDPOINT = URI.create("https://dynamodb.us-east-1.amazonaws.com/");
  static final String TARGET = "DynamoDB_20120810.PutItem";
  static final String CONTENT_TYPE = "application/x-amz-json-1.0";
  static final byte[] BODY =
      ("{\"TableName\":\"users\",\"Item\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"},"
              + "\"user/email\":{\"S\":\"test@test.com\"},\"user/colors\":{\"SS\":[\"r\",\"g\",\"b\"]}},"
              + "\"ConditionExpression\":\"attribute_not_exists(#id)\","
              + "\"ExpressionAttributeNames\":{\"#id\":\"user/id\"}}")
          .getBytes(StandardCharsets.UTF_8);

  /** Whether the credentials carry a session token (as in Lambda, ECS, EC2 roles). */
  @Param({"false", "true"})
  public boolean sessionToken;

  private SigV4Signer ours;
  private SigV4Signer oursDefault;
  private SignableRequest ourRequest;
  private Credentials ourCredentials;

  private AwsV4HttpSigner sdk;
  private SdkHttpFullRequest sdkRequest;
  private AwsCredentialsIdentity sdkCredentials;
  private ContentStreamProvider sdkPayload;

  /** Builds both requests and checks that both signers agree. */
  @Setup
  public void setUp() {
    ours = ours(Clock.systemUTC());
    oursDefault = SigV4Signer.create("us-east-1", "dynamodb", Clock.systemUTC());
    ourRequest =
        SignableRequest.builder("POST", ENDPOINT)
            .header("Host", "dynamodb.us-east-1.amazonaws.com")
            .header("X-Amz-Target", TARGET)
            .header("Content-Type", CONTENT_TYPE)
            .body(BODY)
            .build();
    ourCredentials =
        sessionToken
            ? Credentials.of(ACCESS_KEY, SECRET, TOKEN)
            : Credentials.of(ACCESS_KEY, SECRET);

    sdk = AwsV4HttpSigner.create();
    sdkRequest =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(ENDPOINT)
            .putHeader("Host", "dynamodb.us-east-1.amazonaws.com")
            .putHeader("X-Amz-Target", TARGET)
            .putHeader("Content-Type", CONTENT_TYPE)
            .build();
    sdkCredentials =
        sessionToken
            ? AwsSessionCredentialsIdentity.create(ACCESS_KEY, SECRET, TOKEN)
            : AwsCredentialsIdentity.create(ACCESS_KEY, SECRET);
    sdkPayload = ContentStreamProvider.fromByteArray(BODY);
    Agreement.check(this);
  }

  /** dynamo-sign: headers to add, from a warm signing key. */
  @Benchmark
  public List<HttpHeader> dynamoSign() {
    return ours.sign(ourRequest, ourCredentials);
  }

  /**
   * dynamo-sign with its defaults, as the DynamoDB client signs: no X-Amz-Content-Sha256 header
   * (DynamoDB does not need it; botocore does not send it either), so one header less to sign.
   */
  @Benchmark
  public List<HttpHeader> dynamoSignDefaults() {
    return oursDefault.sign(ourRequest, ourCredentials);
  }

  /** AWS SDK v2 {@code AwsV4HttpSigner}: the signed request. */
  @Benchmark
  public SdkHttpRequest awsSdkV2() {
    return sdkSign(Clock.systemUTC()).request();
  }

  SignedRequest sdkSign(Clock clock) {
    return sdk.sign(
        r ->
            r.identity(sdkCredentials)
                .request(sdkRequest)
                .payload(sdkPayload)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
  }

  /**
   * The SDK's signer always adds and signs X-Amz-Content-Sha256; ours does so on request, and it is
   * asked to here so that both do the same work and produce the same signature.
   */
  SigV4Signer ours(Clock clock) {
    return SigV4Signer.builder("us-east-1", "dynamodb")
        .clock(clock)
        .contentSha256Header(true)
        .build();
  }

  SignableRequest ourRequest() {
    return ourRequest;
  }

  Credentials ourCredentials() {
    return ourCredentials;
  }
}
