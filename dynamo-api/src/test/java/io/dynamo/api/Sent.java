package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.testkit.ModelChecker;

/** Assertions on what a {@link FakeTransport} received. */
final class Sent {
  private Sent() {}

  /**
   * The last request was {@code operation} with exactly this body, and the body is valid input for
   * the operation in DynamoDB's API model.
   */
  static void exactly(FakeTransport t, String operation, String json) {
    assertEquals(operation, t.lastOperation());
    assertEquals(json, t.lastBody());
    ModelChecker.dynamoDb().assertValidInput(operation, t.lastBody());
  }

  /** Like {@link #exactly} but member order does not matter (for maps made with Map.of). */
  static void equivalent(FakeTransport t, String operation, String json) {
    assertEquals(operation, t.lastOperation());
    assertEquals(JsonTree.parse(json), JsonTree.parse(t.lastBody()), t.lastBody());
    ModelChecker.dynamoDb().assertValidInput(operation, t.lastBody());
  }
}
