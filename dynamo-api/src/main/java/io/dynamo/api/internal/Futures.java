package io.dynamo.api.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Unwraps what futures wrap around the real failure. */
public final class Futures {
  private Futures() {}

  /**
   * A future completed with {@code fn} of {@code source}'s value, or failed with {@code source}'s
   * failure itself, never wrapped in a {@link CompletionException}, so that {@code handle}, {@code
   * whenComplete} and {@code exceptionally} see the exception the synchronous call would throw
   * ({@code thenApply} would wrap it). Cancelling the result cancels {@code source}.
   */
  public static <T, R> CompletableFuture<R> map(
      CompletableFuture<T> source, Function<? super T, ? extends R> fn) {
    return map(source, fn, null);
  }

  /**
   * {@link #map(CompletableFuture, Function)} that tells {@code onEnd} (if not null) the result's
   * value or failure just before the result completes with it; {@code onEnd} must not throw.
   */
  public static <T, R> CompletableFuture<R> map(
      CompletableFuture<T> source,
      Function<? super T, ? extends R> fn,
      BiConsumer<? super R, Throwable> onEnd) {
    CompletableFuture<R> result = new CompletableFuture<>();
    source.whenComplete(
        (value, error) -> {
          if (error != null) {
            Throwable failure = cause(error);
            if (onEnd != null) {
              onEnd.accept(null, failure);
            }
            result.completeExceptionally(failure);
            return;
          }
          R mapped;
          try {
            mapped = fn.apply(value);
          } catch (Throwable t) {
            if (onEnd != null) {
              onEnd.accept(null, t);
            }
            result.completeExceptionally(t);
            return;
          }
          if (onEnd != null) {
            onEnd.accept(mapped, null);
          }
          result.complete(mapped);
        });
    result.whenComplete(
        (value, error) -> {
          if (result.isCancelled()) {
            source.cancel(false);
          }
        });
    return result;
  }

  /** The failure inside the wrappers futures put around it. */
  static Throwable cause(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** The underlying failure as an unchecked exception. */
  public static RuntimeException unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new io.dynamo.api.error.TransportException(t.toString(), t);
  }
}
