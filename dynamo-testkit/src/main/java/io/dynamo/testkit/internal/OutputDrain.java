package io.dynamo.testkit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a child process's output stream line by line on a daemon thread, so the pipe never fills
 * and blocks the child, and keeps the last lines for error messages.
 */
public final class OutputDrain {
  private final Deque<String> tail = new ArrayDeque<>();
  private final int maxLines;
  private final Consumer<String> onLine;
  private final Runnable onEnd;
  private final Thread thread;
  private long linesSeen;
  private boolean ended;

  private OutputDrain(
      String name, InputStream in, int maxLines, Consumer<String> onLine, Runnable onEnd) {
    this.maxLines = maxLines;
    this.onLine = onLine;
    this.onEnd = onEnd;
    this.thread = new Thread(() -> run(in), name);
    thread.setDaemon(true);
  }

  /**
   * Starts draining {@code in}.
   *
   * @param onLine called on the drain thread for every line
   * @param onEnd called on the drain thread once the stream ends or fails
   */
  public static OutputDrain start(
      String name, InputStream in, int maxLines, Consumer<String> onLine, Runnable onEnd) {
    OutputDrain drain = new OutputDrain(name, in, maxLines, onLine, onEnd);
    drain.thread.start();
    return drain;
  }

  private void run(InputStream in) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (this) {
          tail.addLast(line);
          if (tail.size() > maxLines) {
            tail.removeFirst();
          }
          linesSeen++;
          notifyAll();
        }
        onLine.accept(line);
      }
    } catch (IOException e) {
      // The stream closes when the process dies or is destroyed: nothing left to read.
    } finally {
      synchronized (this) {
        ended = true;
        notifyAll();
      }
      onEnd.run();
    }
  }

  /** The last lines read, joined with newlines. */
  public synchronized String tail() {
    return String.join("\n", tail);
  }

  /** How many lines have been read so far. */
  public synchronized long linesSeen() {
    return linesSeen;
  }

  /**
   * Waits until a kept line matches, the stream ends, or the timeout passes.
   *
   * @return whether a matching line was seen
   */
  public synchronized boolean awaitLine(Predicate<String> match, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (tail.stream().anyMatch(match)) {
        return true;
      }
      long left = deadline - System.nanoTime();
      if (ended || left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Waits at most {@code timeout} for the stream to end, so the tail is complete. */
  public synchronized void awaitEnd(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ended) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }
}
