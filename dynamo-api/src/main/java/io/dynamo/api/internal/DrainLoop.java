package io.dynamo.api.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The part every subscription of this package shares: the subscriber's demand, and one drain loop
 * that serializes signals to the subscriber. Whichever thread calls {@link #drain()} first runs
 * {@link #emit()}, again as long as others called it meanwhile; the others return at once. So a
 * signal that arrives while the subscriber is still in its {@code onNext} asking for more waits for
 * that {@code onNext} to return instead of nesting in it.
 */
abstract class DrainLoop {
  /** What the subscriber asked for and has not had yet; {@code Long.MAX_VALUE} for unbounded. */
  final AtomicLong demand = new AtomicLong();

  private final AtomicInteger work = new AtomicInteger();

  /** Adds {@code n} (positive) to the demand, which stays at {@code Long.MAX_VALUE} once there. */
  final void addDemand(long n) {
    demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
  }

  /** Counts {@code n} signals delivered against the demand, unless it is unbounded. */
  final void delivered(long n) {
    if (n != 0 && demand.get() != Long.MAX_VALUE) {
      demand.addAndGet(-n);
    }
  }

  /** Runs {@link #emit()} now, or has the thread running it do one more pass. */
  final void drain() {
    if (work.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      emit();
      missed = work.addAndGet(-missed);
    } while (missed != 0);
  }

  /** Has the loop running now make one more pass (from inside {@link #emit()}). */
  final void passAgain() {
    work.incrementAndGet();
  }

  /** One pass: delivers what demand allows, then ends or asks for more. */
  abstract void emit();
}
