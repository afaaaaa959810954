package io.dynamo.sign.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.dynamo.sign.SecretLeakGuard;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The signer's own HMAC-SHA256 agrees with the JDK's {@code Mac} for any key and data. */
@ExtendWith(SecretLeakGuard.class)
class HmacSha256Properties {

  @Test
  void agreesWithJavaxCryptoMac() throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    Mac reference = Mac.getInstance("HmacSHA256");
    qt().withExamples(500)
        .forAll(
            lists().of(integers().between(-128, 127)).ofSizeBetween(1, 200),
            lists().of(integers().between(-128, 127)).ofSizeBetween(0, 300))
        .checkAssert(
            (key, data) -> {
              byte[] k = bytes(key);
              byte[] d = bytes(data);
              try {
                reference.init(new SecretKeySpec(k, "HmacSHA256"));
              } catch (java.security.InvalidKeyException e) {
                throw new AssertionError(e);
              }
              assertArrayEquals(reference.doFinal(d), HmacSha256.mac(k, d, sha256));
            });
  }

  private static byte[] bytes(List<Integer> values) {
    byte[] b = new byte[values.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = values.get(i).byteValue();
    }
    return b;
  }
}
