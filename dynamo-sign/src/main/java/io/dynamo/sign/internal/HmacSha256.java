package io.dynamo.sign.internal;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * HMAC-SHA256 (RFC 2104) on a caller's {@code MessageDigest}, with the key's inner and outer pad
 * blocks prepared once. {@code javax.crypto.Mac} would do the same hashing but adds a provider
 * lookup, a copy and an allocation per call, which show on a signature that takes about a
 * microsecond; the SigV4 test suite and the golden tests pin the result.
 */
public final class HmacSha256 {
  private static final int BLOCK = 64;

  /** A key made ready: its two pad blocks. */
  public record Key(byte[] innerPad, byte[] outerPad) {}

  private HmacSha256() {}

  /** Prepares a key; keys longer than a block are hashed first, as RFC 2104 says. */
  public static Key key(byte[] key, MessageDigest sha256) {
    byte[] k = key.length > BLOCK ? sha256.digest(key) : key;
    byte[] inner = new byte[BLOCK];
    byte[] outer = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      inner[i] = (byte) (b ^ 0x36);
      outer[i] = (byte) (b ^ 0x5c);
    }
    return new Key(inner, outer);
  }

  /** Writes HMAC-SHA256 of {@code data[0..len)} into {@code out[0..32)}. */
  public static void mac(Key key, byte[] data, int len, byte[] out, MessageDigest sha256) {
    try {
      sha256.update(key.innerPad);
      sha256.update(data, 0, len);
      sha256.digest(out, 0, 32);
      sha256.update(key.outerPad);
      sha256.update(out, 0, 32);
      sha256.digest(out, 0, 32);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 digest failed", e);
    }
  }

  /** Returns HMAC-SHA256 of {@code data} under {@code key}, in a new array. */
  public static byte[] mac(byte[] key, byte[] data, MessageDigest sha256) {
    byte[] out = new byte[32];
    mac(key(key, sha256), data, data.length, out, sha256);
    return out;
  }
}
