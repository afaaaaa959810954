package io.dynamo.sign.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.sign.SecretLeakGuard;
import io.dynamo.sign.SigningException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class AmzDateTest {
  static final DateTimeFormatter REFERENCE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Test
  void matchesTheFormatterAcrossYearsAndLeapDays() {
    long[] seconds = {
      0, 951782400, 951868799, 1440938160, 1709164800, 1798761599, 4102444800L, 253402300799L
    };
    for (long s : seconds) {
      assertEquals(REFERENCE.format(Instant.ofEpochSecond(s)), AmzDate.dateTime(s), "at " + s);
    }
    for (long s = 1_700_000_000L; s < 1_900_000_000L; s += 86_399 * 7 + 13) {
      assertEquals(REFERENCE.format(Instant.ofEpochSecond(s)), AmzDate.dateTime(s), "at " + s);
    }
  }

  @Test
  void aYearBeyondFourDigitsIsASigningException() {
    // was an IllegalArgumentException, which escaped the client untyped (ResponseFuzzTest)
    SigningException e =
        assertThrows(SigningException.class, () -> AmzDate.dateTime(253402300800L));
    assertTrue(e.getMessage().contains("year 10000"), e.getMessage());
    assertThrows(SigningException.class, () -> AmzDate.dateTime(-62167219201L));
  }

  @Test
  void hexIsLowerCase() {
    assertEquals("00ff7f80", Hex.encode(new byte[] {0, -1, 127, -128}));
  }
}
