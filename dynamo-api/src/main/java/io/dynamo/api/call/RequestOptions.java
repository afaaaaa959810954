package io.dynamo.api.call;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.sign.HttpHeader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What some calls do differently from the client's settings: their attempt and call timeouts, their
 * retry policy, and headers added to every attempt. Anything not set keeps the client's value.
 * Applied with {@link DynamoClient#withOptions(RequestOptions)}, which costs next to nothing and
 * shares the client's connections:
 *
 * <pre>{@code
 * RequestOptions quick = RequestOptions.builder()
 *     .callTimeout(Duration.ofMillis(300))
 *     .retryPolicy(RetryPolicy.none())
 *     .header("X-Trace-Id", traceId)
 *     .build();
 * db.withOptions(quick).getItem("users", key);
 * }</pre>
 *
 * <p>Headers are signed with the request. The ones the client writes itself ({@code Host}, {@code
 * Authorization}, {@code Content-Type}, {@code X-Amz-Target}, {@code X-Amz-Date}, ...) cannot be
 * replaced. Header values never appear in {@link #toString()}: they may hold tokens. Immutable and
 * thread-safe.
 */
public final class RequestOptions {
  private static final Duration FOREVER = Duration.ofDays(36_500);

  /** Headers only the client writes, in lower case. */
  private static final Set<String> RESERVED =
      Set.of(
          "host",
          "authorization",
          "content-type",
          "content-length",
          "content-encoding",
          "transfer-encoding",
          "connection",
          "expect",
          "user-agent",
          "x-amz-target",
          "x-amz-date",
          "x-amz-security-token",
          "x-amz-content-sha256");

  private static final RequestOptions NONE = new Builder().build();

  private final Duration attemptTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final List<HttpHeader> headers;

  private RequestOptions(Builder b) {
    this.attemptTimeout = b.attemptTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.headers = List.copyOf(b.headers);
  }

  /** Options that change nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.attemptTimeout = attemptTimeout;
    b.callTimeout = callTimeout;
    b.retryPolicy = retryPolicy;
    b.headers.addAll(headers);
    return b;
  }

  /** The time each attempt may take, if set. */
  public Optional<Duration> attemptTimeout() {
    return Optional.ofNullable(attemptTimeout);
  }

  /** The time the whole call may take, retries and reading the answer included, if set. */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /** The retry policy, if set. */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /** The headers added to every attempt, in the order given. */
  public List<HttpHeader> headers() {
    return headers;
  }

  /**
   * Options holding what {@code later} sets, and what it does not set from these; a header of
   * {@code later} replaces one of these with the same name.
   */
  public RequestOptions merge(RequestOptions later) {
    Objects.requireNonNull(later, "later");
    Builder b = toBuilder();
    if (later.attemptTimeout != null) {
      b.attemptTimeout = later.attemptTimeout;
    }
    if (later.callTimeout != null) {
      b.callTimeout = later.callTimeout;
    }
    if (later.retryPolicy != null) {
      b.retryPolicy = later.retryPolicy;
    }
    for (HttpHeader h : later.headers) {
      b.put(h);
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestOptions other
        && Objects.equals(attemptTimeout, other.attemptTimeout)
        && Objects.equals(callTimeout, other.callTimeout)
        && Objects.equals(retryPolicy, other.retryPolicy)
        && headers.equals(other.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attemptTimeout, callTimeout, retryPolicy, headers);
  }

  /** The options set, with header names only. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("RequestOptions[");
    String sep = "";
    if (attemptTimeout != null) {
      s.append("attemptTimeout=").append(attemptTimeout);
      sep = ", ";
    }
    if (callTimeout != null) {
      s.append(sep).append("callTimeout=").append(callTimeout);
      sep = ", ";
    }
    if (retryPolicy != null) {
      s.append(sep).append("retryPolicy=").append(retryPolicy);
      sep = ", ";
    }
    if (!headers.isEmpty()) {
      s.append(sep).append("headers=[");
      for (int i = 0; i < headers.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(headers.get(i).name());
      }
      s.append(']');
    }
    return s.append(']').toString();
  }

  /** Builds {@link RequestOptions}; every setter checks its value at once. */
  public static final class Builder {
    private Duration attemptTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy;
    private final List<HttpHeader> headers = new ArrayList<>(2);

    private Builder() {}

    /** The time each attempt may take; positive. */
    public Builder attemptTimeout(Duration timeout) {
      this.attemptTimeout = positive(timeout, "attemptTimeout");
      return this;
    }

    /** The time the whole call may take, retries and reading the answer included; positive. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /**
     * The retry policy of these calls. They still share the client's retry quota, so a burst of
     * failures is not retried more because it comes through other options.
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /**
     * Adds a header to every attempt, signed with it, in place of one set before with the same
     * name. The name must be an HTTP token and not one the client writes itself; the value must not
     * hold line breaks or other control characters.
     */
    public Builder header(String name, String value) {
      if (name == null || name.isEmpty() || !isToken(name)) {
        throw new InvalidRequestException(
            "header",
            "a header name must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~) but is "
                + (name == null ? "null" : '"' + printable(name) + '"'));
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new InvalidRequestException(
            "header",
            "the client writes the header "
                + name
                + " itself and it cannot be set per request; the headers it writes are "
                + String.join(", ", List.copyOf(new java.util.TreeSet<>(RESERVED))));
      }
      if (value == null) {
        throw new InvalidRequestException("header " + name, "the value must not be null");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
          // the value itself is not quoted: headers may carry tokens
          throw new InvalidRequestException(
              "header " + name,
              "the value holds a control or non-Latin-1 character (U+"
                  + String.format("%04X", (int) c)
                  + ") at index "
                  + i
                  + "; header values must be visible Latin-1 text");
        }
      }
      put(HttpHeader.of(name, value));
      return this;
    }

    private void put(HttpHeader header) {
      headers.removeIf(h -> h.name().equalsIgnoreCase(header.name()));
      headers.add(header);
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }

  private static Duration positive(Duration d, String field) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new InvalidRequestException(field, "must be a positive duration but is " + d);
    }
    return d.compareTo(FOREVER) > 0 ? FOREVER : d;
  }

  private static boolean isToken(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < 64; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return s.length() > 64 ? b.append("...").toString() : b.toString();
  }
}
