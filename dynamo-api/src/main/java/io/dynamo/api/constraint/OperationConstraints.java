package io.dynamo.api.constraint;

import java.util.Objects;
import java.util.Optional;

/**
 * One operation of DynamoDB's model with its request and response types, where a validator starts.
 *
 * @param name the operation's name, such as {@code CreateTable}
 * @param requestType its request type, such as {@code CreateTableRequest}
 * @param inputShape the model's input shape, such as {@code CreateTableInput}
 * @param responseType its response type, or {@code Void} when the model gives it no output
 * @param outputShape the model's output shape, or {@code null} when there is none
 */
public record OperationConstraints(
    String name,
    Class<?> requestType,
    String inputShape,
    Class<?> responseType,
    String outputShape) {

  /** Checks that the name, types and input shape are given. */
  public OperationConstraints {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(requestType, "requestType");
    Objects.requireNonNull(inputShape, "inputShape");
    Objects.requireNonNull(responseType, "responseType");
  }

  /** The constraints of the request. */
  public Optional<ShapeConstraints> request() {
    return ModelConstraints.of(requestType);
  }

  /** The constraints of the response; empty for an operation without output. */
  public Optional<ShapeConstraints> response() {
    return ModelConstraints.of(responseType);
  }
}
