package io.dynamo.api.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * The elements of pages as a {@link Flow.Publisher}: each subscriber gets the elements of every
 * page in order, and a page is asked for only once the elements of the one before are all delivered
 * and the subscriber wants more. So demand is respected across page boundaries, nothing is
 * requested before demand, an empty page (a scan whose filter kept nothing) leads to the next one,
 * and cancelling stops the pages, including the request in flight.
 *
 * <p>Signals to the subscriber are serialized by one {@link DrainLoop}, run by the page publisher's
 * thread when a page arrives and by the subscriber's own thread when it asks for more. An error (of
 * the pages, of {@code elements} or {@code map}, or a non-positive demand) is delivered once, after
 * the elements already delivered, and stops the pages.
 *
 * @param <P> the page
 * @param <X> an element as the page holds it
 * @param <E> an element as the subscriber gets it
 */
public final class ItemPublisher<P, X, E> implements Flow.Publisher<E> {
  private final Flow.Publisher<P> pages;
  private final Function<? super P, ? extends List<? extends X>> elements;
  private final Function<? super X, ? extends E> map;

  private ItemPublisher(
      Flow.Publisher<P> pages,
      Function<? super P, ? extends List<? extends X>> elements,
      Function<? super X, ? extends E> map) {
    this.pages = Objects.requireNonNull(pages, "pages");
    this.elements = elements;
    this.map = map;
  }

  /** The elements {@code elements} finds in each of {@code pages}, as they are. */
  public static <P, E> Flow.Publisher<E> items(
      Flow.Publisher<P> pages, Function<? super P, ? extends List<? extends E>> elements) {
    return new ItemPublisher<P, E, E>(pages, elements, e -> e);
  }

  /**
   * The elements {@code elements} finds in each of {@code pages}, each mapped with {@code map} just
   * before it is delivered (so a value {@code map} cannot read fails the stream at its place).
   */
  public static <P, X, E> Flow.Publisher<E> items(
      Flow.Publisher<P> pages,
      Function<? super P, ? extends List<? extends X>> elements,
      Function<? super X, ? extends E> map) {
    return new ItemPublisher<>(pages, elements, map);
  }

  /** A publisher whose every subscriber gets {@code failure} (a request that cannot be sent). */
  public static <E> Flow.Publisher<E> failed(RuntimeException failure) {
    Objects.requireNonNull(failure, "failure");
    return subscriber -> {
      Objects.requireNonNull(subscriber, "subscriber");
      subscriber.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
          });
      subscriber.onError(failure);
    };
  }

  @Override
  public void subscribe(Flow.Subscriber<? super E> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Items s = new Items(subscriber);
    subscriber.onSubscribe(s);
    if (!s.cancelled) {
      pages.subscribe(s);
    }
  }

  /** The subscription to the subscriber, and the subscriber to the pages. */
  private final class Items extends DrainLoop implements Flow.Subscription, Flow.Subscriber<P> {
    private final Flow.Subscriber<? super E> subscriber;
    private volatile Flow.Subscription upstream;
    private volatile boolean cancelled;

    /** A page handed over by the page publisher, taken by the drain loop. */
    private volatile List<? extends X> arrived;

    /** The pages have ended: {@link #failure} says how (null: completed). */
    private volatile boolean upstreamDone;

    private volatile Throwable failure;

    /** A failure of this side (bad demand, a page or element that cannot be read): ends at once. */
    private volatile Throwable localFailure;

    // owned by the drain loop
    private List<? extends X> current;
    private int index;
    private boolean asked;
    private boolean done;

    Items(Flow.Subscriber<? super E> subscriber) {
      this.subscriber = subscriber;
    }

    // ---- the subscriber's side ----------------------------------------------------------

    @Override
    public void request(long n) {
      if (n <= 0) {
        stop(new IllegalArgumentException("request(" + n + "): demand must be positive"));
        return;
      }
      addDemand(n);
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      Flow.Subscription s = upstream;
      if (s != null) {
        s.cancel();
      }
      drain(); // lets go of the page held
    }

    // ---- the pages' side ----------------------------------------------------------------

    @Override
    public void onSubscribe(Flow.Subscription s) {
      if (upstream != null) {
        s.cancel(); // Reactive Streams 2.5: one subscription only
        return;
      }
      upstream = s;
      if (cancelled) {
        s.cancel();
        return;
      }
      drain();
    }

    @Override
    public void onNext(P page) {
      List<? extends X> list;
      try {
        list = Objects.requireNonNull(elements.apply(page), "elements of a page");
      } catch (RuntimeException e) {
        stop(e);
        return;
      }
      arrived = list;
      drain();
    }

    @Override
    public void onError(Throwable e) {
      failure = e;
      upstreamDone = true;
      drain();
    }

    @Override
    public void onComplete() {
      upstreamDone = true;
      drain();
    }

    // ---- between the two ----------------------------------------------------------------

    /** Ends the stream with {@code e} at once (elements held are dropped) and stops the pages. */
    private void stop(Throwable e) {
      if (localFailure == null) {
        localFailure = e;
      }
      Flow.Subscription s = upstream;
      if (s != null) {
        s.cancel();
      }
      drain();
    }

    @Override
    void emit() {
      if (done) {
        return;
      }
      if (cancelled || localFailure != null) {
        done = true;
        current = null;
        arrived = null;
        if (!cancelled) {
          subscriber.onError(localFailure);
        }
        return;
      }
      boolean ended = upstreamDone; // read before the page, which is handed over first
      List<? extends X> page = arrived;
      if (page != null && current == null) {
        arrived = null;
        current = page;
        index = 0;
        asked = false;
      }
      long wanted = demand.get();
      long delivered = 0;
      while (current != null && index < current.size() && delivered != wanted) {
        E e;
        try {
          e = Objects.requireNonNull(map.apply(current.get(index++)), "element");
        } catch (RuntimeException x) {
          stop(x); // the next pass delivers it
          return;
        }
        subscriber.onNext(e);
        delivered++;
        if (cancelled || localFailure != null) {
          return; // the next pass ends it
        }
      }
      delivered(delivered);
      if (current != null && index >= current.size()) {
        current = null;
      }
      if (current != null || arrived != null) {
        return; // elements left: they wait for demand
      }
      if (ended) {
        done = true;
        Throwable e = failure;
        if (e != null) {
          subscriber.onError(e);
        } else {
          subscriber.onComplete();
        }
        return;
      }
      Flow.Subscription s = upstream;
      if (!asked && s != null && demand.get() > 0) {
        asked = true;
        s.request(1);
      }
    }
  }
}
