package io.dynamo.api.internal;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * Pages as a {@link Flow.Publisher}: each subscriber gets the pages from the first request on, one
 * request in flight at a time and only as many as it asked for; cancelling stops the requests,
 * including the one in flight. A failed call ends the pages with its exception, as is, and so does
 * a non-positive demand (with an {@link IllegalArgumentException}).
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

  /** One subscription; signals to the subscriber come from its {@link DrainLoop}. */
  private final class Pages extends DrainLoop implements Flow.Subscription {
    private final Flow.Subscriber<? super R> subscriber;
    private volatile boolean cancelled;
    private volatile CompletableFuture<R> inFlight;

    /** The request for the next page; null after the last. */
    private volatile Q pending = first;

    /** A page arrived and not delivered yet, or why the pages end. */
    private volatile R ready;

    private volatile Throwable failure;

    // owned by the drain loop
    private boolean done;

    Pages(Flow.Subscriber<? super R> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        failure = new IllegalArgumentException("request(" + n + "): demand must be positive");
        stopFetching();
        drain();
        return;
      }
      addDemand(n);
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      stopFetching();
    }

    private void stopFetching() {
      CompletableFuture<R> f = inFlight;
      if (f != null) {
        f.cancel(true);
      }
    }

    @Override
    void emit() {
      if (done || cancelled) {
        return;
      }
      R page = ready;
      if (page != null) {
        ready = null;
        delivered(1);
        boolean last = pending == null;
        if (last) {
          done = true;
        }
        subscriber.onNext(page);
        if (last && !cancelled) {
          subscriber.onComplete();
        }
        if (last) {
          return;
        }
      }
      Throwable e = failure;
      if (e != null) {
        done = true;
        subscriber.onError(e);
        return;
      }
      if (inFlight == null && ready == null && demand.get() > 0 && !cancelled) {
        fetch(pending);
      }
    }

    /** Sends the request for the next page; its answer comes back to the drain loop. */
    private void fetch(Q request) {
      CompletableFuture<R> f;
      try {
        f = call.apply(request);
      } catch (RuntimeException e) {
        failure = e;
        passAgain(); // another pass of the loop running now delivers it
        return;
      }
      inFlight = f;
      f.whenComplete((page, error) -> arrived(request, page, error));
    }

    private void arrived(Q request, R page, Throwable error) {
      if (cancelled) {
        return;
      }
      // a failure already there (a bad demand, which cancelled this request) is the one to tell
      if (failure == null && error != null) {
        failure =
            error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
      } else if (failure == null) {
        try {
          pending = next.after(request, page);
          ready = page;
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      inFlight = null;
      drain();
    }
  }
}
