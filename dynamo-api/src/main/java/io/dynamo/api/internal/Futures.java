package io.dynamo.api.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Unwraps what futures wrap around the real failure. */
public final class Futures {
  private Futures() {}

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
