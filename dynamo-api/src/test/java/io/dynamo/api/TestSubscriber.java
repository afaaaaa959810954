package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A subscriber for tests: records what it gets and how many terminal signals came, and lets the
 * test ask for more, cancel, and wait (with a bound) for what the client's threads deliver.
 */
final class TestSubscriber<T> implements Flow.Subscriber<T> {
  private static final long BOUND_SECONDS = 30;

  final List<T> received = new CopyOnWriteArrayList<>();
  final CompletableFuture<List<T>> done = new CompletableFuture<>();
  final AtomicInteger terminals = new AtomicInteger();
  final AtomicInteger overlaps = new AtomicInteger();
  private final BlockingQueue<T> arrivals = new LinkedBlockingQueue<>();
  private final AtomicInteger inside = new AtomicInteger();
  private final Consumer<TestSubscriber<T>> onEach;
  volatile Flow.Subscription subscription;

  TestSubscriber() {
    this(s -> {});
  }

  /** A subscriber that runs {@code onEach} in every {@code onNext}, after recording the item. */
  TestSubscriber(Consumer<TestSubscriber<T>> onEach) {
    this.onEach = onEach;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
  }

  @Override
  public void onNext(T item) {
    enter();
    received.add(item);
    arrivals.add(item);
    onEach.accept(this);
    leave();
  }

  @Override
  public void onError(Throwable e) {
    enter();
    terminals.incrementAndGet();
    done.completeExceptionally(e);
    leave();
  }

  @Override
  public void onComplete() {
    enter();
    terminals.incrementAndGet();
    done.complete(received);
    leave();
  }

  /** Counts signals that came while another was being handled (Reactive Streams 1.3 forbids it). */
  private void enter() {
    if (inside.incrementAndGet() != 1) {
      overlaps.incrementAndGet();
    }
  }

  private void leave() {
    inside.decrementAndGet();
  }

  void request(long n) {
    subscription.request(n);
  }

  /** Waits for the next item (they arrive on the client's threads). */
  T next() throws InterruptedException {
    T item = arrivals.poll(BOUND_SECONDS, TimeUnit.SECONDS);
    assertNotNull(item, "no item arrived");
    return item;
  }

  /** Waits for {@code n} more items. */
  List<T> next(int n) throws InterruptedException {
    List<T> items = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(next());
    }
    return items;
  }

  /** Waits for the end and returns every item, or throws what ended it (wrapped). */
  List<T> await() throws Exception {
    List<T> all = done.get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertEquals(1, terminals.get(), "terminal signals");
    return all;
  }

  /** Waits for the end and returns the error that ended it. */
  Throwable awaitError() throws Exception {
    Throwable e = done.handle((v, error) -> error).get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertNotNull(e, "ended without an error");
    return e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
  }
}
