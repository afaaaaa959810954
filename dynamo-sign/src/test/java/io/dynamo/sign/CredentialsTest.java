package io.dynamo.sign;

import static io.dynamo.sign.Leaks.assertThrowsClean;
import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class CredentialsTest {

  @Test
  void toStringShowsTheKeyIdButNeitherSecretNorToken() {
    Instant exp = Instant.parse("2026-11-25T04:00:00Z");
    String s = Leaks.cleanToString(Credentials.of("AKIDEXAMPLE", SECRET, TOKEN, exp));
    assertEquals(
        "Credentials[accessKeyId=AKIDEXAMPLE, secretAccessKey=****, sessionToken=****,"
            + " expiration=2026-11-25T04:00:00Z]",
        s);
    assertEquals(
        "Credentials[accessKeyId=AKIDEXAMPLE, secretAccessKey=****, sessionToken=none,"
            + " expiration=none]",
        Leaks.cleanToString(Credentials.of("AKIDEXAMPLE", SECRET)));
  }

  @Test
  void blankSessionTokenMeansNone() {
    Credentials c = Credentials.of("AKID", SECRET, " ");
    assertNull(c.sessionToken());
    assertFalse(c.hasSessionToken());
    assertTrue(Credentials.of("AKID", SECRET, TOKEN).hasSessionToken());
  }

  @Test
  void missingPartsAreRejectedWithoutShowingTheSecret() {
    assertThrowsClean(CredentialsException.class, () -> Credentials.of(" ", SECRET));
    CredentialsException e =
        assertThrowsClean(CredentialsException.class, () -> Credentials.of("AKID", ""));
    assertTrue(e.getMessage().contains("secret access key"));
    // arguments swapped: the message must not echo the "key id"
    assertThrowsClean(CredentialsException.class, () -> Credentials.of(SECRET, " "));
    assertThrowsClean(CredentialsException.class, () -> Credentials.of("AKID", SECRET + "\n"));
    assertThrowsClean(
        CredentialsException.class, () -> Credentials.of("AKID", SECRET, TOKEN + "\r\nX: y"));
  }

  @Test
  void expiry() {
    Instant exp = Instant.parse("2026-11-25T04:00:00Z");
    Credentials c = Credentials.of("AKID", SECRET, TOKEN, exp);
    assertFalse(c.isExpiredAt(exp.minusSeconds(1)));
    assertTrue(c.isExpiredAt(exp));
    assertFalse(Credentials.of("AKID", SECRET).isExpiredAt(Instant.MAX));
  }
}
