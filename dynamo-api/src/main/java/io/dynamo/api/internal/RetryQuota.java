package io.dynamo.api.internal;

import java.util.concurrent.atomic.AtomicInteger;

/** A client's token bucket for retries: retries take tokens, successes put one back. */
final class RetryQuota {
  private final int capacity;
  private final AtomicInteger tokens;

  RetryQuota(int capacity) {
    this.capacity = capacity;
    this.tokens = new AtomicInteger(capacity);
  }

  /** Takes {@code cost} tokens if there are enough; a capacity of 0 means no quota. */
  boolean tryAcquire(int cost) {
    if (capacity == 0) {
      return true;
    }
    while (true) {
      int current = tokens.get();
      if (current < cost) {
        return false;
      }
      if (tokens.compareAndSet(current, current - cost)) {
        return true;
      }
    }
  }

  /** Puts tokens back, never above capacity. */
  void release(int amount) {
    if (capacity == 0) {
      return;
    }
    tokens.accumulateAndGet(amount, (current, add) -> Math.min(capacity, current + add));
  }

  int available() {
    return tokens.get();
  }
}
