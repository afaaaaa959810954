package io.dynamo.sign.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 through the JCA ({@code javax.crypto.Mac}), so that the provider the JVM is
 * configured with (a FIPS-validated one, say) does the signing. A {@code Mac} is not thread-safe:
 * each {@link SignerScratch} owns one, and re-initialises it only when the key changes, since
 * {@code doFinal} leaves it ready for the same key. The SigV4 test suite and the golden tests pin
 * the result.
 */
public final class HmacSha256 {
  /** The JCA algorithm name. */
  public static final String ALGORITHM = "HmacSHA256";

  /** A key, immutable and shared between threads: only a {@code Mac} holds per-use state. */
  public record Key(SecretKeySpec spec) {
    @Override
    public String toString() {
      return "HmacSha256.Key[****]";
    }
  }

  private HmacSha256() {}

  /** A new HMAC-SHA256 {@code Mac} from the JVM's preferred provider. */
  public static Mac newMac() {
    try {
      return Mac.getInstance(ALGORITHM);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No security provider of this JVM offers HmacSHA256", e);
    }
  }

  /** Makes a key of {@code key}'s bytes (copied). */
  public static Key key(byte[] key) {
    return new Key(new SecretKeySpec(key, ALGORITHM));
  }

  /** Initialises {@code mac} with {@code key}. */
  public static void init(Mac mac, Key key) {
    try {
      mac.init(key.spec());
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("The HmacSHA256 provider refused the signing key", e);
    }
  }

  /**
   * Writes HMAC-SHA256 of {@code data[0..len)} into {@code out[0..32)}, with the key {@code mac}
   * was initialised with; {@code mac} is ready for the same key again afterwards.
   */
  public static void mac(Mac mac, byte[] data, int len, byte[] out) {
    mac.update(data, 0, len);
    try {
      mac.doFinal(out, 0);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("HMAC-SHA256 failed", e);
    }
  }

  /** Returns HMAC-SHA256 of {@code data} under {@code key}, in a new array. */
  public static byte[] mac(Mac mac, byte[] key, byte[] data) {
    try {
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 failed", e);
    }
  }
}
