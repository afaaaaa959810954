package io.dynamo.transport.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the threads a transport left running. */
final class Threads {
  /**
   * Threads that belong to the JVM, JUnit or the contract's own servers rather than to a transport:
   * shared pools any code may start (the common fork-join pool, {@code CompletableFuture}'s delay
   * scheduler, a library class's {@code java.lang.ref.Cleaner}, such as the one Vert.x starts once
   * per JVM), and the stub server's and proxies' threads.
   */
  private static final List<String> NOT_THE_TRANSPORTS =
      List.of(
          "ForkJoinPool.commonPool-worker",
          "CompletableFutureDelayScheduler",
          "Common-Cleaner",
          "Cleaner-",
          "process reaper",
          "Attach Listener",
          "Signal Dispatcher",
          "Reference Handler",
          "Finalizer",
          "stub-",
          "contract-",
          "HTTP-Dispatcher",
          "surefire-",
          "junit-");

  private Threads() {}

  /**
   * Waits until every thread alive now and not in {@code before} (nor one of the JVM's, JUnit's or
   * the contract's) has ended, asking for garbage collection meanwhile (some HTTP libraries end
   * their threads once the client object is unreachable), and returns the names of those still
   * alive after {@code patience}.
   */
  static List<String> awaitEnd(Set<Thread> before, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      List<Thread> left = new ArrayList<>();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t.isAlive() && !before.contains(t) && !shared(t.getName())) {
          left.add(t);
        }
      }
      if (left.isEmpty() || System.nanoTime() > deadline) {
        List<String> names = new ArrayList<>();
        for (Thread t : left) {
          names.add(t.getName());
        }
        return names;
      }
      System.gc();
      for (Thread t : left) {
        t.join(100); // waits for the thread itself to end, up to 100 ms, then looks again
      }
    }
  }

  private static boolean shared(String name) {
    for (String prefix : NOT_THE_TRANSPORTS) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
