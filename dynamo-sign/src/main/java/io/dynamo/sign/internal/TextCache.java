package io.dynamo.sign.internal;

import java.util.Arrays;

/**
 * Remembers, per thread, the canonical bytes of the header names (lower-cased) and values (trimmed)
 * it has written, keyed by the identity of the {@code String}.
 *
 * <p>A client signs the same few header strings over and over: constant names, the X-Amz-Target of
 * each operation, the content type, the host of its endpoint, the session token of cached
 * credentials, the time stamp of the current second. Copying their bytes beats re-encoding them
 * character by character. Strings are immutable, so an identity hit is always right. Each table is
 * two-way set-associative (so two strings that hash alike do not evict each other on every request)
 * and small, and long strings are not kept.
 */
final class TextCache {
  private static final int SETS = 32;
  private static final int MAX_CACHED_LENGTH = 2048;

  private final Table names = new Table();
  private final Table values = new Table();

  /** Appends a header name, lower-cased. */
  void appendName(AsciiBuilder out, String name) {
    byte[] cached = names.get(name);
    if (cached != null) {
      out.append(cached);
      return;
    }
    int start = out.length();
    out.appendLowerCase(name);
    names.put(name, out, start);
  }

  /** Appends a header value, trimmed, inner runs of spaces made one. */
  void appendValue(AsciiBuilder out, String value) {
    byte[] cached = values.get(value);
    if (cached != null) {
      out.append(cached);
      return;
    }
    int start = out.length();
    out.appendTrimmed(value);
    values.put(value, out, start);
  }

  /** Two ways per set; the way to replace alternates. */
  private static final class Table {
    private final String[] keys = new String[SETS * 2];
    private final byte[][] bytes = new byte[SETS * 2][];
    private final boolean[] replaceSecond = new boolean[SETS];

    byte[] get(String s) {
      int i = (System.identityHashCode(s) & (SETS - 1)) << 1;
      if (keys[i] == s) {
        return bytes[i];
      }
      if (keys[i + 1] == s) {
        return bytes[i + 1];
      }
      return null;
    }

    void put(String s, AsciiBuilder out, int start) {
      if (s.length() > MAX_CACHED_LENGTH) {
        return;
      }
      int set = System.identityHashCode(s) & (SETS - 1);
      int i = (set << 1) + (replaceSecond[set] ? 1 : 0);
      replaceSecond[set] = !replaceSecond[set];
      bytes[i] = Arrays.copyOfRange(out.array(), start, out.length());
      keys[i] = s;
    }
  }
}
