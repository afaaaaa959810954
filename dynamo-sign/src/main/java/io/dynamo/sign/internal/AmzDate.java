package io.dynamo.sign.internal;

import io.dynamo.sign.SigningException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The SigV4 time stamps: {@code yyyyMMdd'T'HHmmss'Z'} and {@code yyyyMMdd}, in UTC. Written digit
 * by digit: a {@code DateTimeFormatter} costs more than the rest of a warm signature.
 */
public final class AmzDate {
  private AmzDate() {}

  /**
   * Returns the {@code X-Amz-Date} value for this many seconds since the epoch.
   *
   * @throws SigningException if the year is not between 0 and 9999
   */
  public static String dateTime(long epochSecond) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      throw new SigningException(
          "the signing clock says year " + year + ", which a SigV4 time stamp cannot carry");
    }
    char[] c = new char[16];
    digits(c, 0, year, 4);
    digits(c, 4, t.getMonthValue(), 2);
    digits(c, 6, t.getDayOfMonth(), 2);
    c[8] = 'T';
    digits(c, 9, t.getHour(), 2);
    digits(c, 11, t.getMinute(), 2);
    digits(c, 13, t.getSecond(), 2);
    c[15] = 'Z';
    return new String(c);
  }

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
