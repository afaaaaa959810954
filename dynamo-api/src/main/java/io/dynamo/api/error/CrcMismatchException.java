package io.dynamo.api.error;

/**
 * A response body's CRC32 did not match its {@code x-amz-crc32} header: the body was damaged on the
 * way. The client retries these.
 */
public class CrcMismatchException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public CrcMismatchException(String message) {
    super(message);
  }
}
