package io.dynamo.api;

import io.dynamo.api.spi.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The successful answer to a call: its HTTP response and the attempts it took. Failures are
 * exceptions, not responses.
 */
public final class ApiResponse {
  private final Operation operation;
  private final HttpResponse http;
  private final int attempts;

  private ApiResponse(Operation operation, HttpResponse http, int attempts) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.http = Objects.requireNonNull(http, "http");
    this.attempts = attempts;
  }

  /** A response to {@code operation} received on attempt number {@code attempts}. */
  public static ApiResponse of(Operation operation, HttpResponse http, int attempts) {
    return new ApiResponse(operation, http, attempts);
  }

  /** The operation called. */
  public Operation operation() {
    return operation;
  }

  /** The HTTP response. */
  public HttpResponse http() {
    return http;
  }

  /** The UTF-8 JSON body; shared, must not be modified. */
  public byte[] body() {
    return http.body();
  }

  /** The JSON body as text. */
  public String bodyText() {
    return new String(http.body(), StandardCharsets.UTF_8);
  }

  /** The {@code x-amzn-RequestId} DynamoDB gave the call. */
  public Optional<String> requestId() {
    return http.header("x-amzn-RequestId");
  }

  /** How many attempts the call took (1 when the first succeeded). */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "ApiResponse["
        + operation
        + ", "
        + http.statusCode()
        + ", "
        + http.body().length
        + " bytes, attempts="
        + attempts
        + "]";
  }
}
