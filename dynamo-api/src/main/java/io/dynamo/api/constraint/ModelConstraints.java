package io.dynamo.api.constraint;

import io.dynamo.api.error.Operation;
import java.util.List;
import java.util.Optional;

/**
 * The constraints of DynamoDB's model for the generated types and the operations: where to start.
 *
 * <pre>{@code
 * ShapeConstraints create = ModelConstraints.of(CreateTableRequest.class).orElseThrow();
 * MemberConstraints name = create.member("TableName").orElseThrow();
 * name.min();      // 3, the model's shortest table name
 * name.javaName();  // "tableName", the record component
 * ModelConstraints.operation("CreateTable").orElseThrow().requestType(); // CreateTableRequest.class
 * }</pre>
 *
 * <p>The tables are decoded from generated text the first time one is asked for, once.
 */
public final class ModelConstraints {
  private ModelConstraints() {}

  /** The constraints of a generated structure, request or response; empty for any other type. */
  public static Optional<ShapeConstraints> of(Class<?> type) {
    return Optional.ofNullable(ConstraintDecoder.BY_TYPE.get(type));
  }

  /** Every generated structure, then every generated request and response. */
  public static List<ShapeConstraints> all() {
    return ConstraintDecoder.SHAPES;
  }

  /** The operation named {@code name} ({@code CreateTable}), if the model has it. */
  public static Optional<OperationConstraints> operation(String name) {
    return Optional.ofNullable(ConstraintDecoder.BY_NAME.get(name));
  }

  /** The model's {@code operation}; empty for one made with {@link Operation#named(String)}. */
  public static Optional<OperationConstraints> operation(Operation operation) {
    return operation(operation.operationName());
  }

  /** Every operation of the model, all 58, in the model's order. */
  public static List<OperationConstraints> operations() {
    return ConstraintDecoder.OPERATIONS;
  }
}
