package io.dynamo.sign.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dynamo.sign.SecretLeakGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class SignerScratchTest {

  @Test
  void aBorrowedScratchIsNeverLentTwiceAndComesBackAfterRelease() {
    SignerScratch first = SignerScratch.acquire();
    SignerScratch second = SignerScratch.acquire();
    assertNotSame(first, second);
    second.release(); // the slot was empty: second takes it
    first.release(); // the slot is full: first is dropped
    assertSame(second, SignerScratch.acquire());
  }

  @Test
  void buffersComeBackEmpty() {
    SignerScratch s = SignerScratch.acquire();
    s.canonical.append("leftover");
    s.release();
    assertEquals(0, SignerScratch.acquire().canonical.length());
  }

  @Test
  void stripesArePowersOfTwoWithFourPerProcessor() {
    assertEquals(8, SignerScratch.stripes(1));
    assertEquals(8, SignerScratch.stripes(2));
    assertEquals(16, SignerScratch.stripes(3));
    assertEquals(64, SignerScratch.stripes(16));
  }
}
