package io.dynamo.api.call;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.DynamoServiceException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a call made with {@link DynamoClient#attempt}: its value, or the error DynamoDB
 * answered with, as a value rather than a thrown exception.
 *
 * @param <T> the call's result type
 */
public final class ApiResult<T> {
  private final T value;
  private final DynamoServiceException error;

  private ApiResult(T value, DynamoServiceException error) {
    this.value = value;
    this.error = error;
  }

  /** A success. */
  public static <T> ApiResult<T> success(T value) {
    return new ApiResult<>(value, null);
  }

  /** A failure. */
  public static <T> ApiResult<T> failure(DynamoServiceException error) {
    return new ApiResult<>(null, Objects.requireNonNull(error, "error"));
  }

  /** Whether the call succeeded. */
  public boolean isSuccess() {
    return error == null;
  }

  /** The value; throws the error if the call failed. */
  public T value() {
    if (error != null) {
      throw error;
    }
    return value;
  }

  /** The error, if the call failed. */
  public Optional<DynamoServiceException> error() {
    return Optional.ofNullable(error);
  }

  /** The value, or {@code other} if the call failed. */
  public T orElse(T other) {
    return error == null ? value : other;
  }

  @Override
  public String toString() {
    return error == null
        ? "ApiResult[success: " + value + "]"
        : "ApiResult[failure: " + error.getMessage() + "]";
  }
}
