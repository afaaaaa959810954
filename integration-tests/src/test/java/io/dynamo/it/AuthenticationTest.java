package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.AuthenticationFailedException;
import io.dynamo.api.error.Operation;
import io.dynamo.sign.Auth;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProviders;
import io.dynamo.sign.Environment;
import io.dynamo.testkit.RecordedRequest;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes on the wire for each way of authenticating, seen by a stub server. */
class AuthenticationTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private final StubServer stub = StubServer.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void bearerTokenForYdbIsSentInsteadOfASignatureAndRefreshedEachAttempt() {
    AtomicInteger issued = new AtomicInteger();
    stub.enqueue(
        StubResponse.dynamoError(500, "InternalServerError", "x"), StubResponse.dynamo("{}"));
    try (DynamoClient db =
        DynamoClient.builder()
            .endpoint(stub.endpoint().resolve("/ru-central1/b1g/etn"))
            .region("ru-central1")
            .auth(Auth.bearer(() -> "iam-token-" + issued.incrementAndGet()))
            .retryPolicy(RetryPolicy.builder().baseDelay(java.time.Duration.ZERO).build())
            .build()) {
      db.apiCall(Operation.LIST_TABLES, "{}");
    }
    assertEquals("/ru-central1/b1g/etn", stub.request(0).path());
    assertEquals("Bearer iam-token-1", stub.request(0).header("Authorization").orElseThrow());
    assertEquals("Bearer iam-token-2", stub.request(1).header("Authorization").orElseThrow());
    assertFalse(stub.request(1).header("X-Amz-Security-Token").isPresent());
  }

  @Test
  void sessionTokenIsSentAndSigned() {
    stub.enqueue(StubResponse.dynamo("{}"));
    try (DynamoClient db =
        DynamoClient.builder()
            .endpoint(stub.endpoint())
            .credentials(Credentials.of("ASIAEXAMPLE", SECRET, "session-token-value"))
            .build()) {
      db.apiCall(Operation.LIST_TABLES, "{}");
    }
    RecordedRequest sent = stub.request(0);
    assertEquals("session-token-value", sent.header("X-Amz-Security-Token").orElseThrow());
    String authorization = sent.header("Authorization").orElseThrow();
    assertTrue(authorization.contains("Credential=ASIAEXAMPLE/"), authorization);
    assertTrue(authorization.contains("x-amz-security-token"), authorization);
    assertFalse(authorization.contains(SECRET));
  }

  @Test
  void credentialsFromTheEnvironmentChain() {
    stub.enqueue(StubResponse.dynamo("{}"));
    Environment env =
        Environment.of(
            Map.of(
                "AWS_ACCESS_KEY_ID",
                "AKIAENVEXAMPLE",
                "AWS_SECRET_ACCESS_KEY",
                SECRET,
                "AWS_REGION",
                "eu-west-1"),
            Path.of("/nonexistent-home"));
    try (DynamoClient db =
        DynamoClient.builder().endpoint(stub.endpoint()).environment(env).build()) {
      assertEquals("eu-west-1", db.region());
      db.apiCall(Operation.LIST_TABLES, "{}");
    }
    assertTrue(
        stub.request(0)
            .header("Authorization")
            .orElseThrow()
            .contains("Credential=AKIAENVEXAMPLE/20"));
  }

  @Test
  void missingCredentialsFailBeforeSendingWithoutLeakingAnything() {
    try (DynamoClient db =
        DynamoClient.builder()
            .endpoint(stub.endpoint())
            .credentials(
                CredentialsProviders.environment(
                    Environment.of(Map.of(), Path.of("/nonexistent-home"))))
            .build()) {
      CredentialsException e =
          assertThrows(CredentialsException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
      assertTrue(e.getMessage().contains("AWS_ACCESS_KEY_ID"), e.getMessage());
    }
    assertEquals(0, stub.requestCount());
  }

  @Test
  void refusedSignatureIsATypedErrorThatIsNotRetried() {
    stub.defaultResponse(
        StubResponse.dynamoError(
            400,
            "UnrecognizedClientException",
            "The security token included in the request is invalid."));
    try (DynamoClient db =
        DynamoClient.builder()
            .endpoint(stub.endpoint())
            .credentials(Credentials.of("AKIDBAD", SECRET))
            .build()) {
      var e =
          assertThrows(
              AuthenticationFailedException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
      assertEquals(400, e.statusCode());
      assertFalse(e.getMessage().contains(SECRET));
    }
    assertEquals(1, stub.requestCount());
  }
}
