package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.InvalidAttributeValueException;
import io.dynamo.codec.internal.Numbers;
import io.dynamo.codec.internal.Shown;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * Codecs for {@code java.time}: ISO-8601 strings.
 *
 * <p>Instants, local date-times and local times are written with all nine fraction digits ({@code
 * 2026-11-25T02:47:44.000000000Z}), so that string order is time order, which is what sort keys and
 * range conditions need. Reading accepts any ISO-8601 form; an {@code Instant} can also be read
 * from a number of epoch seconds (as in TTL attributes).
 */
public final class TimeCodecs {
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");
  // YearMonth.toString() writes year 10000 as "10000-01", which YearMonth.parse rejects
  private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

  private TimeCodecs() {}

  /** The codec for exactly {@code type}, made on first request, or null. */
  static AttributeCodec<?> forClass(Class<?> type) {
    if (type == Instant.class) {
      return INSTANT_CODEC;
    }
    if (type == LocalDate.class) {
      return iso(LocalDate::toString, LocalDate::parse, "a date such as 2026-11-25");
    }
    if (type == LocalDateTime.class) {
      return iso(
          LOCAL_DATE_TIME::format, LocalDateTime::parse, "a date-time such as 2026-11-25T10:15:30");
    }
    if (type == LocalTime.class) {
      return iso(LOCAL_TIME::format, LocalTime::parse, "a time such as 10:15:30");
    }
    if (type == OffsetDateTime.class) {
      return iso(
          OffsetDateTime::toString,
          OffsetDateTime::parse,
          "a date-time with offset such as 2026-11-25T10:15:30+01:00");
    }
    if (type == ZonedDateTime.class) {
      return iso(
          ZonedDateTime::toString,
          ZonedDateTime::parse,
          "a zoned date-time such as 2026-11-25T10:15:30+01:00[Europe/Paris]");
    }
    if (type == OffsetTime.class) {
      return iso(
          OffsetTime::toString, OffsetTime::parse, "a time with offset such as 10:15:30+01:00");
    }
    if (type == Duration.class) {
      return iso(Duration::toString, Duration::parse, "a duration such as PT15M");
    }
    if (type == Period.class) {
      return iso(Period::toString, Period::parse, "a period such as P1Y2M3D");
    }
    if (type == Year.class) {
      return iso(Year::toString, Year::parse, "a year such as 2026");
    }
    if (type == YearMonth.class) {
      return iso(YEAR_MONTH::format, YearMonth::parse, "a year and month such as 2026-11");
    }
    if (type == MonthDay.class) {
      return iso(MonthDay::toString, MonthDay::parse, "a month and day such as --11-25");
    }
    if (type == ZoneId.class) {
      return iso(ZoneId::getId, ZoneId::of, "a time-zone ID such as Europe/Paris");
    }
    if (type == ZoneOffset.class) {
      return iso(ZoneOffset::getId, ZoneOffset::of, "a zone offset such as +01:00");
    }
    return null;
  }

  /** Instants as fixed-width ISO-8601 strings; reads ISO strings or epoch-second numbers. */
  public static final AttributeCodec<Instant> INSTANT_CODEC =
      AttributeCodec.of(
          TimeCodecs::instantText,
          v -> {
            if (v instanceof AttributeValue.N) {
              return epochSeconds(Numbers.canonical(((AttributeValue.N) v).value()));
            }
            return parse(Expect.s(v), Instant::parse, "an instant such as 2026-11-25T02:47:44Z");
          });

  private static final Instant MIN_ISO = LocalDateTime.MIN.toInstant(ZoneOffset.UTC);
  private static final Instant MAX_ISO = LocalDateTime.MAX.toInstant(ZoneOffset.UTC);

  private static AttributeValue instantText(Instant i) {
    if (i.isBefore(MIN_ISO) || i.isAfter(MAX_ISO)) {
      throw new InvalidAttributeValueException(
          "instant "
              + i
              + " is outside the years -999999999 to 999999999 that an ISO-8601 string holds;"
              + " register Codecs.instantAsEpochSeconds() for such instants");
    }
    return AttributeValue.s(INSTANT.format(i));
  }

  /** The instant in epoch milliseconds, or a codec error where a long cannot hold them. */
  public static long epochMillis(Instant i) {
    try {
      return i.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new InvalidAttributeValueException(
          "instant "
              + i
              + " is too far from 1970 for epoch milliseconds in a long; use"
              + " Codecs.instantAsEpochSeconds()",
          e);
    }
  }

  /** The instant {@code seconds} after the epoch, fractions kept to the nanosecond. */
  public static Instant epochSeconds(BigDecimal seconds) {
    try {
      BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
      long nanos = seconds.subtract(whole).movePointRight(9).longValue();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    } catch (ArithmeticException | DateTimeException e) {
      throw new InvalidAttributeValueException(
          "number is out of range for epoch seconds of an instant", e);
    }
  }

  private static <T> AttributeCodec<T> iso(
      Function<T, String> format, Function<String, T> parse, String example) {
    return AttributeCodec.of(
        t -> AttributeValue.s(format.apply(t)), v -> parse(Expect.s(v), parse, example));
  }

  private static <T> T parse(String s, Function<String, T> parse, String example) {
    try {
      return parse.apply(s);
    } catch (DateTimeException e) {
      throw new InvalidAttributeValueException(Shown.value("string", s) + " is not " + example, e);
    }
  }
}
