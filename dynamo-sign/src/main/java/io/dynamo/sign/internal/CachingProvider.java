package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
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
 *
 * <p>Credentials that arrive already expired, or within a minute of it (a clock that is wrong, an
 * endpoint that hands out old ones), are used for {@link #STALE_ON_ARRIVAL_REUSE} (1 minute) with
 * one warning, instead of being fetched again for every request.
 *
 * <p>{@link #resolveAsync()} answers from the cache at once; when the cache cannot answer, it
 * fetches on a thread of its own (one at a time, shared by every caller waiting), so that callers
 * can bound their wait and asynchronous callers are never blocked. A refresh ahead of expiry is
 * likewise done in the background there, while the cached credentials are returned.
 */
public final class CachingProvider implements CredentialsProvider {
  private static final System.Logger LOG = System.getLogger("io.dynamo.sign.credentials");
  static final Duration PREFETCH = Duration.ofMinutes(5);
  static final Duration STALE = Duration.ofMinutes(1);
  static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);
  static final Duration STALE_ON_ARRIVAL_REUSE = Duration.ofMinutes(1);

  /** The last failed call of the provider, and when it failed. */
  private record Failure(CredentialsException error, Instant at) {}

  private final CredentialsProvider delegate;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Credentials cached;
  private volatile CompletableFuture<Credentials> cachedFuture;
  private volatile Failure failure;
  // until when credentials that arrived stale are used anyway; null when the cached ones did not
  private volatile Instant reuseStaleUntil;
  // the fetch on a thread of its own that asynchronous callers wait for; null when none runs
  private final AtomicReference<CompletableFuture<Credentials>> pending = new AtomicReference<>();

  /** Creates a cache over {@code delegate} that reads the time from {@code clock}. */
  public CachingProvider(CredentialsProvider delegate, Clock clock) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Credentials resolve() {
    Credentials c = cached;
    if (c != null) {
      switch (state(c)) {
        case FRESH:
          return c;
        case REFRESH_AHEAD:
          return refreshAhead(c);
        default:
          break;
      }
    }
    return refreshBlocking();
  }

  @Override
  public CompletableFuture<Credentials> resolveAsync() {
    Credentials c = cached;
    if (c != null) {
      switch (state(c)) {
        case FRESH:
          CompletableFuture<Credentials> done = cachedFuture;
          return done != null && done.getNow(null) == c
              ? done
              : CompletableFuture.completedFuture(c);
        case REFRESH_AHEAD:
          Failure f = failure;
          if (f == null || !recent(f)) {
            inBackground(); // the result lands in the cache; this caller goes on with c
          }
          return CompletableFuture.completedFuture(c);
        default:
          break;
      }
    }
    Failure f = failure;
    if (f != null && recent(f)) {
      return CompletableFuture.failedFuture(remembered(f));
    }
    return inBackground();
  }

  private enum State {
    FRESH,
    REFRESH_AHEAD,
    STALE
  }

  private State state(Credentials c) {
    Instant expiry = c.expiration();
    if (expiry == null) {
      return State.FRESH;
    }
    Instant now = clock.instant();
    if (now.isBefore(expiry.minus(PREFETCH))) {
      return State.FRESH;
    }
    if (now.isBefore(expiry.minus(STALE))) {
      return State.REFRESH_AHEAD;
    }
    Instant reuse = reuseStaleUntil;
    return reuse != null && now.isBefore(reuse) ? State.FRESH : State.STALE;
  }

  /** {@link #resolve()} on a thread of its own, shared by every caller while it runs. */
  private CompletableFuture<Credentials> inBackground() {
    CompletableFuture<Credentials> mine = new CompletableFuture<>();
    CompletableFuture<Credentials> running;
    while ((running = pending.compareAndExchange(null, mine)) != null) {
      if (!running.isDone()) {
        return running; // another caller's fetch: share it
      }
      pending.compareAndSet(running, null); // finished, not yet cleared
    }
    Thread fetcher =
        new Thread(
            () -> {
              try {
                mine.complete(resolve());
              } catch (Throwable t) {
                mine.completeExceptionally(t);
              } finally {
                pending.compareAndSet(mine, null);
              }
            },
            "dynamo-credentials");
    fetcher.setDaemon(true);
    fetcher.start();
    return mine;
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
      if (now != before && now != null && state(now) != State.STALE) {
        return now; // another thread refreshed while this one waited
      }
      Failure f = failure;
      if (f != null && (f != failedBefore || recent(f))) {
        // another thread's call failed while this one waited, or one failed a moment ago
        throw remembered(f);
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

  private static CredentialsException remembered(Failure f) {
    return new CredentialsException(
        f.error.getMessage()
            + " (remembered: no new attempt until "
            + RETRY_AFTER_FAILURE.toSeconds()
            + " s after a failed one)",
        f.error);
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
      Instant until = clock.instant().plus(STALE_ON_ARRIVAL_REUSE);
      LOG.log(
          Level.WARNING,
          "Credentials from {0} expire at {1}, less than a minute from now (or already); using"
              + " them until {2} before asking again",
          delegate,
          fresh.expiration(),
          until);
      reuseStaleUntil = until;
    } else {
      reuseStaleUntil = null;
      LOG.log(
          Level.DEBUG,
          "Cached credentials for access key id {0} from {1}, expiring {2}",
          fresh.accessKeyId(),
          delegate,
          fresh.expiration() == null ? "never" : fresh.expiration());
    }
    failure = null;
    cached = fresh;
    cachedFuture = CompletableFuture.completedFuture(fresh);
    return fresh;
  }

  @Override
  public String toString() {
    return "caching(" + delegate + ")";
  }
}
