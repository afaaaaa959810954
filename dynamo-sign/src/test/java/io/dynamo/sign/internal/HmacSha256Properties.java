package io.dynamo.sign.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.dynamo.sign.SecretLeakGuard;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signer's HMAC-SHA256 is the JCA's: a scratch's {@code Mac}, re-initialised only when the key
 * changes, gives what a freshly initialised {@code Mac} gives, whatever the order of keys.
 */
@ExtendWith(SecretLeakGuard.class)
class HmacSha256Properties {

  @Test
  void aReusedMacAgreesWithAFreshOneForAnySequenceOfKeys() throws Exception {
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
              SignerScratch s = SignerScratch.acquire();
              try {
                for (int which : order) {
                  HmacSha256.Key key = keys.get(which);
                  s.hmacIntoHash(key, d, d.length);
                  assertArrayEquals(macOf(reference, key, d), s.hash);
                  if (which == 1) {
                    // deriving a key in between leaves the Mac on another key
                    byte[] derived = HmacSha256.mac(s.hmacForDerivation(), bytes(keyB), d);
                    assertArrayEquals(macOf(reference, b, d), derived);
                  }
                }
              } finally {
                s.release();
              }
            });
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
  void theMacComesFromTheJvmsPreferredProvider() {
    SignerScratch s = SignerScratch.acquire();
    assertEquals(Security.getProviders("Mac.HmacSHA256")[0], s.hmac.getProvider());
    s.release();
  }

  @Test
  void keysDoNotShowTheirBytes() {
    assertEquals("HmacSha256.Key[****]", HmacSha256.key(new byte[] {1, 2, 3}).toString());
  }

  private static byte[] macOf(Mac reference, HmacSha256.Key key, byte[] data) {
    try {
      reference.init(key.spec());
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
