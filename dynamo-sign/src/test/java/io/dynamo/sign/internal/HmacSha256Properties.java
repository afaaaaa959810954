package io.dynamo.sign.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.dynamo.sign.SecretLeakGuard;
import java.security.MessageDigest;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signer's HMAC-SHA256, on the digest and through the JCA alike, is the JCA's: one instance
 * used with any order of keys, and for deriving keys in between, gives what a freshly initialised
 * {@code Mac} gives; and the JCA is chosen whenever the JVM's providers are not the JDK's own.
 */
@ExtendWith(SecretLeakGuard.class)
class HmacSha256Properties {

  @Test
  void onTheDigestItAgreesWithTheJcaForAnySequenceOfKeys() throws Exception {
    agreesWithAFreshMac(() -> HmacSha256.on(sha256()), false);
  }

  @Test
  void throughTheJcaItAgreesWithAFreshMacForAnySequenceOfKeys() throws Exception {
    agreesWithAFreshMac(() -> HmacSha256.jca(sha256()), true);
  }

  private static void agreesWithAFreshMac(Supplier<HmacSha256> make, boolean jca) throws Exception {
    Mac reference = Mac.getInstance("HmacSHA256");
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(-128, 127)).ofSizeBetween(1, 100),
            lists().of(integers().between(-128, 127)).ofSizeBetween(1, 100),
            lists().of(integers().between(0, 2)).ofSizeBetween(1, 12),
            lists().of(integers().between(-128, 127)).ofSizeBetween(0, 300))
        .checkAssert(
            (keyA, keyB, order, data) -> {
              HmacSha256.Key a = HmacSha256.key(bytes(keyA));
              HmacSha256.Key b = HmacSha256.key(bytes(keyB));
              HmacSha256.Key sameBytesAsA = HmacSha256.key(bytes(keyA));
              List<HmacSha256.Key> keys = List.of(a, b, sameBytesAsA);
              byte[] d = bytes(data);
              HmacSha256 hmac = make.get();
              assertEquals(jca, hmac.isJca());
              byte[] out = new byte[32];
              for (int which : order) {
                HmacSha256.Key key = keys.get(which);
                hmac.mac(key, d, d.length, out);
                assertArrayEquals(macOf(reference, key.spec(), d), out);
                if (which == 1) {
                  // deriving a key in between leaves a Mac on another key
                  byte[] derived = hmac.mac(bytes(keyB), d);
                  assertArrayEquals(macOf(reference, b.spec(), d), derived);
                }
              }
            });
  }

  @Test
  void keysLongerThanABlockAreHashedFirstAsTheJcaDoes() throws Exception {
    byte[] longKey = new byte[200];
    Arrays.fill(longKey, (byte) 7);
    byte[] data = "data".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Mac reference = Mac.getInstance("HmacSHA256");
    assertArrayEquals(
        macOf(reference, new SecretKeySpec(longKey, "HmacSHA256"), data),
        HmacSha256.on(sha256()).mac(longKey, data));
  }

  @Test
  void onlyPartOfTheBufferIsMacced() throws Exception {
    byte[] data = "string to sign, then junk".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    HmacSha256.Key key = HmacSha256.key(new byte[32]);
    SignerScratch s = SignerScratch.acquire();
    s.hmacIntoHash(key, data, 14);
    Mac reference = Mac.getInstance("HmacSHA256");
    reference.init(key.spec());
    assertArrayEquals(reference.doFinal(Arrays.copyOf(data, 14)), s.hash);
    s.release();
  }

  @Test
  void withTheJdksOwnProvidersTheScratchHashesOnItsSunDigest() {
    SignerScratch s = SignerScratch.acquire();
    assertEquals("SUN", s.sha256.getProvider().getName());
    assertEquals("SunJCE", Security.getProviders("Mac.HmacSHA256")[0].getName());
    assertFalse(s.hmac.isJca());
    assertEquals(s.sha256.getProvider(), s.hmac.provider());
    s.release();
  }

  @Test
  void theJcaComesFromTheJvmsPreferredProvider() {
    assertEquals(Security.getProviders("Mac.HmacSHA256")[0], HmacSha256.jca(sha256()).provider());
  }

  @Test
  void anyProviderOtherThanTheJdksOwnMeansTheJca() {
    List<String> jdk = List.of("SUN", "SunRsaSign", "SunEC", "SunJSSE", "SunJCE", "SunJGSS");
    assertFalse(HmacSha256.usesJca(null, "SUN", jdk));
    assertFalse(HmacSha256.usesJca("auto", "SUN", jdk));
    assertTrue(HmacSha256.usesJca("jca", "SUN", jdk), "forced by the system property");
    assertTrue(HmacSha256.usesJca("JCA", "SUN", jdk));
    assertTrue(HmacSha256.usesJca(null, "BCFIPS", jdk), "the digest is another provider's");
    assertTrue(
        HmacSha256.usesJca(
            null,
            "SUN",
            List.of("SunPKCS11 ${java.home}/conf/security/nss.fips.cfg", "SUN", "SunJCE")),
        "a FIPS provider comes first");
    assertTrue(
        HmacSha256.usesJca(null, "SUN", List.of("SUN", "org.example.MacProvider", "SunJCE")),
        "an unknown provider before SunJCE may offer HMAC");
    assertTrue(HmacSha256.usesJca(null, "SUN", List.of("SUN", "SunRsaSign")), "no SunJCE");
    assertFalse(
        HmacSha256.usesJca(
            null, "SUN", List.of("sun.security.provider.Sun", " com.sun.crypto.provider.SunJCE")),
        "class names as older configurations give them");
  }

  @Test
  void keysDoNotShowTheirBytes() {
    assertEquals("HmacSha256.Key[****]", HmacSha256.key(new byte[] {1, 2, 3}).toString());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] macOf(Mac reference, SecretKeySpec key, byte[] data) {
    try {
      reference.init(key);
    } catch (java.security.InvalidKeyException e) {
      throw new AssertionError(e);
    }
    return reference.doFinal(data);
  }

  private static byte[] bytes(List<Integer> values) {
    byte[] b = new byte[values.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = values.get(i).byteValue();
    }
    return b;
  }
}
