package io.dynamo.testkit;

import io.dynamo.testkit.internal.JsonValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks request and response JSON against an API model: required members present, no unknown
 * members, JSON types fitting the shapes (blobs as base64 strings, timestamps as numbers), enum
 * values, lengths of strings, blobs, lists and maps, number ranges, patterns, and unions (exactly
 * one member set, as in {@code AttributeValue}). {@code null} members count as absent.
 *
 * <pre>{@code
 * ModelChecker model = ModelChecker.dynamoDb();
 * List<Violation> problems = model.validateInput("PutItem", json);
 * model.assertValidInput("PutItem", json);               // AssertionError listing every violation
 * model.assertValidRequest(stub.lastRequest());          // operation from X-Amz-Target
 * }</pre>
 *
 * <p>Operation names may be given plain ({@code PutItem}) or as in {@code X-Amz-Target} ({@code
 * DynamoDB_20120810.PutItem}). The JSON is streamed, never built into a tree. Immutable and
 * thread-safe.
 */
public final class ModelChecker {
  private final ServiceModel model;
  private final Set<String> unions;

  private ModelChecker(ServiceModel model, Set<String> unions) {
    this.model = model;
    this.unions = Set.copyOf(unions);
  }

  /**
   * A checker for DynamoDB's bundled model. The published model does not flag {@code
   * AttributeValue} as a union, so this checker treats it as one, as DynamoDB does.
   */
  public static ModelChecker dynamoDb() {
    return DynamoDbHolder.CHECKER;
  }

  /**
   * A checker for any model.
   *
   * @param unionShapes structures to check as unions besides those the model marks {@code union}
   */
  public static ModelChecker of(ServiceModel model, Set<String> unionShapes) {
    return new ModelChecker(Objects.requireNonNull(model, "model"), unionShapes);
  }

  /** The model this checker uses. */
  public ServiceModel model() {
    return model;
  }

  /**
   * Checks a request body against the operation's input shape.
   *
   * @return the violations, in document order; empty when the JSON is valid
   * @throws IllegalArgumentException if the model has no such operation
   */
  public List<Violation> validateInput(String operation, String json) {
    return validateInput(operation, json.getBytes(StandardCharsets.UTF_8));
  }

  /** Like {@link #validateInput(String, String)} for UTF-8 bytes. */
  public List<Violation> validateInput(String operation, byte[] json) {
    String input = model.operation(name(operation)).input();
    return JsonValidator.validate(model::shape, unions, true, input, json);
  }

  /**
   * Checks a response body against the operation's output shape: JSON, required members, unknown
   * members, types and unions, but not enum, length, range or pattern constraints, which services
   * do not hold their output to (DynamoDB reports {@code ReadCapacityUnits: 0} for on-demand tables
   * though the model's minimum is 1, and may add enum values). For an operation without output the
   * body must be {@code {}} or empty.
   */
  public List<Violation> validateOutput(String operation, String json) {
    return validateOutput(operation, json.getBytes(StandardCharsets.UTF_8));
  }

  /** Like {@link #validateOutput(String, String)} for UTF-8 bytes. */
  public List<Violation> validateOutput(String operation, byte[] json) {
    String output = model.operation(name(operation)).output();
    if (output == null && new String(json, StandardCharsets.UTF_8).isBlank()) {
      return List.of();
    }
    return JsonValidator.validate(model::shape, unions, false, output, json);
  }

  /** Checks JSON against any named shape of the model (e.g. {@code AttributeValue}). */
  public List<Violation> validate(String shape, String json) {
    model.shape(shape);
    return JsonValidator.validate(
        model::shape, unions, true, shape, json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Checks a request a {@link StubServer} recorded, taking the operation from its {@code
   * X-Amz-Target} header.
   *
   * @throws IllegalArgumentException if the request has no {@code X-Amz-Target}
   */
  public List<Violation> validateRequest(RecordedRequest request) {
    String operation =
        request
            .operation()
            .orElseThrow(
                () -> new IllegalArgumentException("The request has no X-Amz-Target: " + request));
    return validateInput(operation, request.body());
  }

  /** Throws an {@link AssertionError} listing every violation, unless the request is valid. */
  public void assertValidInput(String operation, String json) {
    fail("input of " + operation, validateInput(operation, json));
  }

  /** Throws an {@link AssertionError} listing every violation, unless the response is valid. */
  public void assertValidOutput(String operation, String json) {
    fail("output of " + operation, validateOutput(operation, json));
  }

  /** Throws an {@link AssertionError} listing every violation of a recorded request. */
  public void assertValidRequest(RecordedRequest request) {
    fail("request " + request, validateRequest(request));
  }

  private static void fail(String what, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "Invalid "
              + what
              + ", "
              + violations.size()
              + " violation(s):\n  "
              + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
    }
  }

  private String name(String operation) {
    Objects.requireNonNull(operation, "operation");
    String prefix = model.targetPrefix() + ".";
    return operation.startsWith(prefix) ? operation.substring(prefix.length()) : operation;
  }

  @Override
  public String toString() {
    return "ModelChecker[" + model + ", unions " + unions + "]";
  }

  private static final class DynamoDbHolder {
    static final ModelChecker CHECKER = of(ServiceModel.dynamoDb(), Set.of("AttributeValue"));
  }
}
