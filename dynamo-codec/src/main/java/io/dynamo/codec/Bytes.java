package io.dynamo.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * An immutable sequence of bytes: the value of a DynamoDB binary attribute.
 *
 * <p>Arrays given to and taken from this class are copied, so a {@code Bytes} never changes.
 * Equality is by content. Instances are thread-safe.
 */
public final class Bytes implements Comparable<Bytes> {
  /** The empty byte sequence. */
  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final byte[] bytes;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  public static Bytes of(byte[] bytes) {
    if (bytes == null) {
      throw new InvalidAttributeValueException("binary value is null");
    }
    return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
  }

  /** A copy of {@code length} bytes of {@code bytes} from {@code offset}. */
  public static Bytes of(byte[] bytes, int offset, int length) {
    if (bytes == null) {
      throw new InvalidAttributeValueException("binary value is null");
    }
    return new Bytes(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /** A copy of the remaining bytes of {@code buffer}; the buffer's position is not changed. */
  public static Bytes of(ByteBuffer buffer) {
    if (buffer == null) {
      throw new InvalidAttributeValueException("binary value is null");
    }
    byte[] copy = new byte[buffer.remaining()];
    buffer.duplicate().get(copy);
    return new Bytes(copy);
  }

  /**
   * Decodes standard base64 (RFC 4648, with padding), the form DynamoDB JSON uses for binary.
   *
   * @throws MalformedJsonException if {@code base64} is not valid base64
   */
  public static Bytes fromBase64(String base64) {
    if (base64 == null) {
      throw new MalformedJsonException("base64 binary is null");
    }
    try {
      return new Bytes(Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException e) {
      throw new MalformedJsonException("invalid base64 binary: " + e.getMessage(), e);
    }
  }

  /** The number of bytes. */
  public int size() {
    return bytes.length;
  }

  /** Whether there are no bytes. */
  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /** The byte at {@code index}. */
  public byte byteAt(int index) {
    return bytes[index];
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** A read-only buffer over the bytes (no copy). */
  public ByteBuffer asByteBuffer() {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  /** The bytes in standard base64 with padding. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The bytes as lower-case hexadecimal. */
  public String toHex() {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Compares as DynamoDB orders binary keys: unsigned, byte by byte. */
  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes && Arrays.equals(bytes, ((Bytes) o).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The size and, for up to 32 bytes, the content in hexadecimal. */
  @Override
  public String toString() {
    if (bytes.length <= 32) {
      return "Bytes[" + toHex() + "]";
    }
    return "Bytes[" + bytes.length + " bytes, " + Bytes.of(bytes, 0, 16).toHex() + "...]";
  }
}
