package io.dynamo.transport.jdk;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

/**
 * Lets at most {@code max} exchanges run at once; the others wait in arrival order.
 *
 * <p>{@code java.net.http} has no per-client connection limit: it opens a connection whenever no
 * idle one is free. Capping the exchanges in flight therefore caps the connections this transport
 * opens at {@link io.dynamo.api.spi.TransportOptions#maxConnections()}.
 *
 * <p>A task is a {@link BooleanSupplier} that starts an exchange and answers {@code true}, or
 * answers {@code false} if there is nothing left to start (it timed out while waiting). Every task
 * that answered {@code true} must lead to exactly one {@link #release()}. Queued tasks start on
 * {@code dispatcher}, never inside {@code release()}, so a chain of finished exchanges cannot grow
 * the stack. Thread-safe.
 */
final class ExchangeLimiter {
  private final int max;
  private final Executor dispatcher;
  private final ArrayDeque<BooleanSupplier> waiting = new ArrayDeque<>();
  private int running;

  ExchangeLimiter(int max, Executor dispatcher) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1 but is " + max);
    }
    this.max = max;
    this.dispatcher = dispatcher;
  }

  /** Starts {@code task} now if a slot is free, else when one frees up. */
  void submit(BooleanSupplier task) {
    synchronized (this) {
      if (running >= max) {
        waiting.addLast(task);
        return;
      }
      running++;
    }
    if (!task.getAsBoolean()) {
      release();
    }
  }

  /** Frees the slot of a finished exchange, handing it to the next waiting task if any. */
  void release() {
    while (true) {
      BooleanSupplier next;
      synchronized (this) {
        next = waiting.pollFirst();
        if (next == null) {
          running--;
          return;
        }
      }
      try {
        dispatcher.execute(
            () -> {
              if (!next.getAsBoolean()) {
                release();
              }
            });
        return;
      } catch (RejectedExecutionException e) {
        // The transport is closed and that task's exchange has failed already: pass the slot on.
      }
    }
  }

  /** How many exchanges hold a slot. */
  synchronized int running() {
    return running;
  }

  /** How many tasks wait for a slot. */
  synchronized int waiting() {
    return waiting.size();
  }
}
