package io.dynamo.sign;

import java.util.Objects;

/**
 * One HTTP header: a name and a value.
 *
 * <p>Names are kept as given (HTTP compares them without regard to case) and must be HTTP tokens.
 * Values may not contain CR, LF or NUL, so a header can never inject another one. {@link
 * #toString()} masks the value of headers that carry secrets ({@code Authorization}, {@code
 * Proxy-Authorization}, {@code X-Amz-Security-Token} and the EC2 metadata token header).
 *
 * <p>A value class: immutable, thread-safe, equal when name and value are equal (the name compared
 * exactly, as given). It is a final class rather than a record so that the signer can hand out
 * headers it built itself without checking them again.
 */
public final class HttpHeader {
  private final String name;
  private final String value;

  private HttpHeader(String name, String value) {
    this.name = name;
    this.value = value;
  }

  /**
   * Returns a header.
   *
   * @param name the header name, an HTTP token such as {@code X-Amz-Target}
   * @param value the header value
   * @throws SigningException if the name is not a token or the value contains CR, LF or NUL
   */
  public static HttpHeader of(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isEmpty()) {
      throw new SigningException("Header name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        throw new SigningException(
            "Header name '" + printable(name) + "' is not an HTTP token (RFC 9110, section 5.6.2)");
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        throw new SigningException(
            "Value of header '" + name + "' contains CR, LF or NUL; fold multi-line values first");
      }
    }
    return new HttpHeader(name, value);
  }

  /** A header whose name and value this package built and knows to be valid. */
  static HttpHeader trusted(String name, String value) {
    return new HttpHeader(name, value);
  }

  /** Returns the name, as given. */
  public String name() {
    return name;
  }

  /** Returns the value. */
  public String value() {
    return value;
  }

  /** Returns true when this header's name equals {@code other}, ignoring ASCII case. */
  public boolean is(String other) {
    return name.equalsIgnoreCase(other);
  }

  /** Returns true for headers whose values are secret and never printed. */
  static boolean isSensitive(String name) {
    return name.equalsIgnoreCase("authorization")
        || name.equalsIgnoreCase("x-amz-security-token")
        || name.equalsIgnoreCase("x-aws-ec2-metadata-token")
        || name.equalsIgnoreCase("proxy-authorization");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpHeader h && h.name.equals(name) && h.value.equals(value);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + value.hashCode();
  }

  /** Shows {@code name: value}, the value masked when the header carries a secret. */
  @Override
  public String toString() {
    return name + ": " + (isSensitive(name) ? "****" : value);
  }

  private static boolean isTokenChar(char c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return true;
    }
    return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length() && i < 64; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c >= 0x7f ? '?' : c);
    }
    return b.toString();
  }
}
