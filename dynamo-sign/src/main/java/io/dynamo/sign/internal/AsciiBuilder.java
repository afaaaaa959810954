package io.dynamo.sign.internal;

import java.nio.charset.StandardCharsets;

/**
 * A growable byte buffer for text that is almost always ASCII: characters below 0x80 are written as
 * they are, anything else as UTF-8. Used to build canonical requests without going through a {@code
 * String} and a charset encoder on every signature.
 */
public final class AsciiBuilder {
  private byte[] buf;
  private int len;

  /** Creates a builder with this initial capacity. */
  public AsciiBuilder(int capacity) {
    buf = new byte[capacity];
  }

  /** Forgets the content, keeping the capacity. */
  public AsciiBuilder reset() {
    len = 0;
    return this;
  }

  /** Returns the number of bytes written. */
  public int length() {
    return len;
  }

  /** Returns the internal array; valid up to {@link #length()}. */
  public byte[] array() {
    return buf;
  }

  /** Returns the capacity. */
  public int capacity() {
    return buf.length;
  }

  /** Appends one ASCII character. */
  public AsciiBuilder append(char c) {
    if (c >= 0x80) {
      return append(String.valueOf(c));
    }
    ensure(1);
    buf[len++] = (byte) c;
    return this;
  }

  /** Appends a string, as UTF-8. */
  public AsciiBuilder append(String s) {
    int n = s.length();
    ensure(n);
    byte[] b = buf;
    int j = len;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        len = j;
        return appendUtf8(s, i);
      }
      b[j++] = (byte) c;
    }
    len = j;
    return this;
  }

  /** Appends the lower-case hex of the bytes. */
  public AsciiBuilder appendHex(byte[] bytes) {
    ensure(bytes.length * 2);
    Hex.write(bytes, buf, len);
    len += bytes.length * 2;
    return this;
  }

  private AsciiBuilder appendUtf8(String s, int from) {
    byte[] rest = s.substring(from).getBytes(StandardCharsets.UTF_8);
    ensure(rest.length);
    System.arraycopy(rest, 0, buf, len, rest.length);
    len += rest.length;
    return this;
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      byte[] bigger = new byte[Math.max(buf.length * 2, len + extra)];
      System.arraycopy(buf, 0, bigger, 0, len);
      buf = bigger;
    }
  }

  /** Returns the content decoded as UTF-8. */
  @Override
  public String toString() {
    return new String(buf, 0, len, StandardCharsets.UTF_8);
  }
}
