package io.dynamo.codec;

import static io.dynamo.codec.Generators.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.integers;

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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** {@code decode(encode(x)).equals(x)} for every built-in {@code java.time} codec. */
class TimeCodecRoundTripTest {
  private static final long MIN_DAY = LocalDate.MIN.toEpochDay();
  private static final long MAX_DAY = LocalDate.MAX.toEpochDay();
  private static final long YEAR_1 = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long YEAR_9999 = LocalDate.of(9999, 12, 31).toEpochDay();

  @Test
  void instantsRoundTrip() {
    CodecLaws.roundTrips(Instant.class, instants(MIN_DAY, MAX_DAY));
  }

  @Test
  void instantStringsSortInTimeOrderForYears1To9999() {
    // the documented reason for the fixed nine fraction digits: sort keys and range conditions
    CodecRegistry registry = CodecRegistry.defaults();
    qt().withExamples(EXAMPLES)
        .forAll(instants(YEAR_1, YEAR_9999), instants(YEAR_1, YEAR_9999))
        .checkAssert(
            (a, b) -> {
              String sa = ((AttributeValue.S) registry.encode(a)).value();
              String sb = ((AttributeValue.S) registry.encode(b)).value();
              assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(sa.compareTo(sb)));
            });
  }

  @Test
  void instantsAsEpochSecondsRoundTripToTheSecond() {
    CodecRegistry registry =
        CodecRegistry.builder().register(Instant.class, Codecs.instantAsEpochSeconds()).build();
    CodecLaws.roundTrips(
        registry,
        TypeRef.of(Instant.class),
        instants(MIN_DAY, MAX_DAY).map(i -> i.truncatedTo(ChronoUnit.SECONDS)));
  }

  @Test
  void instantsAsEpochMillisRoundTripToTheMillisecond() {
    CodecRegistry registry =
        CodecRegistry.builder().register(Instant.class, Codecs.instantAsEpochMillis()).build();
    long limit = Long.MAX_VALUE / 1000 / 86400 - 1; // toEpochMilli overflows beyond this
    CodecLaws.roundTrips(
        registry,
        TypeRef.of(Instant.class),
        instants(-limit, limit).map(i -> i.truncatedTo(ChronoUnit.MILLIS)));
  }

  @Test
  void localDatesRoundTrip() {
    CodecLaws.roundTrips(LocalDate.class, dates(MIN_DAY, MAX_DAY));
  }

  @Test
  void localDateTimesRoundTrip() {
    CodecLaws.roundTrips(LocalDateTime.class, dateTimes(MIN_DAY, MAX_DAY));
  }

  @Test
  void localTimesRoundTrip() {
    CodecLaws.roundTrips(LocalTime.class, times());
  }

  @Test
  void offsetDateTimesRoundTrip() {
    CodecLaws.roundTrips(
        OffsetDateTime.class,
        dateTimes(MIN_DAY + 1, MAX_DAY - 1).zip(offsets(), OffsetDateTime::of));
  }

  @Test
  void zonedDateTimesRoundTripInEveryZone() {
    CodecLaws.roundTrips(
        ZonedDateTime.class, dateTimes(MIN_DAY + 1, MAX_DAY - 1).zip(zones(), ZonedDateTime::of));
  }

  @Test
  void offsetTimesRoundTrip() {
    CodecLaws.roundTrips(OffsetTime.class, times().zip(offsets(), OffsetTime::of));
  }

  @Test
  void durationsRoundTrip() {
    CodecLaws.roundTrips(
        Duration.class,
        longRange(Long.MIN_VALUE, Long.MAX_VALUE)
            .zip(range(0, 999_999_999), (s, n) -> Duration.ofSeconds(s, n)));
  }

  @Test
  void periodsRoundTrip() {
    CodecLaws.roundTrips(
        Period.class, integers().all().zip(integers().all(), integers().all(), Period::of));
  }

  @Test
  void yearsRoundTrip() {
    CodecLaws.roundTrips(Year.class, range(Year.MIN_VALUE, Year.MAX_VALUE).map(y -> Year.of(y)));
  }

  @Test
  void yearMonthsRoundTrip() {
    CodecLaws.roundTrips(
        YearMonth.class,
        range(Year.MIN_VALUE, Year.MAX_VALUE).zip(range(1, 12), (y, m) -> YearMonth.of(y, m)));
  }

  @Test
  void monthDaysRoundTrip() {
    CodecLaws.roundTrips(
        MonthDay.class,
        dates(YEAR_1, YEAR_1 + 365 * 4).map(d -> MonthDay.of(d.getMonth(), d.getDayOfMonth())));
  }

  @Test
  void zoneIdsRoundTrip() {
    CodecLaws.roundTrips(ZoneId.class, zones());
  }

  @Test
  void zoneOffsetsRoundTrip() {
    CodecLaws.roundTrips(ZoneOffset.class, offsets());
  }

  @Test
  void instantsTheirFormatCannotHoldFailWithACodecError() {
    // Instant reaches a little beyond the years LocalDateTime (and so the ISO text) can hold
    Instant max = Instant.MAX;
    Rejections.rejects(
        InvalidAttributeValueException.class,
        "at",
        "instant "
            + max
            + " is outside the years -999999999 to 999999999 that an ISO-8601 string holds;"
            + " register Codecs.instantAsEpochSeconds() for such instants",
        () -> Item.of("at", max));
    Rejections.rejects(
        InvalidAttributeValueException.class,
        "",
        "instant "
            + Instant.MIN
            + " is outside the years -999999999 to 999999999 that an ISO-8601 string holds;"
            + " register Codecs.instantAsEpochSeconds() for such instants",
        () -> CodecRegistry.defaults().encode(Instant.MIN));
    Rejections.rejects(
        InvalidAttributeValueException.class,
        "",
        "instant "
            + max
            + " is too far from 1970 for epoch milliseconds in a long; use"
            + " Codecs.instantAsEpochSeconds()",
        () -> Codecs.instantAsEpochMillis().encode(max));
    assertEquals(
        AttributeValue.n(max.getEpochSecond()), Codecs.instantAsEpochSeconds().encode(max));
  }

  @Test
  void instantsAreWrittenWithNineFractionDigits() {
    assertEquals(
        AttributeValue.s("2026-11-25T02:47:44.000000000Z"),
        CodecRegistry.defaults().encode(Instant.parse("2026-11-25T02:47:44Z")));
    assertEquals(
        AttributeValue.s("2026-11-25T10:15:30.000000000"),
        CodecRegistry.defaults().encode(LocalDateTime.parse("2026-11-25T10:15:30")));
  }

  @Test
  void instantsAreAlsoReadFromEpochSecondsWithFractions() {
    Instant read = CodecRegistry.defaults().decode(AttributeValue.n("1764038864.5"), Instant.class);

    assertEquals(Instant.parse("2025-11-25T02:47:44.500Z"), read);
    assertTrue(read.getNano() == 500_000_000);
  }

  private static Gen<Instant> instants(long fromDay, long toDay) {
    return longRange(fromDay * 86400, toDay * 86400 + 86399)
        .zip(range(0, 999_999_999), (s, n) -> Instant.ofEpochSecond(s, n));
  }

  private static Gen<LocalDate> dates(long fromDay, long toDay) {
    return longRange(fromDay, toDay).map(d -> LocalDate.ofEpochDay(d));
  }

  private static Gen<LocalTime> times() {
    return frequency(
        Pair.of(5, longRange(0, 86_399_999_999_999L).map(n -> LocalTime.ofNanoOfDay(n))),
        Pair.of(1, longRange(0, 86_399).map(s -> LocalTime.ofSecondOfDay(s))),
        Pair.of(1, pick(List.of(LocalTime.MIN, LocalTime.MAX, LocalTime.NOON))));
  }

  private static Gen<LocalDateTime> dateTimes(long fromDay, long toDay) {
    return dates(fromDay, toDay).zip(times(), LocalDateTime::of);
  }

  private static Gen<ZoneOffset> offsets() {
    return frequency(
        Pair.of(3, range(-18 * 3600, 18 * 3600).map(s -> ZoneOffset.ofTotalSeconds(s))),
        Pair.of(1, constant(ZoneOffset.UTC)));
  }

  private static Gen<ZoneId> zones() {
    List<ZoneId> regions = new ArrayList<>();
    ZoneId.getAvailableZoneIds().stream().sorted().forEach(id -> regions.add(ZoneId.of(id)));
    regions.add(ZoneId.of("GMT+2"));
    regions.add(ZoneId.of("UTC+05:30"));
    return frequency(Pair.of(3, pick(regions)), Pair.of(1, offsets().map(o -> (ZoneId) o)));
  }
}
