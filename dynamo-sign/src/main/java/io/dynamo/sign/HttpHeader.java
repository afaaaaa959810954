package io.dynamo.sign;

import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP header: a name and a value.
 *
 * <p>Names are kept as given (HTTP compares them without regard to case) and must be HTTP tokens.
 * Values may not contain CR, LF or NUL, so a header can never inject another one. {@link
 * #toString()} masks the value of headers that carry secrets ({@code Authorization}, {@code
 * X-Amz-Security-Token} and the EC2 metadata token headers).
 *
 * @param name the header name, an HTTP token such as {@code X-Amz-Target}
 * @param value the header value
 */
public record HttpHeader(String name, String value) {

  /** Validates the name and the value. */
  public HttpHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isEmpty()) {
      throw new SigningException("Header name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        throw new SigningException(
            "Header name '" + printable(name) + "' is not an HTTP token (RFC 9110, section 5.1)");
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        throw new SigningException(
            "Value of header '" + name + "' contains CR, LF or NUL; fold multi-line values first");
      }
    }
  }

  /** Returns a header. */
  public static HttpHeader of(String name, String value) {
    return new HttpHeader(name, value);
  }

  /** Returns true when this header's name equals {@code other}, ignoring ASCII case. */
  public boolean is(String other) {
    return name.equalsIgnoreCase(other);
  }

  /** Returns true for headers whose values are secret and never printed. */
  static boolean isSensitive(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("authorization")
        || n.equals("x-amz-security-token")
        || n.equals("x-aws-ec2-metadata-token")
        || n.equals("proxy-authorization");
  }

  /** Shows the name, and the value unless the header carries a secret. */
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
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return b.toString();
  }
}
