package io.dynamo.api.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The signing clock: a base clock plus an offset learnt from the server when it says our clock is
 * skewed. Thread-safe.
 */
public final class SkewClock extends Clock {
  /** Differences smaller than this are not worth correcting. */
  private static final Duration TOLERANCE = Duration.ofMinutes(1);

  /**
   * The server dates a correction is taken from: no server answers from before 1970, and a clock
   * set near the end of year 9999 soon cannot sign at all (SigV4 stamps have four-digit years).
   */
  private static final Instant EARLIEST = Instant.EPOCH;

  private static final Instant LATEST = Instant.ofEpochSecond(221_845_392_000L); // 9000-01-01Z

  private final Clock base;
  private volatile long offsetMillis;

  public SkewClock(Clock base) {
    this.base = base;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the signing clock is always UTC");
  }

  @Override
  public Instant instant() {
    return base.instant().plusMillis(offsetMillis);
  }

  /** The current correction. */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis);
  }

  /**
   * Corrects the clock from a response's {@code Date} header (RFC 1123), unless that date is before
   * 1970 or after 9000. Returns whether the correction changed by more than the tolerance.
   */
  public boolean adjustFrom(String dateHeader) {
    if (dateHeader == null) {
      return false;
    }
    Instant server;
    try {
      server = DateTimeFormatter.RFC_1123_DATE_TIME.parse(dateHeader, Instant::from);
    } catch (DateTimeParseException e) {
      return false;
    }
    if (server.isBefore(EARLIEST) || server.isAfter(LATEST)) {
      return false; // not a clock to sign by: it would leave every later call unsignable
    }
    long newOffset = server.toEpochMilli() - base.instant().toEpochMilli();
    if (Math.abs(newOffset - offsetMillis) < TOLERANCE.toMillis()) {
      return false;
    }
    offsetMillis = newOffset;
    return true;
  }
}
