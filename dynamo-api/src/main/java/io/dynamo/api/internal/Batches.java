package io.dynamo.api.internal;

import io.dynamo.api.BatchIncompleteException;
import io.dynamo.api.InvalidRequestException;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads and writes any number of items with BatchGetItem and BatchWriteItem: splits them into
 * requests of at most 100 keys or 25 writes, and asks again for what DynamoDB returns as
 * unprocessed, waiting longer each time nothing got through (exponential backoff with full jitter),
 * as DynamoDB's documentation advises.
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

  /** Exponential backoff with full jitter from 50 ms to 5 s; gives up after 10 stalled rounds. */
  public static final Backoff EXPONENTIAL = Batches::backOff;

  private Batches() {}

  /** Every item found for the keys, by table; keys without an item are left out. */
  public static Map<String, List<Item>> getAll(
      Map<String, ? extends Collection<Key>> keysByTable,
      Function<BatchGetItemRequest, BatchGetItemResponse> call,
      Backoff backoff) {
    Deque<Map.Entry<String, Key>> pending = new ArrayDeque<>();
    Map<String, List<Item>> found = new LinkedHashMap<>();
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
    int stalled = 0;
    while (!pending.isEmpty()) {
      Map<String, List<Key>> chunk = take(pending, KeysAndAttributes.MAX_KEYS);
      BatchGetItemRequest.Builder request = BatchGetItemRequest.builder();
      chunk.forEach((table, keys) -> request.get(table, keys.toArray(Key[]::new)));
      BatchGetItemResponse response = call.apply(request.build());
      response
          .responses()
          .forEach(
              (table, items) -> found.computeIfAbsent(table, t -> new ArrayList<>()).addAll(items));
      List<Map.Entry<String, Key>> unprocessed = new ArrayList<>();
      response
          .unprocessedKeys()
          .forEach((table, keys) -> keys.keys().forEach(k -> unprocessed.add(Map.entry(table, k))));
      int left = unprocessed.size();
      putFirst(pending, unprocessed);
      stalled = left == count(chunk) ? stalled + 1 : 0;
      if (left > 0 && !backoff.pause(stalled)) {
        throw new BatchIncompleteException(
            giveUp("BatchGetItem", "key", stalled), group(pending), Map.of());
      }
    }
    return found;
  }

  /** Does every write, by table, in requests of at most 25. */
  public static void writeAll(
      Map<String, ? extends Collection<WriteRequest>> writesByTable,
      Function<BatchWriteItemRequest, BatchWriteItemResponse> call,
      Backoff backoff) {
    Deque<Map.Entry<String, WriteRequest>> pending = new ArrayDeque<>();
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
    int stalled = 0;
    while (!pending.isEmpty()) {
      Map<String, List<WriteRequest>> chunk = take(pending, BatchWriteItemRequest.MAX_WRITES);
      BatchWriteItemRequest.Builder request = BatchWriteItemRequest.builder();
      chunk.forEach((table, writes) -> writes.forEach(w -> request.write(table, w)));
      BatchWriteItemResponse response = call.apply(request.build());
      List<Map.Entry<String, WriteRequest>> unprocessed = new ArrayList<>();
      response
          .unprocessedItems()
          .forEach((table, writes) -> writes.forEach(w -> unprocessed.add(Map.entry(table, w))));
      int left = unprocessed.size();
      putFirst(pending, unprocessed);
      stalled = left == count(chunk) ? stalled + 1 : 0;
      if (left > 0 && !backoff.pause(stalled)) {
        throw new BatchIncompleteException(
            giveUp("BatchWriteItem", "write", stalled), Map.of(), group(pending));
      }
    }
  }

  private static String giveUp(String operation, String what, int stalled) {
    return Thread.currentThread().isInterrupted()
        ? "interrupted while waiting to send unprocessed " + what + "s of " + operation + " again"
        : operation + " returned every " + what + " unprocessed " + stalled + " times in a row";
  }

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

  /** Waits before asking again; false once too many rounds in a row got nothing through. */
  private static boolean backOff(int stalled) {
    if (stalled >= MAX_STALLED_ROUNDS) {
      return false;
    }
    long ceiling = Math.min(MAX_DELAY_NANOS, BASE_DELAY_NANOS << Math.min(stalled, 20));
    long delay = stalled == 0 ? 0 : (long) (ThreadLocalRandom.current().nextDouble() * ceiling);
    try {
      TimeUnit.NANOSECONDS.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
