package io.dynamo.api.call;

import io.dynamo.api.error.Operation;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One call as interceptors see it before any attempt: the operation and its JSON request body.
 *
 * <p>The body array is shared, not copied: nobody may modify it (use {@link #withBody(byte[])}).
 */
public final class ApiRequest {
  private final Operation operation;
  private final byte[] body;

  private ApiRequest(Operation operation, byte[] body) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.body = Objects.requireNonNull(body, "body");
  }

  /** A call of {@code operation} with a UTF-8 JSON body; the array must not be modified. */
  public static ApiRequest of(Operation operation, byte[] body) {
    return new ApiRequest(operation, body);
  }

  /** The operation called. */
  public Operation operation() {
    return operation;
  }

  /** The UTF-8 JSON body; shared, must not be modified. */
  public byte[] body() {
    return body;
  }

  /** The JSON body as text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** This call with another body. */
  public ApiRequest withBody(byte[] newBody) {
    return new ApiRequest(operation, newBody);
  }

  @Override
  public String toString() {
    return "ApiRequest[" + operation + ", " + body.length + " bytes]";
  }
}
