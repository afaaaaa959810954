package io.dynamo.sign.internal;

/** Which request headers SigV4 signs, and their canonical order. */
public final class HeaderRules {
  /** A header that is signed as given. */
  public static final int SIGNED = 0;

  /** A header proxies and HTTP clients add or rewrite: left out of the signature. */
  public static final int UNSIGNED = 1;

  /** The Host header: signed, and the signer then does not derive one from the URI. */
  public static final int HOST = 2;

  /** A header the signer adds itself; a request that already has it is rejected. */
  public static final int ADDED_BY_SIGNER = 3;

  private HeaderRules() {}

  /**
   * Sorts a header name into signed, unsigned, host, or one the signer adds itself. Switches on the
   * length first: most names (X-Amz-Target, Content-Type) are then decided by one compare.
   */
  public static int classify(String name, boolean contentSha256Header) {
    switch (name.length()) {
      case 4:
        return name.equalsIgnoreCase("host") ? HOST : SIGNED;
      case 6:
        return name.equalsIgnoreCase("expect") ? UNSIGNED : SIGNED;
      case 10:
        if (name.equalsIgnoreCase("x-amz-date")) {
          return ADDED_BY_SIGNER;
        }
        return name.equalsIgnoreCase("user-agent") || name.equalsIgnoreCase("connection")
            ? UNSIGNED
            : SIGNED;
      case 13:
        return name.equalsIgnoreCase("authorization") ? ADDED_BY_SIGNER : SIGNED;
      case 15:
        return name.equalsIgnoreCase("x-amzn-trace-id") ? UNSIGNED : SIGNED;
      case 17:
        return name.equalsIgnoreCase("transfer-encoding") ? UNSIGNED : SIGNED;
      case 20:
        return name.equalsIgnoreCase("x-amz-security-token")
                || contentSha256Header && name.equalsIgnoreCase("x-amz-content-sha256")
            ? ADDED_BY_SIGNER
            : SIGNED;
      default:
        return SIGNED;
    }
  }

  /** Stable insertion sort: few headers, and repeated names must keep their order. */
  public static void sortByName(String[] names, String[] values, int n) {
    for (int i = 1; i < n; i++) {
      String name = names[i];
      String value = values[i];
      int j = i - 1;
      while (j >= 0 && compareLowerCase(names[j], name) > 0) {
        names[j + 1] = names[j];
        values[j + 1] = values[j];
        j--;
      }
      names[j + 1] = name;
      values[j + 1] = value;
    }
  }

  /** Compares header names as their ASCII lower-case forms (they are HTTP tokens). */
  private static int compareLowerCase(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        x = x >= 'A' && x <= 'Z' ? (char) (x + 32) : x;
        y = y >= 'A' && y <= 'Z' ? (char) (y + 32) : y;
        if (x != y) {
          return x - y;
        }
      }
    }
    return a.length() - b.length();
  }
}
