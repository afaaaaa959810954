package io.dynamo.api.internal;

import io.dynamo.api.call.BatchIncompleteException;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BatchWriteItemResponse;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads and writes any number of items with BatchGetItem and BatchWriteItem: splits them into
 * requests of at most 100 keys or 25 writes, and asks again for what DynamoDB returns as
 * unprocessed, waiting longer each time nothing got through (exponential backoff with full jitter),
 * as DynamoDB's documentation advises.
 *
 * <p>One algorithm, two drivers: a job ({@link Gets}, {@link Writes}) holds what is left, makes
 * each next request and takes in each answer; {@link #run} drives it on the caller's thread,
 * sleeping between rounds, and {@link #runAsync} drives it without blocking, the pauses on the
 * shared timer ({@link Timers}).
 */
public final class Batches {
  /** Rounds in a row that may return everything unprocessed before giving up. */
  static final int MAX_STALLED_ROUNDS = 10;

  private static final long BASE_DELAY_NANOS = Duration.ofMillis(50).toNanos();
  private static final long MAX_DELAY_NANOS = Duration.ofSeconds(5).toNanos();

  /** Waits before round {@code stalled} of nothing getting through; false to give up. */
  @FunctionalInterface
  public interface Backoff {
    /** Pauses before asking again; {@code stalled} is 0 after a round that made progress. */
    boolean pause(int stalled);
  }

  /** How long to wait before round {@code stalled} of nothing getting through, not waiting. */
  @FunctionalInterface
  public interface Delays {
    /** The pause before asking again in nanoseconds, or a negative number to give up. */
    long nanos(int stalled);
  }

  /** Exponential backoff with full jitter from 50 ms to 5 s; gives up after 10 stalled rounds. */
  public static final Backoff EXPONENTIAL = Batches::backOff;

  /** {@link #EXPONENTIAL}'s pauses, for {@link #runAsync} to schedule. */
  public static final Delays EXPONENTIAL_DELAYS = Batches::delayNanos;

  private Batches() {}

  /** Every item found for the keys, by table; keys without an item are left out. */
  public static Map<String, List<Item>> getAll(
      Map<String, ? extends Collection<Key>> keysByTable,
      Function<BatchGetItemRequest, BatchGetItemResponse> call,
      Backoff backoff) {
    return run(new Gets(keysByTable), call, backoff);
  }

  /** {@link #getAll} without blocking. */
  public static CompletableFuture<Map<String, List<Item>>> getAllAsync(
      Map<String, ? extends Collection<Key>> keysByTable,
      Function<BatchGetItemRequest, CompletableFuture<BatchGetItemResponse>> call,
      Delays delays) {
    Gets job;
    try {
      job = new Gets(keysByTable);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return runAsync(job, call, delays);
  }

  /** Does every write, by table, in requests of at most 25. */
  public static void writeAll(
      Map<String, ? extends Collection<WriteRequest>> writesByTable,
      Function<BatchWriteItemRequest, BatchWriteItemResponse> call,
      Backoff backoff) {
    run(new Writes(writesByTable), call, backoff);
  }

  /** {@link #writeAll} without blocking. */
  public static CompletableFuture<Void> writeAllAsync(
      Map<String, ? extends Collection<WriteRequest>> writesByTable,
      Function<BatchWriteItemRequest, CompletableFuture<BatchWriteItemResponse>> call,
      Delays delays) {
    Writes job;
    try {
      job = new Writes(writesByTable);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return runAsync(job, call, delays);
  }

  /** Runs {@code job} to its end on this thread. */
  static <Q, R, V> V run(Job<?, Q, R, V> job, Function<Q, R> call, Backoff backoff) {
    while (!job.done()) {
      boolean left = job.answered(call.apply(job.next()));
      if (left && !backoff.pause(job.stalled)) {
        throw job.incomplete(Thread.currentThread().isInterrupted());
      }
    }
    return job.result();
  }

  /** Runs {@code job} to its end without blocking; cancelling the result stops it. */
  static <Q, R, V> CompletableFuture<V> runAsync(
      Job<?, Q, R, V> job, Function<Q, CompletableFuture<R>> call, Delays delays) {
    AsyncBatch<Q, R, V> run = new AsyncBatch<>(job, call, delays);
    run.round();
    return run.result;
  }

  // ---- the jobs ---------------------------------------------------------------------------

  /**
   * What is left of a batch: entries of (table, key or write) in the order they are sent, what came
   * back unprocessed first.
   *
   * @param <T> a key or a write
   * @param <Q> the request
   * @param <R> the response
   * @param <V> the result
   */
  abstract static class Job<T, Q, R, V> {
    final Deque<Map.Entry<String, T>> pending = new ArrayDeque<>();
    private final String operation;
    private final String what;
    private final int max;
    private int sent;

    /** Rounds in a row that got nothing through; 0 after one that made progress. */
    int stalled;

    Job(String operation, String what, int max) {
      this.operation = operation;
      this.what = what;
      this.max = max;
    }

    boolean done() {
      return pending.isEmpty();
    }

    /** The next request: the first entries left, up to the most one request takes. */
    Q next() {
      Map<String, List<T>> chunk = take(pending, max);
      sent = count(chunk);
      return request(chunk);
    }

    /** Takes in the answer to the last request; true when some of it came back unprocessed. */
    boolean answered(R response) {
      List<Map.Entry<String, T>> unprocessed = absorb(response);
      int left = unprocessed.size();
      putFirst(pending, unprocessed);
      stalled = left == sent ? stalled + 1 : 0;
      return left > 0;
    }

    /** Gives up with what is left. */
    BatchIncompleteException incomplete(boolean interrupted) {
      String message =
          interrupted
              ? "interrupted while waiting to send unprocessed "
                  + what
                  + "s of "
                  + operation
                  + " again"
              : operation
                  + " returned every "
                  + what
                  + " unprocessed "
                  + stalled
                  + " times in a row";
      return incomplete(message, group(pending));
    }

    abstract Q request(Map<String, List<T>> chunk);

    /** Keeps what {@code response} found; returns what came back unprocessed, in its order. */
    abstract List<Map.Entry<String, T>> absorb(R response);

    abstract V result();

    abstract BatchIncompleteException incomplete(String message, Map<String, List<T>> left);
  }

  /** Reads by key. */
  static final class Gets
      extends Job<Key, BatchGetItemRequest, BatchGetItemResponse, Map<String, List<Item>>> {
    private final Map<String, List<Item>> found = new LinkedHashMap<>();

    Gets(Map<String, ? extends Collection<Key>> keysByTable) {
      super("BatchGetItem", "key", KeysAndAttributes.MAX_KEYS);
      keysByTable.forEach(
          (table, keys) -> {
            if (keys == null) {
              throw new InvalidRequestException(
                  "RequestItems", "keys of table " + table + " are null");
            }
            found.put(table, new ArrayList<>());
            for (Key key : new LinkedHashSet<>(keys)) { // DynamoDB rejects duplicate keys
              pending.add(Map.entry(table, key));
            }
          });
    }

    @Override
    BatchGetItemRequest request(Map<String, List<Key>> chunk) {
      BatchGetItemRequest.Builder request = BatchGetItemRequest.builder();
      chunk.forEach((table, keys) -> request.get(table, keys.toArray(Key[]::new)));
      return request.build();
    }

    @Override
    List<Map.Entry<String, Key>> absorb(BatchGetItemResponse response) {
      response
          .responses()
          .forEach(
              (table, items) -> found.computeIfAbsent(table, t -> new ArrayList<>()).addAll(items));
      List<Map.Entry<String, Key>> unprocessed = new ArrayList<>();
      response
          .unprocessedKeys()
          .forEach((table, keys) -> keys.keys().forEach(k -> unprocessed.add(Map.entry(table, k))));
      return unprocessed;
    }

    @Override
    Map<String, List<Item>> result() {
      return found;
    }

    @Override
    BatchIncompleteException incomplete(String message, Map<String, List<Key>> left) {
      return new BatchIncompleteException(message, left, Map.of());
    }
  }

  /** Puts and deletes. */
  static final class Writes
      extends Job<WriteRequest, BatchWriteItemRequest, BatchWriteItemResponse, Void> {
    Writes(Map<String, ? extends Collection<WriteRequest>> writesByTable) {
      super("BatchWriteItem", "write", BatchWriteItemRequest.MAX_WRITES);
      writesByTable.forEach(
          (table, writes) -> {
            if (writes == null) {
              throw new InvalidRequestException(
                  "RequestItems", "writes of table " + table + " are null");
            }
            for (WriteRequest write : writes) {
              pending.add(Map.entry(table, write));
            }
          });
    }

    @Override
    BatchWriteItemRequest request(Map<String, List<WriteRequest>> chunk) {
      BatchWriteItemRequest.Builder request = BatchWriteItemRequest.builder();
      chunk.forEach((table, writes) -> writes.forEach(w -> request.write(table, w)));
      return request.build();
    }

    @Override
    List<Map.Entry<String, WriteRequest>> absorb(BatchWriteItemResponse response) {
      List<Map.Entry<String, WriteRequest>> unprocessed = new ArrayList<>();
      response
          .unprocessedItems()
          .forEach((table, writes) -> writes.forEach(w -> unprocessed.add(Map.entry(table, w))));
      return unprocessed;
    }

    @Override
    Void result() {
      return null;
    }

    @Override
    BatchIncompleteException incomplete(String message, Map<String, List<WriteRequest>> left) {
      return new BatchIncompleteException(message, Map.of(), left);
    }
  }

  // ---- shared steps -----------------------------------------------------------------------

  /** Puts what came back unprocessed at the front, in its order, to be asked first. */
  private static <T> void putFirst(Deque<T> pending, List<T> unprocessed) {
    for (int i = unprocessed.size() - 1; i >= 0; i--) {
      pending.addFirst(unprocessed.get(i));
    }
  }

  private static <T> Map<String, List<T>> take(Deque<Map.Entry<String, T>> pending, int max) {
    Map<String, List<T>> chunk = new LinkedHashMap<>();
    for (int i = 0; i < max && !pending.isEmpty(); i++) {
      Map.Entry<String, T> next = pending.poll();
      chunk.computeIfAbsent(next.getKey(), t -> new ArrayList<>()).add(next.getValue());
    }
    return chunk;
  }

  private static <T> Map<String, List<T>> group(Deque<Map.Entry<String, T>> pending) {
    Map<String, List<T>> grouped = new LinkedHashMap<>();
    pending.forEach(
        e -> grouped.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(e.getValue()));
    return grouped;
  }

  private static int count(Map<String, ? extends List<?>> chunk) {
    int n = 0;
    for (List<?> list : chunk.values()) {
      n += list.size();
    }
    return n;
  }

  /** The pause before round {@code stalled}; negative once too many rounds got nothing through. */
  private static long delayNanos(int stalled) {
    if (stalled >= MAX_STALLED_ROUNDS) {
      return -1;
    }
    long ceiling = Math.min(MAX_DELAY_NANOS, BASE_DELAY_NANOS << Math.min(stalled, 20));
    return stalled == 0 ? 0 : (long) (ThreadLocalRandom.current().nextDouble() * ceiling);
  }

  /** Waits before asking again; false once too many rounds in a row got nothing through. */
  private static boolean backOff(int stalled) {
    long delay = delayNanos(stalled);
    if (delay < 0) {
      return false;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
