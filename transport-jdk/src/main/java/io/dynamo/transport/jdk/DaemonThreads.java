package io.dynamo.transport.jdk;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The executor each {@link JdkTransport} gives its {@code HttpClient}. */
final class DaemonThreads implements ThreadFactory {
  /** How long an idle thread lives before it ends. */
  static final long IDLE_SECONDS = 30;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private DaemonThreads() {}

  /**
   * A pool that starts threads on demand, ends them after {@value #IDLE_SECONDS} s idle, and never
   * queues: like {@code Executors.newCachedThreadPool}, with daemon threads named {@code
   * dynamo-jdk-http-N}.
   */
  static ThreadPoolExecutor newPool() {
    return new ThreadPoolExecutor(
        0,
        Integer.MAX_VALUE,
        IDLE_SECONDS,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        new DaemonThreads());
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, "dynamo-jdk-http-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
