package io.dynamo.transport.apache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BodyBufferTest {

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  @Test
  void readsASizedBodyIntoOneArrayOfThatSize() throws IOException {
    byte[] body = bytes(5000);
    BodyBuffer buffer = BodyBuffer.create(5000, 10_000);

    buffer.readAll(new ByteArrayInputStream(body));

    byte[] read = buffer.toByteArray();
    assertArrayEquals(body, read);
    assertSame(read, buffer.toByteArray(), "no copy: the array was exactly full");
  }

  @Test
  void allocatesALargeDeclaredLengthOnlyAsItsBytesArrive() throws IOException {
    int declared = 6 * 1024 * 1024;
    BodyBuffer buffer = BodyBuffer.create(declared, 64L << 20);

    assertEquals(BodyBuffer.PREALLOCATED_MAX, buffer.capacity(), "a declaration costs little");
    byte[] body = bytes(declared);
    buffer.readAll(new ByteArrayInputStream(body));

    assertEquals(declared, buffer.capacity(), "grown to the declared length, no further");
    assertArrayEquals(body, buffer.toByteArray());
  }

  @Test
  void readsABodyOfUnknownLengthByGrowing() throws IOException {
    byte[] body = bytes(100_000);
    BodyBuffer buffer = BodyBuffer.create(-1, 1 << 20);

    buffer.readAll(new ByteArrayInputStream(body));

    assertArrayEquals(body, buffer.toByteArray());
  }

  @Test
  void acceptsABodyExactlyAsLongAsTheCap() throws IOException {
    for (long declared : new long[] {-1, 1000}) {
      BodyBuffer buffer = BodyBuffer.create(declared, 1000);

      buffer.readAll(new ByteArrayInputStream(bytes(1000)));

      assertEquals(1000, buffer.size());
    }
  }

  @Test
  void refusesADeclaredLengthOverTheCapBeforeReading() {
    BodyTooLargeException e =
        assertThrows(BodyTooLargeException.class, () -> BodyBuffer.create(10_000_000_000L, 1000));

    assertEquals(1000, e.limit());
    assertEquals(10_000_000_000L, e.declaredLength());
    assertEquals(
        "the response declares a body of 10000000000 bytes, over the limit of 1000 bytes",
        e.getMessage());
  }

  @Test
  void stopsAnEndlessBodyOneByteAfterTheCap() throws IOException {
    CountingEndlessStream endless = new CountingEndlessStream();
    BodyBuffer buffer = BodyBuffer.create(-1, 100_000);

    BodyTooLargeException e =
        assertThrows(BodyTooLargeException.class, () -> buffer.readAll(endless));

    assertEquals(100_001, endless.read, "reading stops right after the cap");
    assertEquals(-1, e.declaredLength());
    assertEquals("the response body exceeds the limit of 100000 bytes", e.getMessage());
  }

  @Test
  void appendsBuffersAndRefusesTheOneThatPassesTheCap() throws IOException {
    BodyBuffer buffer = BodyBuffer.create(-1, 10);
    buffer.append(ByteBuffer.wrap(bytes(6)));
    buffer.append(ByteBuffer.allocate(0));
    buffer.append(ByteBuffer.wrap(bytes(4)));

    assertThrows(BodyTooLargeException.class, () -> buffer.append(ByteBuffer.wrap(bytes(1))));
    byte[] expected = Arrays.copyOf(bytes(6), 10);
    System.arraycopy(bytes(4), 0, expected, 6, 4);
    assertArrayEquals(expected, buffer.toByteArray());
  }

  @Test
  void anEmptyBodyIsAnEmptyArray() throws IOException {
    BodyBuffer buffer = BodyBuffer.create(0, 10);

    buffer.readAll(new ByteArrayInputStream(new byte[0]));

    assertEquals(0, buffer.toByteArray().length);
  }

  /** A stream that never ends, counting the bytes taken from it. */
  private static final class CountingEndlessStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) 'x');
      read += len;
      return len;
    }
  }
}
