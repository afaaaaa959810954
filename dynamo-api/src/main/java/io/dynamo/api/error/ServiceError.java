package io.dynamo.api.error;

/**
 * What DynamoDB (or a proxy in front of it) said about a failed call.
 *
 * @param operation the operation called
 * @param statusCode the HTTP status
 * @param errorType the error's type without namespace or URL, such as {@code
 *     ConditionalCheckFailedException} (from the {@code X-Amzn-Errortype} header, or the body's
 *     {@code code} or {@code __type}); {@code null} when the response named none
 * @param message the error message, or an excerpt of a body that was not JSON; may be empty
 * @param requestId the {@code x-amzn-RequestId} header, or {@code null}
 */
public record ServiceError(
    Operation operation, int statusCode, String errorType, String message, String requestId)
    implements java.io.Serializable {
  /** Normalises a null message to the empty string. */
  public ServiceError {
    message = message == null ? "" : message;
  }
}
