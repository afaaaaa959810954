package io.dynamo.api.internal.ops;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Pages as a {@link Flow.Publisher}: each subscriber gets the pages from the first request on, one
 * request in flight at a time and only as many as it asked for; cancelling stops the requests,
 * including the one in flight. A failed call ends the pages with its exception, as is.
 *
 * @param <Q> the request
 * @param <R> the response (a page)
 */
public final class PagePublisher<Q, R> implements Flow.Publisher<R> {
  private final Q first;
  private final Function<Q, CompletableFuture<R>> call;
  private final Paging.Next<Q, R> next;

  private PagePublisher(Q first, Function<Q, CompletableFuture<R>> call, Paging.Next<Q, R> next) {
    this.first = Objects.requireNonNull(first, "request");
    this.call = call;
    this.next = next;
  }

  /** The pages from {@code first} on, each fetched with {@code call} when asked for. */
  public static <Q, R> Flow.Publisher<R> pages(
      Q first, Function<Q, CompletableFuture<R>> call, Paging.Next<Q, R> next) {
    return new PagePublisher<>(first, call, next);
  }

  @Override
  public void subscribe(Flow.Subscriber<? super R> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Pages s = new Pages(subscriber);
    subscriber.onSubscribe(s);
  }

  private final class Pages implements Flow.Subscription {
    private final Flow.Subscriber<? super R> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private volatile boolean done;
    private volatile Q pending = first;
    private volatile CompletableFuture<R> inFlight;

    Pages(Flow.Subscriber<? super R> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        fail(new IllegalArgumentException("request(" + n + "): demand must be positive"));
        return;
      }
      demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      drain();
    }

    @Override
    public void cancel() {
      done = true;
      CompletableFuture<R> f = inFlight;
      if (f != null) {
        f.cancel(true);
      }
    }

    private void drain() {
      if (work.getAndIncrement() != 0) {
        return;
      }
      do {
        if (!done && inFlight == null && demand.get() > 0) {
          fetch(pending);
        }
      } while (work.decrementAndGet() != 0);
    }

    private void fetch(Q request) {
      CompletableFuture<R> f;
      try {
        f = call.apply(request);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      inFlight = f;
      f.whenComplete((page, error) -> arrived(request, page, error));
    }

    private void arrived(Q request, R page, Throwable error) {
      if (done) {
        return;
      }
      if (error != null) {
        fail(
            error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error);
        return;
      }
      Q following;
      try {
        following = next.after(request, page);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      pending = following;
      demand.decrementAndGet();
      inFlight = null;
      subscriber.onNext(page);
      if (following == null) {
        done = true;
        subscriber.onComplete();
        return;
      }
      drain();
    }

    private void fail(Throwable e) {
      if (!done) {
        done = true;
        subscriber.onError(e);
      }
    }
  }
}
