package io.dynamo.api.internal.json;

import io.dynamo.api.model.DynamoRequest;

/** The typed operations' wire formats, one {@link OperationSpec} each. All are stateless. */
public final class Specs {
  private Specs() {}

  /**
   * The wire format of a generated request's operation.
   *
   * @throws IllegalArgumentException if the operation is not one the generator writes
   */
  @SuppressWarnings("unchecked")
  public static <R> OperationSpec<DynamoRequest<R>, R> of(DynamoRequest<R> request) {
    if (request == null) {
      throw new io.dynamo.api.error.InvalidRequestException(
          "request", "is null; give a request, such as GetItemRequest.of(table, key)");
    }
    OperationSpec<?, ?> spec = GeneratedSpecs.of(request.operation());
    if (spec == null) {
      throw new IllegalArgumentException(
          request.operation().operationName()
              + " has its own typed method; call it instead of send");
    }
    return (OperationSpec<DynamoRequest<R>, R>) spec;
  }
}
