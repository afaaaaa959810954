package io.dynamo.transport.apache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A response body as it arrives, never longer than the cap: one array of exactly the declared
 * {@code Content-Length} when there is one (no copy at the end; up to {@value #PREALLOCATED_MAX}
 * bytes allocated before they arrive, more as they do), else an array that grows by doubling up to
 * the cap. Whatever a server sends, it holds at most {@code cap} bytes (plus one byte read to tell
 * a body of exactly the cap from a longer one). Not thread-safe: one exchange fills it from one
 * thread at a time.
 */
final class BodyBuffer {
  private static final int FIRST_CHUNK = 8 * 1024;

  /**
   * The most allocated for a declared length before its bytes arrive, so that a server that
   * declares large bodies on many connections at once and sends nothing costs little: DynamoDB's
   * pages (1 MB) fit, larger bodies grow as they arrive.
   */
  static final int PREALLOCATED_MAX = 2 * 1024 * 1024;

  private static final byte[] EMPTY = new byte[0];

  private final long cap;
  private final long limit; // the declared length, or the cap
  private byte[] bytes;
  private int size;

  private BodyBuffer(long cap, long limit, int capacity) {
    this.cap = cap;
    this.limit = limit;
    this.bytes = capacity == 0 ? EMPTY : new byte[capacity];
  }

  /**
   * A buffer for a body of {@code contentLength} bytes, or of unknown length if it is negative.
   *
   * @throws BodyTooLargeException if the declared length is over the cap, before any byte is read
   */
  static BodyBuffer create(long contentLength, long cap) throws BodyTooLargeException {
    if (contentLength > cap) {
      throw new BodyTooLargeException(cap, contentLength);
    }
    if (contentLength >= 0) {
      return new BodyBuffer(cap, contentLength, (int) Math.min(contentLength, PREALLOCATED_MAX));
    }
    return new BodyBuffer(cap, cap, (int) Math.min(FIRST_CHUNK, cap));
  }

  /** Appends the bytes remaining in {@code src}, consuming them. */
  void append(ByteBuffer src) throws BodyTooLargeException {
    int n = src.remaining();
    if (n == 0) {
      return;
    }
    if ((long) size + n > cap) {
      throw new BodyTooLargeException(cap, -1);
    }
    ensureCapacity(size + n);
    src.get(bytes, size, n);
    size += n;
  }

  /**
   * Reads the whole stream.
   *
   * @throws BodyTooLargeException as soon as the body passes the cap; the rest is not read
   */
  void readAll(InputStream in) throws IOException {
    while (true) {
      if (size == bytes.length) {
        if (size == limit) {
          // Full: the body must end here (HttpClient stops a sized body at its length).
          if (in.read() < 0) {
            return;
          }
          throw new BodyTooLargeException(cap, -1);
        }
        ensureCapacity(size + 1);
      }
      int n = in.read(bytes, size, bytes.length - size);
      if (n < 0) {
        return;
      }
      size += n;
    }
  }

  /** The bytes so far: the array itself when it is exactly full, else a copy. */
  byte[] toByteArray() {
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }

  /** How many bytes it has room for now. */
  int capacity() {
    return bytes.length;
  }

  /** How many bytes it holds. */
  int size() {
    return size;
  }

  private void ensureCapacity(int needed) {
    if (needed <= bytes.length) {
      return;
    }
    long grown = Math.max((long) bytes.length * 2, FIRST_CHUNK);
    bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(grown, limit)));
  }
}
