package io.dynamo.sign.internal;

import java.util.Arrays;

/**
 * Remembers, per thread, the canonical bytes of the header names (lower-cased) and values (trimmed)
 * it has written, keyed by the identity of the {@code String}.
 *
 * <p>A client signs the same few header strings over and over: constant names, the X-Amz-Target of
 * each operation, the content type, the host of its endpoint, the session token of cached
 * credentials, the time stamp of the current second. Copying their bytes beats re-encoding them
 * character by character. Strings are immutable, so an identity hit is always right; the table is
 * direct-mapped and small, and long strings are not kept.
 */
final class TextCache {
  private static final int SIZE = 32;
  private static final int MAX_CACHED_LENGTH = 2048;

  private final String[] names = new String[SIZE];
  private final byte[][] nameBytes = new byte[SIZE][];
  private final String[] values = new String[SIZE];
  private final byte[][] valueBytes = new byte[SIZE][];

  /** Appends a header name, lower-cased. */
  void appendName(AsciiBuilder out, String name) {
    int slot = System.identityHashCode(name) & (SIZE - 1);
    if (names[slot] == name) {
      out.append(nameBytes[slot]);
      return;
    }
    int start = out.length();
    out.appendLowerCase(name);
    if (name.length() <= MAX_CACHED_LENGTH) {
      nameBytes[slot] = Arrays.copyOfRange(out.array(), start, out.length());
      names[slot] = name;
    }
  }

  /** Appends a header value, trimmed, inner runs of spaces made one. */
  void appendValue(AsciiBuilder out, String value) {
    int slot = System.identityHashCode(value) & (SIZE - 1);
    if (values[slot] == value) {
      out.append(valueBytes[slot]);
      return;
    }
    int start = out.length();
    out.appendTrimmed(value);
    if (value.length() <= MAX_CACHED_LENGTH) {
      valueBytes[slot] = Arrays.copyOfRange(out.array(), start, out.length());
      values[slot] = value;
    }
  }
}
