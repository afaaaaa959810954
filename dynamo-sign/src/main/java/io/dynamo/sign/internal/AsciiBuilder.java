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

  /** Appends all of {@code bytes}. */
  public AsciiBuilder append(byte[] bytes) {
    return append(bytes, 0, bytes.length);
  }

  /** Appends a copy of this builder's own bytes from {@code from} up to the next {@code stop}. */
  public AsciiBuilder appendUpTo(int from, byte stop) {
    int end = from;
    while (buf[end] != stop) {
      end++;
    }
    return append(buf, from, end);
  }

  /** Appends bytes. */
  public AsciiBuilder append(byte[] bytes, int from, int to) {
    ensure(to - from);
    System.arraycopy(bytes, from, buf, len, to - from);
    len += to - from;
    return this;
  }

  /** Appends a string with ASCII upper-case letters made lower-case (for header names). */
  public AsciiBuilder appendLowerCase(String s) {
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
      b[j++] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    len = j;
    return this;
  }

  /**
   * Appends a header value trimmed of spaces and tabs at both ends, each inner run of them written
   * as one space.
   */
  public AsciiBuilder appendTrimmed(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    ensure(end - start);
    byte[] b = buf;
    int j = len;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        len = j;
        return appendTrimmedSlow(s, i, end, space);
      }
      if (isSpace(c)) {
        space = true;
      } else {
        if (space) {
          b[j++] = ' ';
          space = false;
        }
        b[j++] = (byte) c;
      }
    }
    len = j;
    return this;
  }

  private AsciiBuilder appendTrimmedSlow(String s, int from, int end, boolean pendingSpace) {
    StringBuilder rest = new StringBuilder(end - from + 1);
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = true;
      } else {
        if (pendingSpace) {
          rest.append(' ');
          pendingSpace = false;
        }
        rest.append(c);
      }
    }
    return append(rest.toString());
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
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
