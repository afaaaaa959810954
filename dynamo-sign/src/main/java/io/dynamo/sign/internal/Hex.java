package io.dynamo.sign.internal;

/** Lower-case hexadecimal encoding by table, as SigV4 spells hashes and signatures. */
public final class Hex {
  private static final byte[] DIGITS =
      "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private Hex() {}

  /** Returns the lower-case hex string of the bytes. */
  public static String encode(byte[] bytes) {
    byte[] out = new byte[bytes.length * 2];
    write(bytes, out, 0);
    return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Writes the lower-case hex of the bytes into {@code out} at {@code offset}. */
  public static void write(byte[] bytes, byte[] out, int offset) {
    int j = offset;
    for (byte b : bytes) {
      out[j++] = DIGITS[(b >> 4) & 0xf];
      out[j++] = DIGITS[b & 0xf];
    }
  }
}
