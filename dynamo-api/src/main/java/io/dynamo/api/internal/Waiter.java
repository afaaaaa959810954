package io.dynamo.api.internal;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.error.WaitTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Checks something again and again until it is as wanted, it will never be, or time is up: the
 * engine of every waiter, blocking ({@link #await}) or not ({@link #awaitAsync}). Checks start 100
 * ms apart and back off, doubling, to the plan's longest pause, so a local server answers at once
 * and AWS, where a table or an export takes seconds to minutes, is not asked needlessly often. The
 * last check is made when time is up, never after.
 *
 * <p>The asynchronous form never blocks a thread: the pauses are on the shared timer ({@link
 * Timers}), which hands each next check over to another thread. Cancelling its future stops the
 * checks, including the one in flight.
 */
public final class Waiter {
  static final Duration FIRST_DELAY = Duration.ofMillis(100);

  private Waiter() {}

  /**
   * How to wait.
   *
   * @param waitingFor what is waited for, for messages: {@code table users to be ACTIVE}
   * @param timeout how long to wait in all
   * @param firstDelay the pause after the first check
   * @param maxDelay the longest pause between two checks
   */
  public record Plan(String waitingFor, Duration timeout, Duration firstDelay, Duration maxDelay) {
    /** A plan whose checks start 100 ms apart. */
    public Plan(String waitingFor, Duration timeout, Duration maxDelay) {
      this(waitingFor, timeout, FIRST_DELAY, maxDelay);
    }
  }

  /** What one check found: the value waited for, a failure that ends the wait, or a state seen. */
  public static final class Verdict<T> {
    private final T value;
    private final RuntimeException failure;
    private final String seen;

    private Verdict(T value, RuntimeException failure, String seen) {
      this.value = value;
      this.failure = failure;
      this.seen = seen;
    }

    /** Done: the wait returns {@code value}. */
    public static <T> Verdict<T> done(T value) {
      return new Verdict<>(value, null, null);
    }

    /** Never: the wait ends with {@code failure}. */
    public static <T> Verdict<T> failed(RuntimeException failure) {
      return new Verdict<>(null, Objects.requireNonNull(failure), null);
    }

    /** Not yet: {@code seen} says what the check saw, for the message if time runs out. */
    public static <T> Verdict<T> waiting(String seen) {
      return new Verdict<>(null, null, Objects.requireNonNull(seen));
    }

    boolean isWaiting() {
      return seen != null;
    }
  }

  /** Judges each check. */
  public interface Judge<R, T> {
    /** What a check that answered {@code response} found. */
    Verdict<T> response(R response);

    /** What a check that failed with {@code e} found; null ends the wait with {@code e} as is. */
    default Verdict<T> error(RuntimeException e) {
      return null;
    }
  }

  /** Checks with {@code check} on this thread, sleeping in between, until {@code judge} says so. */
  public static <R, T> T await(Plan plan, Supplier<R> check, Judge<R, T> judge) {
    long delay = validDelay(plan);
    long deadline = System.nanoTime() + plan.timeout().toNanos();
    for (int checks = 1; ; checks++) {
      R response = null;
      Verdict<T> v = null;
      try {
        response = check.get();
      } catch (RuntimeException e) {
        v = judge.error(e);
        if (v == null) {
          throw e;
        }
      }
      if (v == null) {
        v = judge.response(response);
      }
      if (!v.isWaiting()) {
        if (v.failure != null) {
          throw v.failure;
        }
        return v.value;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw timedOut(plan, checks, v.seen);
      }
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(delay, remaining));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WaitTimeoutException(
            "interrupted while waiting for "
                + plan.waitingFor()
                + " ("
                + checks
                + " checks; last seen: "
                + v.seen
                + ")");
      }
      delay = next(plan, delay);
    }
  }

  /**
   * Checks with {@code check} until {@code judge} says so, without blocking: the result completes
   * with the value, the failure or a {@link WaitTimeoutException}; cancelling it stops the checks.
   */
  public static <R, T> CompletableFuture<T> awaitAsync(
      Plan plan, Supplier<CompletableFuture<R>> check, Judge<R, T> judge) {
    long delay;
    try {
      delay = validDelay(plan);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    AsyncWait<R, T> wait = new AsyncWait<>(plan, check, judge, delay);
    wait.check();
    return wait.result;
  }

  private static long validDelay(Plan plan) {
    if (plan.timeout() == null || plan.timeout().isNegative()) {
      throw new InvalidRequestException(
          "timeout", "is " + plan.timeout() + "; a wait needs a timeout of zero or more");
    }
    return Math.min(plan.firstDelay().toNanos(), plan.maxDelay().toNanos());
  }

  private static long next(Plan plan, long delay) {
    return Math.min(plan.maxDelay().toNanos(), delay * 2);
  }

  private static WaitTimeoutException timedOut(Plan plan, int checks, String seen) {
    return new WaitTimeoutException(
        "gave up waiting for "
            + plan.waitingFor()
            + " after "
            + plan.timeout().toMillis()
            + " ms ("
            + checks
            + " checks; last seen: "
            + seen
            + ")");
  }

  /** One asynchronous wait: a check in flight, or a pause on the timer, never both. */
  private static final class AsyncWait<R, T> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    private final Plan plan;
    private final Supplier<CompletableFuture<R>> checker;
    private final Judge<R, T> judge;
    private final long deadline;
    private long delay;
    private int checks;
    private final AsyncSteps steps = new AsyncSteps(result);

    AsyncWait(Plan plan, Supplier<CompletableFuture<R>> check, Judge<R, T> judge, long delay) {
      this.plan = plan;
      this.checker = check;
      this.judge = judge;
      this.delay = delay;
      this.deadline = System.nanoTime() + plan.timeout().toNanos();
    }

    void check() {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<R> f;
      synchronized (this) {
        checks++;
      }
      try {
        f = Objects.requireNonNull(checker.get(), "check");
      } catch (RuntimeException e) {
        checked(null, e);
        return;
      }
      if (steps.sent(f)) {
        f.whenComplete(this::checked);
      }
    }

    private void checked(R response, Throwable error) {
      steps.answered();
      if (result.isDone()) {
        return;
      }
      Verdict<T> v;
      try {
        if (error == null) {
          v = judge.response(response);
        } else {
          Throwable cause = Futures.cause(error);
          if (!(cause instanceof RuntimeException)) {
            result.completeExceptionally(cause);
            return;
          }
          v = judge.error((RuntimeException) cause);
          if (v == null) {
            result.completeExceptionally(cause);
            return;
          }
        }
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      if (!v.isWaiting()) {
        if (v.failure != null) {
          result.completeExceptionally(v.failure);
        } else {
          result.complete(v.value);
        }
        return;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        result.completeExceptionally(timedOut(plan, checks, v.seen));
        return;
      }
      long pause = Math.min(delay, remaining);
      delay = next(plan, delay);
      steps.pause(this::check, pause);
    }
  }
}
