package io.dynamo.sign.internal;

import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 for one signer scratch, computed one of two ways with the same result.
 *
 * <ul>
 *   <li><b>The JCA</b> ({@code javax.crypto.Mac}), whenever the JVM is set up with a provider of
 *       its own for hashing or MACs (a FIPS-validated one, say), so that provider does the signing.
 *       The {@code Mac} is re-initialised only when the key changes, since {@code doFinal} leaves
 *       it ready for the same key.
 *   <li><b>RFC 2104 on the scratch's SHA-256 digest</b>, when that digest is the JDK's own ({@code
 *       SUN}) and the JDK's {@code SunJCE} is the first configured provider that offers HMAC:
 *       SunJCE's {@code HmacSHA256} does exactly this on that same digest, and its first use costs
 *       a new JVM some 40 ms of JCE policy setup that this way never pays.
 * </ul>
 *
 * <p>The system property {@value #PROPERTY}{@code =jca} makes every scratch use the JCA. The SigV4
 * test suite, the golden tests and a property test against {@code Mac} pin both ways.
 */
public final class HmacSha256 {
  /** The JCA algorithm name. */
  public static final String ALGORITHM = "HmacSHA256";

  /** The system property that, set to {@code jca}, makes the JCA compute every HMAC. */
  public static final String PROPERTY = "io.dynamo.sign.hmac";

  private static final int BLOCK = 64;

  /** The JDK's providers that offer neither SHA-256 nor HMAC in front of SunJCE by default. */
  private static final Set<String> JDK_PROVIDERS_WITHOUT_HMAC =
      Set.of(
          "SUN",
          "sun.security.provider.Sun",
          "SunRsaSign",
          "sun.security.rsa.SunRsaSign",
          "SunEC",
          "sun.security.ec.SunEC",
          "SunJSSE",
          "sun.security.ssl.SunJSSE",
          "com.sun.net.ssl.internal.ssl.Provider");

  /** A key, immutable and shared between threads: only a scratch holds per-use state. */
  public static final class Key {
    private final byte[] innerPad = new byte[BLOCK];
    private final byte[] outerPad = new byte[BLOCK];
    private final byte[] bytes;
    private volatile SecretKeySpec spec;

    private Key(byte[] key) {
      this.bytes = key.clone();
    }

    /** The key as the JCA takes it, made on first use. */
    public SecretKeySpec spec() {
      SecretKeySpec s = spec;
      if (s == null) {
        s = new SecretKeySpec(bytes, ALGORITHM);
        spec = s;
      }
      return s;
    }

    @Override
    public String toString() {
      return "HmacSha256.Key[****]";
    }
  }

  private final MessageDigest sha256;
  private final Mac mac;
  private Key current;

  private HmacSha256(MessageDigest sha256, Mac mac) {
    this.sha256 = sha256;
    this.mac = mac;
  }

  /**
   * The HMAC for a scratch whose SHA-256 digest is {@code sha256}: on that digest when the JVM's
   * providers are the JDK's own, otherwise through the JCA.
   */
  public static HmacSha256 on(MessageDigest sha256) {
    boolean jca =
        usesJca(
            System.getProperty(PROPERTY),
            sha256.getProvider().getName(),
            ConfiguredProviders.NAMES);
    return jca ? jca(sha256) : new HmacSha256(sha256, null);
  }

  /** The HMAC through the JCA's {@code Mac}, whatever the providers. */
  public static HmacSha256 jca(MessageDigest sha256) {
    try {
      return new HmacSha256(sha256, Mac.getInstance(ALGORITHM));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No security provider of this JVM offers HmacSHA256", e);
    }
  }

  /**
   * Whether the JCA must compute HMACs: when {@code forced} is {@code jca}, when the SHA-256 digest
   * is not the JDK's ({@code digestProvider} is not {@code SUN}), or when a provider other than the
   * JDK's comes before {@code SunJCE} in {@code configured} (the {@code security.provider.N}
   * entries, in order), or SunJCE is not there at all.
   */
  static boolean usesJca(String forced, String digestProvider, List<String> configured) {
    if ("jca".equalsIgnoreCase(forced) || !"SUN".equals(digestProvider)) {
      return true;
    }
    for (String entry : configured) {
      String name = entry.strip();
      int space = name.indexOf(' ');
      name = space < 0 ? name : name.substring(0, space);
      if (name.equals("SunJCE") || name.equals("com.sun.crypto.provider.SunJCE")) {
        return false;
      }
      if (!JDK_PROVIDERS_WITHOUT_HMAC.contains(name)) {
        return true;
      }
    }
    return true;
  }

  /** The {@code security.provider.N} entries of the JVM's security configuration, read once. */
  private static final class ConfiguredProviders {
    static final List<String> NAMES = read();

    private static List<String> read() {
      List<String> names = new ArrayList<>();
      for (int i = 1; i < 1000; i++) {
        String entry = Security.getProperty("security.provider." + i);
        if (entry == null) {
          break;
        }
        names.add(entry);
      }
      return List.copyOf(names);
    }
  }

  /** Whether this HMAC goes through the JCA's {@code Mac}. */
  public boolean isJca() {
    return mac != null;
  }

  /** The provider that computes this HMAC: the {@code Mac}'s, or the digest's. */
  public java.security.Provider provider() {
    return mac != null ? mac.getProvider() : sha256.getProvider();
  }

  /** Makes a key of {@code key}'s bytes (copied); keys longer than a block are hashed first. */
  public static Key key(byte[] key) {
    Key k = new Key(key);
    byte[] b = key;
    if (b.length > BLOCK) {
      try {
        b = MessageDigest.getInstance("SHA-256").digest(b);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("This JDK lacks SHA-256", e);
      }
    }
    for (int i = 0; i < BLOCK; i++) {
      byte x = i < b.length ? b[i] : 0;
      k.innerPad[i] = (byte) (x ^ 0x36);
      k.outerPad[i] = (byte) (x ^ 0x5c);
    }
    return k;
  }

  /** Writes HMAC-SHA256 of {@code data[0..len)} under {@code key} into {@code out[0..32)}. */
  public void mac(Key key, byte[] data, int len, byte[] out) {
    try {
      if (mac == null) {
        sha256.update(key.innerPad);
        sha256.update(data, 0, len);
        sha256.digest(out, 0, 32);
        sha256.update(key.outerPad);
        sha256.update(out, 0, 32);
        sha256.digest(out, 0, 32);
        return;
      }
      if (key != current) {
        mac.init(key.spec());
        current = key;
      }
      mac.update(data, 0, len);
      mac.doFinal(out, 0);
    } catch (DigestException | ShortBufferException e) {
      throw new IllegalStateException("HMAC-SHA256 failed", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The HmacSHA256 provider refused the signing key", e);
    }
  }

  /** Returns HMAC-SHA256 of {@code data} under {@code key}, in a new array. */
  public byte[] mac(byte[] key, byte[] data) {
    if (mac == null) {
      byte[] out = new byte[32];
      mac(key(key), data, data.length, out);
      return out;
    }
    try {
      current = null;
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 failed", e);
    }
  }
}
