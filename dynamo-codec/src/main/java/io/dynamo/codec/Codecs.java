package io.dynamo.codec;

import io.dynamo.codec.internal.Numbers;
import io.dynamo.codec.internal.codecs.Expect;
import io.dynamo.codec.internal.codecs.TimeCodecs;
import java.time.Instant;

/**
 * Ready-made codecs for choices the built-ins make one way and some tables make another.
 *
 * <p>By default an {@link Instant} is an ISO-8601 string with nine fraction digits, {@code
 * 2026-11-25T02:47:44.000000000Z}, so that string order is time order (for the years 0000 to 9999;
 * later years take a {@code +} sign, earlier ones a {@code -}). DynamoDB's time-to-live attributes
 * need a number of epoch seconds instead: register {@link #instantAsEpochSeconds()} for those.
 */
public final class Codecs {
  private static final AttributeCodec<Instant> EPOCH_SECONDS =
      AttributeCodec.of(
          i -> AttributeValue.n(i.getEpochSecond()),
          v -> TimeCodecs.epochSeconds(Numbers.canonical(Expect.n(v).value())));

  private static final AttributeCodec<Instant> EPOCH_MILLIS =
      AttributeCodec.of(
          i -> AttributeValue.n(TimeCodecs.epochMillis(i)),
          v -> TimeCodecs.epochSeconds(Numbers.canonical(Expect.n(v).value()).movePointLeft(3)));

  private Codecs() {}

  /** Instants as {@code N} epoch seconds (fractions dropped on write), as TTL attributes need. */
  public static AttributeCodec<Instant> instantAsEpochSeconds() {
    return EPOCH_SECONDS;
  }

  /** Instants as {@code N} epoch milliseconds. */
  public static AttributeCodec<Instant> instantAsEpochMillis() {
    return EPOCH_MILLIS;
  }
}
