package io.dynamo.api.error;

/**
 * A response body was longer than the transport accepts ({@link
 * io.dynamo.api.spi.TransportOptions#maxResponseBytes()}). Not retried: the same request would get
 * the same answer. The transport stops reading and closes the connection, so a server that sends
 * gigabytes costs the client no more than the cap.
 */
public class ResponseTooLargeException extends TransportException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  /**
   * Creates the exception.
   *
   * @param message what was called and how much came back, such as {@code POST https://host/: the
   *     response body exceeds the limit of 67108864 bytes}
   * @param limit the cap that was exceeded, in bytes
   */
  public ResponseTooLargeException(String message, long limit) {
    this(message, limit, null);
  }

  /** Creates the exception with its cause (such as the same failure on another thread). */
  public ResponseTooLargeException(String message, long limit, Throwable cause) {
    super(message, cause, false);
    this.limit = limit;
  }

  /** The cap that was exceeded, in bytes. */
  public long limit() {
    return limit;
  }
}
