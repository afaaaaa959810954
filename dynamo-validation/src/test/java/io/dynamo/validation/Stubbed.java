package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.model.DynamoRequest;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.Environment;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client with validation against a stub server on 127.0.0.1 that answers {@code {}}, to show that
 * an invalid request is never sent and a valid one is.
 */
final class Stubbed implements AutoCloseable {
  static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLE", "not-a-real-secret");

  /** Nothing from this machine's environment decides anything, nor reaches for AWS. */
  static final Environment ENVIRONMENT =
      Environment.of(Map.of("AWS_EC2_METADATA_DISABLED", "true"), Map.of());

  final StubServer server = StubServer.start().defaultResponse(StubResponse.dynamo("{}"));
  final DynamoValidation validation;
  final DynamoClient db;

  Stubbed() {
    this(DynamoValidation.create());
  }

  Stubbed(DynamoValidation validation) {
    this.validation = validation;
    this.db =
        DynamoClient.builder()
            .endpoint(server.endpoint())
            .region("us-east-1")
            .credentials(CREDENTIALS)
            .retryPolicy(RetryPolicy.none())
            .environment(ENVIRONMENT)
            .validation(validation)
            .build();
  }

  /**
   * Sends {@code request}, which must fail validation with exactly the violations at {@code paths},
   * and nothing reaches the server.
   */
  RequestValidationException refused(DynamoRequest<?> request, String... paths) {
    RequestValidationException e =
        assertThrows(RequestValidationException.class, () -> db.send(request));
    assertEquals(List.of(paths), paths(e.violations()), e::getMessage);
    assertEquals(0, server.requestCount(), "an invalid request was sent");
    return e;
  }

  /** Sends {@code request}, which must pass validation and reach the server. */
  void accepted(DynamoRequest<?> request) {
    List<Violation> violations = validation.check(request);
    if (!violations.isEmpty()) {
      fail("valid request refused: " + violations);
    }
    int before = server.requestCount();
    db.send(request);
    assertEquals(before + 1, server.requestCount(), "a valid request was not sent");
  }

  static List<String> paths(List<Violation> violations) {
    return violations.stream().map(Violation::path).collect(Collectors.toList());
  }

  @Override
  public void close() {
    db.close();
    server.close();
  }
}
