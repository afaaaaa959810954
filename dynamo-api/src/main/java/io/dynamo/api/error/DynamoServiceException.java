package io.dynamo.api.error;

import io.dynamo.codec.DynamoException;

/**
 * DynamoDB answered a call with an error. Carries what the service said: {@link #statusCode()},
 * {@link #errorType()}, the message, {@link #requestId()} and the {@link #operation()}.
 *
 * <p>The common errors have subclasses ({@link ConditionalCheckFailedException}, {@link
 * ResourceNotFoundException}, ...); any other error is this class itself. A response that was not a
 * DynamoDB error at all (an HTML page from a proxy) is also this class, with a {@code null} {@link
 * #errorType()} and the start of the body as message.
 */
public class DynamoServiceException extends DynamoException {
  private static final long serialVersionUID = 1L;

  private final ServiceError error;

  /** Creates the exception from the service's error. */
  public DynamoServiceException(ServiceError error) {
    super(describe(error));
    this.error = error;
  }

  /** The error as the service reported it. */
  public ServiceError error() {
    return error;
  }

  /** The HTTP status. */
  public int statusCode() {
    return error.statusCode();
  }

  /** The error type, such as {@code ValidationException}; {@code null} for a non-DynamoDB body. */
  public String errorType() {
    return error.errorType();
  }

  /** The service's message, without the type, status and request id {@link #getMessage()} adds. */
  public String errorMessage() {
    return error.message();
  }

  /** The request id DynamoDB gave the call, for AWS support; may be {@code null}. */
  public String requestId() {
    return error.requestId();
  }

  /** The operation that failed. */
  public Operation operation() {
    return error.operation();
  }

  /**
   * Whether the client retries this error: throttling, and server-side failures (HTTP 500, 502,
   * 503, 504).
   */
  public boolean isRetryable() {
    int status = error.statusCode();
    return status == 500 || status == 502 || status == 503 || status == 504;
  }

  /** Whether this error means the caller is sending too fast. */
  public boolean isThrottling() {
    return false;
  }

  private static String describe(ServiceError e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.errorType() != null ? e.errorType() : "HTTP " + e.statusCode());
    if (!e.message().isEmpty()) {
      sb.append(": ").append(e.message());
    }
    sb.append(" (").append(e.operation()).append(", status ").append(e.statusCode());
    if (e.requestId() != null) {
      sb.append(", request id ").append(e.requestId());
    }
    return sb.append(')').toString();
  }
}
