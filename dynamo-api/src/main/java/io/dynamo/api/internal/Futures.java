package io.dynamo.api.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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
    CompletableFuture<R> result = new CompletableFuture<>();
    source.whenComplete(
        (value, error) -> {
          if (error != null) {
            result.completeExceptionally(cause(error));
            return;
          }
          try {
            result.complete(fn.apply(value));
          } catch (Throwable t) {
            result.completeExceptionally(t);
          }
        });
    result.whenComplete(
        (value, error) -> {
          if (result.isCancelled()) {
            source.cancel(false);
          }
        });
    return result;
  }

  private static Throwable cause(Throwable t) {
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
    return new io.dynamo.api.TransportException(t.toString(), t);
  }
}
