package io.dynamo.transport.apache;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the daemon threads of one {@link ApacheTransport} (its timer, HttpClient's I/O reactor and
 * the threads that complete asynchronous calls), named {@code dynamo-apache-KIND-N}, and keeps
 * track of the ones still running so that {@link ApacheTransport#close()} can wait for them.
 */
final class DaemonThreads {
  private static final Map<String, AtomicInteger> COUNTERS = new ConcurrentHashMap<>();

  private final Set<Thread> running = ConcurrentHashMap.newKeySet();

  /** A factory of threads named {@code dynamo-apache-KIND-N}, counted across transports. */
  ThreadFactory factory(String kind) {
    String prefix = "dynamo-apache-" + kind + "-";
    AtomicInteger counter = COUNTERS.computeIfAbsent(prefix, p -> new AtomicInteger());
    return task -> {
      Thread thread =
          new Thread(
              () -> {
                try {
                  task.run();
                } finally {
                  running.remove(Thread.currentThread());
                }
              },
              prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      running.add(thread);
      return thread;
    };
  }

  /** Whether the current thread is one of these. */
  boolean isCurrentThreadOurs() {
    return running.contains(Thread.currentThread());
  }

  /** The threads that have not ended yet. */
  Set<Thread> running() {
    return Set.copyOf(running);
  }

  /**
   * Waits up to {@code timeout} in all for the threads to end, except the current one (close()
   * called from a callback must not wait for itself). Keeps the interrupt flag if interrupted.
   *
   * @return whether they all ended
   */
  boolean awaitTermination(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Thread current = Thread.currentThread();
    for (Thread thread : running()) {
      if (thread == current) {
        continue;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        thread.join(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    for (Thread thread : running()) {
      if (thread != current && thread.isAlive()) {
        return false;
      }
    }
    return true;
  }
}
