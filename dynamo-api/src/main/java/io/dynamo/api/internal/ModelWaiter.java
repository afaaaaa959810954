package io.dynamo.api.internal;

import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.WaitFailedException;
import io.dynamo.api.model.DynamoEnum;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A waiter of DynamoDB's model ({@code waiters-2.json}): its acceptors, tried in order on every
 * answer as the model's waiters are (the first that matches decides: success ends the wait with the
 * response, failure with a {@link WaitFailedException}, retry asks again; an answer none matches
 * asks again, and an error none matches ends the wait with it). The generator writes each one's
 * acceptors as code ({@code ModelWaiters}): the paths of the model, read from the typed response,
 * with the helpers here. The {@link Waiter} does the checking; the model's delay is its longest
 * pause, and the model's delay times its attempts the default time allowed.
 *
 * @param <R> the response of the operation that checks
 */
public final class ModelWaiter<R> {
  /** What a matching acceptor makes of the wait. */
  public enum State {
    /** Done: the wait returns the response. */
    SUCCESS,
    /** Never: the wait fails. */
    FAILURE,
    /** Not yet: ask again. */
    RETRY
  }

  /** An acceptor on answers: its state, what it looks for (for messages), and the test. */
  private record Acceptor<R>(State state, String looksFor, Predicate<R> matches) {}

  /** An acceptor on errors: its state and the error type ({@code __type}) it matches. */
  private record ErrorAcceptor(State state, String errorType) {}

  private final String name;
  private final String operation;
  private final Duration delay;
  private final Duration maxWait;
  private final String shown;
  private final Function<R, Object> seen;
  private final List<Acceptor<R>> acceptors;
  private final List<ErrorAcceptor> errors;

  private ModelWaiter(Builder<R> b) {
    this.name = b.name;
    this.operation = b.operation;
    this.delay = b.delay;
    this.maxWait = b.delay.multipliedBy(b.maxAttempts);
    this.shown = b.shown;
    this.seen = b.seen;
    this.acceptors = List.copyOf(b.acceptors);
    this.errors = List.copyOf(b.errors);
  }

  /**
   * A builder of the waiter {@code name}, which checks with {@code operation} every {@code
   * delaySeconds} at most, {@code maxAttempts} times by default.
   */
  public static <R> Builder<R> named(
      String name, String operation, int delaySeconds, int maxAttempts) {
    return new Builder<>(name, operation, Duration.ofSeconds(delaySeconds), maxAttempts);
  }

  /** The waiter's name in the model, such as {@code ExportCompleted}. */
  public String name() {
    return name;
  }

  /** The time allowed by default: the model's delay times its attempts. */
  public Duration maxWait() {
    return maxWait;
  }

  /** The longest pause between checks: the model's delay. */
  public Duration delay() {
    return delay;
  }

  /** Checks with {@code check} on this thread until an acceptor ends the wait or time is up. */
  public R await(Duration timeout, Supplier<R> check) {
    return Waiter.await(plan(timeout), check, new Judge());
  }

  /** {@link #await} without blocking. */
  public CompletableFuture<R> awaitAsync(Duration timeout, Supplier<CompletableFuture<R>> check) {
    return Waiter.awaitAsync(plan(timeout), check, new Judge());
  }

  private Waiter.Plan plan(Duration timeout) {
    return new Waiter.Plan(name + " (" + operation + " until " + success() + ")", timeout, delay);
  }

  private String success() {
    List<String> wanted = new ArrayList<>();
    for (Acceptor<R> a : acceptors) {
      if (a.state == State.SUCCESS) {
        wanted.add(a.looksFor);
      }
    }
    for (ErrorAcceptor a : errors) {
      if (a.state == State.SUCCESS) {
        wanted.add("it fails with " + a.errorType);
      }
    }
    return String.join(" or ", wanted);
  }

  private String seen(R response) {
    Object value;
    try {
      value = seen.apply(response);
    } catch (RuntimeException e) {
      value = null;
    }
    return shown + " " + show(value);
  }

  /** Applies the acceptors to each check. */
  private final class Judge implements Waiter.Judge<R, R> {
    @Override
    public Waiter.Verdict<R> response(R response) {
      for (Acceptor<R> a : acceptors) {
        if (a.matches.test(response)) {
          return switch (a.state) {
            case SUCCESS -> Waiter.Verdict.done(response);
            case FAILURE -> Waiter.Verdict.failed(failed(a.looksFor, seen(response)));
            case RETRY -> Waiter.Verdict.waiting(seen(response));
          };
        }
      }
      return Waiter.Verdict.waiting(seen(response));
    }

    @Override
    public Waiter.Verdict<R> error(RuntimeException e) {
      if (!(e instanceof DynamoServiceException)) {
        return null;
      }
      String type = ((DynamoServiceException) e).errorType();
      for (ErrorAcceptor a : errors) {
        if (a.errorType.equals(type)) {
          return switch (a.state) {
            case SUCCESS -> Waiter.Verdict.done(null);
            case FAILURE -> Waiter.Verdict.failed(failed("it fails with " + type, type));
            case RETRY -> Waiter.Verdict.waiting(type);
          };
        }
      }
      return null;
    }

    private WaitFailedException failed(String looksFor, String state) {
      return new WaitFailedException(
          name + " will not happen: " + operation + " found " + looksFor + " (" + state + ")",
          name,
          state);
    }
  }

  /** Builds a waiter; the generated code calls it. */
  public static final class Builder<R> {
    private final String name;
    private final String operation;
    private final Duration delay;
    private final int maxAttempts;
    private String shown = "state";
    private Function<R, Object> seen = r -> null;
    private final List<Acceptor<R>> acceptors = new ArrayList<>();
    private final List<ErrorAcceptor> errors = new ArrayList<>();

    private Builder(String name, String operation, Duration delay, int maxAttempts) {
      this.name = name;
      this.operation = operation;
      this.delay = delay;
      this.maxAttempts = maxAttempts;
    }

    /** What a check shows as the state seen: the value at {@code argument}. */
    public Builder<R> seen(String argument, Function<R, Object> path) {
      this.shown = argument;
      this.seen = path;
      return this;
    }

    /** A {@code path} acceptor: the value at {@code argument} equals {@code expected}. */
    public Builder<R> path(
        State state, String argument, Object expected, Function<R, Object> path) {
      acceptors.add(
          new Acceptor<>(state, argument + " is " + expected, r -> eq(path.apply(r), expected)));
      return this;
    }

    /** A {@code pathAll} acceptor: there are values at {@code argument}, all equal to expected. */
    public Builder<R> pathAll(
        State state, String argument, Object expected, Function<R, List<?>> path) {
      acceptors.add(
          new Acceptor<>(
              state,
              "every " + argument + " is " + expected,
              r -> {
                List<?> values = path.apply(r);
                return !values.isEmpty() && values.stream().allMatch(v -> eq(v, expected));
              }));
      return this;
    }

    /** A {@code pathAny} acceptor: one of the values at {@code argument} equals expected. */
    public Builder<R> pathAny(
        State state, String argument, Object expected, Function<R, List<?>> path) {
      acceptors.add(
          new Acceptor<>(
              state,
              "some " + argument + " is " + expected,
              r -> path.apply(r).stream().anyMatch(v -> eq(v, expected))));
      return this;
    }

    /** An {@code error} acceptor: the check fails with the error type {@code expected}. */
    public Builder<R> error(State state, String expected) {
      errors.add(new ErrorAcceptor(state, expected));
      return this;
    }

    /** The waiter. */
    public ModelWaiter<R> build() {
      return new ModelWaiter<>(this);
    }
  }

  // ---- the paths' helpers: what the generated acceptors are written with -------------------

  /** {@code f} of {@code s}, or null when {@code s} is: a step of a path. */
  public static <S, V> V get(S s, Function<? super S, ? extends V> f) {
    return s == null ? null : f.apply(s);
  }

  /** {@code list}, or an empty list for null. */
  public static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** {@code f} of each element, nulls left out: a projection ({@code a[].b}). */
  public static <T, V> List<V> map(List<T> list, Function<? super T, ? extends V> f) {
    List<V> out = new ArrayList<>(list.size());
    for (T t : list) {
      V v = f.apply(t);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** The elements {@code p} holds for: a filter projection ({@code a[?b == 'x']}). */
  public static <T> List<T> filter(List<T> list, Predicate<? super T> p) {
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (p.test(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * JMESPath's equality of a value of the response and a value of the model: enums by their value,
   * numbers by their value whatever their type, anything else by {@code equals}.
   */
  public static boolean eq(Object actual, Object expected) {
    Object a = plain(actual);
    Object e = plain(expected);
    if (a instanceof Number && e instanceof Number) {
      try {
        return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString())) == 0;
      } catch (NumberFormatException notFinite) {
        return a.equals(e);
      }
    }
    return Objects.equals(a, e);
  }

  private static Object plain(Object v) {
    return v instanceof DynamoEnum ? ((DynamoEnum) v).value() : v;
  }

  /** A value seen, for messages: an enum's value, a list's values, {@code absent} for null. */
  static String show(Object v) {
    if (v == null) {
      return "absent";
    }
    if (v instanceof List<?> l) {
      List<String> shown = new ArrayList<>(l.size());
      for (Object o : l) {
        shown.add(show(o));
      }
      return shown.toString();
    }
    return String.valueOf(plain(v));
  }
}
