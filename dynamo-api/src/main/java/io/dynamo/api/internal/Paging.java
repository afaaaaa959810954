package io.dynamo.api.internal;

import io.dynamo.api.error.InvalidResponseException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy streams of pages: the first request is sent when the stream's first element is asked for,
 * each following one when the previous page has been consumed and more are wanted. Nothing is sent
 * ahead, so {@code limit(n)} or {@code findFirst()} stop the requests too.
 */
public final class Paging {
  private Paging() {}

  /** Computes the request for the page after a response, or null after the last page. */
  @FunctionalInterface
  public interface Next<Q, R> {
    /** The next request, or {@code null} when {@code response} was the last page. */
    Q after(Q request, R response);
  }

  /** The pages from {@code first} on, fetched one at a time with {@code call}. */
  public static <Q, R> Stream<R> pages(Q first, Function<Q, R> call, Next<Q, R> next) {
    Objects.requireNonNull(first, "request");
    return StreamSupport.stream(new Pages<>(first, call, next), false);
  }

  /** Fails when a page points at itself as the next one, which would loop forever. */
  public static void requireProgress(Object sent, Object next, String what) {
    if (next != null && next.equals(sent)) {
      throw new InvalidResponseException(
          "the response's "
              + what
              + " equals the request's own start; stopping instead of requesting the same page"
              + " forever",
          200,
          null);
    }
  }

  private static final class Pages<Q, R> extends Spliterators.AbstractSpliterator<R> {
    private final Function<Q, R> call;
    private final Next<Q, R> next;
    private Q request;

    Pages(Q first, Function<Q, R> call, Next<Q, R> next) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.request = first;
      this.call = call;
      this.next = next;
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
      if (request == null) {
        return false;
      }
      Q sent = request;
      R response = call.apply(sent);
      request = next.after(sent, response);
      action.accept(response);
      return true;
    }
  }
}
