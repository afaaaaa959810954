package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches another provider's credentials until shortly before they expire.
 *
 * <p>Credentials without an expiry are kept for good. Credentials with one are:
 *
 * <ul>
 *   <li>returned as they are while more than {@code prefetch} (5 minutes) remain;
 *   <li>refreshed ahead of time in the last 5 minutes by whichever caller gets there first, while
 *       the others go on with the cached ones; if that refresh fails, the cached ones are still
 *       used, with a warning;
 *   <li>no longer used once less than {@code stale} (1 minute) remains: callers then wait for the
 *       refresh, and its failure is thrown.
 * </ul>
 *
 * <p>A lock makes sure that at most one thread calls the underlying provider at a time. Reads of a
 * fresh value take no lock.
 *
 * <p>A failed call is remembered for {@link #RETRY_AFTER_FAILURE} (5 seconds): callers that were
 * waiting for it get its failure, and so do callers that need credentials within that time, without
 * calling the provider again; a failed refresh ahead of time is likewise not tried again before
 * then. Without this, every request would walk the whole default chain again (an EC2 metadata
 * timeout of a second included), one caller after another.
 */
public final class CachingProvider implements CredentialsProvider {
  private static final System.Logger LOG = System.getLogger("io.dynamo.sign.credentials");
  static final Duration PREFETCH = Duration.ofMinutes(5);
  static final Duration STALE = Duration.ofMinutes(1);
  static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

  /** The last failed call of the provider, and when it failed. */
  private record Failure(CredentialsException error, Instant at) {}

  private final CredentialsProvider delegate;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Credentials cached;
  private volatile Failure failure;

  /** Creates a cache over {@code delegate} that reads the time from {@code clock}. */
  public CachingProvider(CredentialsProvider delegate, Clock clock) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Credentials resolve() {
    Credentials c = cached;
    if (c != null) {
      Instant expiry = c.expiration();
      if (expiry == null) {
        return c;
      }
      Instant now = clock.instant();
      if (now.isBefore(expiry.minus(PREFETCH))) {
        return c;
      }
      if (now.isBefore(expiry.minus(STALE))) {
        return refreshAhead(c);
      }
    }
    return refreshBlocking();
  }

  /** Still usable: one caller refreshes, the others keep the cached value. */
  private Credentials refreshAhead(Credentials current) {
    if (!lock.tryLock()) {
      return current;
    }
    try {
      if (cached != current) {
        return cached;
      }
      Failure f = failure;
      if (f != null && recent(f)) {
        return current;
      }
      try {
        return store(delegate.resolve());
      } catch (CredentialsException e) {
        failure = new Failure(e, clock.instant());
        LOG.log(
            Level.WARNING,
            "Refreshing credentials ahead of expiry ({0}) failed; using the cached ones until then: {1}",
            current.expiration(),
            e.getMessage());
        return current;
      }
    } finally {
      lock.unlock();
    }
  }

  /** None, or stale: every caller waits for one refresh, and shares its failure. */
  private Credentials refreshBlocking() {
    Credentials before = cached;
    Failure failedBefore = failure;
    lock.lock();
    try {
      Credentials now = cached;
      if (now != before && now != null && usable(now)) {
        return now; // another thread refreshed while this one waited
      }
      Failure f = failure;
      if (f != null && (f != failedBefore || recent(f))) {
        // another thread's call failed while this one waited, or one failed a moment ago
        throw new CredentialsException(
            f.error.getMessage()
                + " (remembered: no new attempt until "
                + RETRY_AFTER_FAILURE.toSeconds()
                + " s after a failed one)",
            f.error);
      }
      try {
        return store(delegate.resolve());
      } catch (CredentialsException e) {
        failure = new Failure(e, clock.instant());
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  private boolean recent(Failure f) {
    return clock.instant().isBefore(f.at.plus(RETRY_AFTER_FAILURE));
  }

  private boolean usable(Credentials c) {
    return c.expiration() == null || clock.instant().isBefore(c.expiration().minus(STALE));
  }

  private Credentials store(Credentials fresh) {
    if (fresh == null) {
      throw new CredentialsException("Credentials provider " + delegate + " returned null");
    }
    if (!usable(fresh)) {
      LOG.log(
          Level.WARNING,
          "Credentials from {0} expire at {1}, less than a minute from now",
          delegate,
          fresh.expiration());
    } else {
      LOG.log(
          Level.DEBUG,
          "Cached credentials for access key id {0} from {1}, expiring {2}",
          fresh.accessKeyId(),
          delegate,
          fresh.expiration() == null ? "never" : fresh.expiration());
    }
    failure = null;
    cached = fresh;
    return fresh;
  }

  @Override
  public String toString() {
    return "caching(" + delegate + ")";
  }
}
