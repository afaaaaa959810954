package io.dynamo.sign.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The canonical URI and the canonical query string of SigV4, with RFC 3986 percent-encoding
 * (unreserved characters {@code A-Z a-z 0-9 - . _ ~} as they are, every other byte as {@code %XX}
 * in upper case). {@code java.net.URLEncoder} is not used: it writes spaces as {@code +} and leaves
 * {@code *} alone, both wrong here.
 */
public final class UriCanonicalizer {
  private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();
  private static final boolean[] UNRESERVED = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      UNRESERVED[c] = true;
    }
    UNRESERVED['-'] = true;
    UNRESERVED['.'] = true;
    UNRESERVED['_'] = true;
    UNRESERVED['~'] = true;
  }

  private UriCanonicalizer() {}

  /**
   * Returns the canonical URI (path) of a request.
   *
   * <p>The path starts from what an HTTP client sends: the raw path, with any non-ASCII character
   * written as UTF-8 escapes. With {@code normalize}, dot segments are removed and runs of slashes
   * become one. With {@code doubleEncode} (what AWS expects from every service but S3), that path
   * is percent-encoded once more, so an escape {@code %20} on the wire is signed as {@code %2520};
   * without it, each segment is signed encoded exactly once.
   */
  public static String canonicalPath(URI uri, boolean normalize, boolean doubleEncode) {
    String raw = uri.getRawPath();
    if (raw == null || raw.isEmpty() || raw.equals("/")) {
      return "/";
    }
    String wire = toAscii(raw);
    if (normalize && needsNormalizing(wire)) {
      wire = normalize(wire);
    }
    if (doubleEncode) {
      return isPlain(wire) ? wire : encode(wire, true);
    }
    return isPlain(wire) ? wire : encodeSegmentsOnce(wire);
  }

  /**
   * Returns the canonical query string: each name and value decoded then encoded once, pairs sorted
   * by name then value, joined with {@code &}. A parameter without {@code =} has an empty value.
   */
  public static String canonicalQuery(URI uri) {
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    raw = toAscii(raw);
    List<String[]> pairs = new ArrayList<>();
    int start = 0;
    while (start <= raw.length()) {
      int amp = raw.indexOf('&', start);
      int end = amp < 0 ? raw.length() : amp;
      if (end > start) {
        String param = raw.substring(start, end);
        int eq = param.indexOf('=');
        String name = eq < 0 ? param : param.substring(0, eq);
        String value = eq < 0 ? "" : param.substring(eq + 1);
        pairs.add(new String[] {reencode(name), reencode(value)});
      }
      start = end + 1;
    }
    String[][] sorted = pairs.toArray(new String[0][]);
    Arrays.sort(
        sorted,
        (a, b) -> {
          int c = a[0].compareTo(b[0]);
          return c != 0 ? c : a[1].compareTo(b[1]);
        });
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < sorted.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      out.append(sorted[i][0]).append('=').append(sorted[i][1]);
    }
    return out.toString();
  }

  /** Percent-encodes every byte of the UTF-8 form except unreserved characters (and '/'). */
  public static String encode(String s, boolean keepSlash) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    appendEncoded(out, bytes, bytes.length, keepSlash);
    return out.toString();
  }

  private static String reencode(String s) {
    byte[] decoded = new byte[s.length()];
    int n = decode(s, decoded);
    StringBuilder out = new StringBuilder(n + 8);
    appendEncoded(out, decoded, n, false);
    return out.toString();
  }

  private static String encodeSegmentsOnce(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    byte[] scratch = new byte[path.length()];
    int start = 0;
    while (true) {
      int slash = path.indexOf('/', start);
      int end = slash < 0 ? path.length() : slash;
      int n = decode(path.substring(start, end), scratch);
      appendEncoded(out, scratch, n, false);
      if (slash < 0) {
        return out.toString();
      }
      out.append('/');
      start = slash + 1;
    }
  }

  private static void appendEncoded(StringBuilder out, byte[] bytes, int n, boolean keepSlash) {
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 128 && (UNRESERVED[b] || keepSlash && b == '/')) {
        out.append((char) b);
      } else {
        out.append('%').append(HEX_UPPER[b >> 4]).append(HEX_UPPER[b & 0xf]);
      }
    }
  }

  /** Percent-decodes into {@code out} (a '+' stays a '+'); returns the number of bytes. */
  private static int decode(String s, byte[] out) {
    int n = 0;
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < len && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        out[n++] = (byte) (hex(s.charAt(i + 1)) << 4 | hex(s.charAt(i + 2)));
        i += 2;
      } else {
        out[n++] = (byte) c;
      }
    }
    return n;
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  /** True when every character is unreserved or '/', so no encoding changes the path. */
  private static boolean isPlain(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c >= 128 || !(UNRESERVED[c] || c == '/')) {
        return false;
      }
    }
    return true;
  }

  /** Writes non-ASCII characters as UTF-8 escapes, as HTTP clients do when they send a URI. */
  private static String toAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
        for (byte b : rest) {
          int v = b & 0xff;
          if (v < 128) {
            out.append((char) v);
          } else {
            out.append('%').append(HEX_UPPER[v >> 4]).append(HEX_UPPER[v & 0xf]);
          }
        }
        return out.toString();
      }
    }
    return s;
  }

  private static boolean needsNormalizing(String path) {
    return path.contains("//") || path.contains("/.") || !path.startsWith("/");
  }

  /** Removes "." and ".." segments and empty segments; keeps a trailing slash. */
  private static String normalize(String path) {
    List<String> out = new ArrayList<>();
    String[] segments = path.split("/", -1);
    boolean trailingSlash = false;
    for (int i = 0; i < segments.length; i++) {
      String seg = segments[i];
      boolean last = i == segments.length - 1;
      if (seg.isEmpty() || seg.equals(".")) {
        trailingSlash = last;
      } else if (seg.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
        trailingSlash = last;
      } else {
        out.add(seg);
        trailingSlash = false;
      }
    }
    if (out.isEmpty()) {
      return "/";
    }
    StringBuilder b = new StringBuilder(path.length());
    for (String seg : out) {
      b.append('/').append(seg);
    }
    if (trailingSlash) {
      b.append('/');
    }
    return b.toString();
  }
}
