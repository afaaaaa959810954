package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.SigV4Signer;
import io.dynamo.sign.SignableRequest;
import io.dynamo.testkit.ModelChecker;
import io.dynamo.testkit.RecordedRequest;
import io.dynamo.testkit.StubServer;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every request a client sends to a {@link StubServer} must be, checked on arrival. */
final class StubWire {
  static final String REGION = "us-east-1";
  static final Credentials CREDENTIALS =
      Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  static final ModelChecker MODEL = ModelChecker.dynamoDb();

  private static final Pattern SIGV4 =
      Pattern.compile(
          "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/([0-9]{8})/us-east-1/dynamodb/aws4_request,"
              + " SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private StubWire() {}

  /** A client of the stub, signing for {@link #REGION}, that never retries. */
  static DynamoClient client(StubServer stub) {
    return DynamoClient.builder()
        .endpoint(stub.endpoint())
        .region(REGION)
        .credentials(CREDENTIALS)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /**
   * The request is a POST of {@code operation} with DynamoDB's headers, valid input for the
   * operation in the model, and signed with SigV4 over exactly the headers and body that arrived.
   */
  static void assertSent(StubServer stub, String operation, RecordedRequest request) {
    assertEquals("POST", request.method(), request.toString());
    assertEquals(
        "DynamoDB_20120810." + operation, request.header("X-Amz-Target").orElse(null), operation);
    assertEquals(
        "application/x-amz-json-1.0", request.header("Content-Type").orElse(null), operation);
    MODEL.assertValidRequest(request);
    assertSigned(stub.endpoint(), request);
  }

  /**
   * The {@code Authorization} header has SigV4's shape, covers host, date and target, and its
   * signature is the one the signer computes again from the request as the server received it.
   */
  static void assertSigned(URI endpoint, RecordedRequest request) {
    String authorization = request.header("Authorization").orElse("");
    Matcher m = SIGV4.matcher(authorization);
    assertTrue(m.matches(), "not a SigV4 Authorization header: " + authorization);
    String amzDate = request.header("X-Amz-Date").orElse("");
    assertTrue(amzDate.startsWith(m.group(1)), amzDate + " against the scope of " + authorization);
    List<String> signed = Arrays.asList(m.group(2).split(";"));
    assertTrue(
        signed.containsAll(List.of("content-type", "host", "x-amz-date", "x-amz-target")),
        "signed headers " + signed);

    SignableRequest.Builder again =
        SignableRequest.builder(request.method(), endpoint.resolve(request.path()));
    for (String name : signed) {
      if (!name.equals("x-amz-date")) {
        again.header(name, String.join(",", request.headerValues(name)));
      }
    }
    Clock at =
        Clock.fixed(
            LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    String expected =
        SigV4Signer.create(REGION, "dynamodb", at)
            .sign(again.body(request.body()).build(), CREDENTIALS)
            .stream()
            .filter(h -> h.is("Authorization"))
            .map(HttpHeader::value)
            .findFirst()
            .orElseThrow();
    assertEquals(expected, authorization, "the signature does not cover what arrived");
  }

  /** The JSON fragments are in the body. */
  static void assertContains(RecordedRequest request, List<String> fragments) {
    String body = request.bodyAsString();
    for (String fragment : fragments) {
      assertTrue(body.contains(fragment), "missing " + fragment + "\n in " + body);
    }
  }
}
