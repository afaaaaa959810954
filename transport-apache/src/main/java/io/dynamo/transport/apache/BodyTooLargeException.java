package io.dynamo.transport.apache;

import java.io.IOException;

/**
 * Thrown inside HttpClient when a response body passes the cap: an {@link IOException}, so that
 * HttpClient treats it as a failed exchange and closes the connection rather than reusing it. The
 * transport turns it into a {@link io.dynamo.api.error.ResponseTooLargeException}.
 */
final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;
  private final long declaredLength;

  /**
   * @param limit the cap, in bytes
   * @param declaredLength the response's {@code Content-Length}, or -1 when the body grew past the
   *     cap as it was read
   */
  BodyTooLargeException(long limit, long declaredLength) {
    super(
        declaredLength >= 0
            ? "the response declares a body of "
                + declaredLength
                + " bytes, over the limit of "
                + limit
                + " bytes"
            : "the response body exceeds the limit of " + limit + " bytes");
    this.limit = limit;
    this.declaredLength = declaredLength;
  }

  long limit() {
    return limit;
  }

  long declaredLength() {
    return declaredLength;
  }
}
