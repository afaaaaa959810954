package io.dynamo.api.call;

import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.TransportException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before retrying a failed attempt.
 *
 * <p>Retried: throttling ({@code ProvisionedThroughputExceededException}, {@code
 * ThrottlingException}, {@code RequestLimitExceeded}), server errors ({@code InternalServerError},
 * {@code ServiceUnavailable}, HTTP 500, 502, 503, 504), transport failures (I/O errors, stale
 * pooled connections, attempt timeouts) and damaged responses (CRC32 mismatch). Never retried:
 * {@code ConditionalCheckFailedException}, validation errors and every other client error.
 *
 * <p>Backoff is exponential with full jitter: before retry {@code n} (1-based) the client waits a
 * random time between zero and {@code min(maxDelay, base * 2^(n-1))}, where {@code base} is {@link
 * Builder#throttlingBaseDelay} for throttling errors and {@link Builder#baseDelay} for others, so
 * throttling backs off longer. A retry quota shared by all calls of a client (a token bucket, as in
 * the AWS SDKs) stops retries when most recent attempts are failing, so an outage does not multiply
 * the load: each retry takes {@link Builder#retryCost} tokens (twice that after a timeout); a call
 * that succeeds puts back the tokens its retries took, or one if it needed no retry.
 *
 * <p>A retry may apply a request twice: an attempt that timed out, lost its connection or got a 5xx
 * after it was sent may have been applied, and its retry applies it again. Most writes do not mind
 * (a put of the same item, a conditional update that fails the second time); an unconditional
 * {@code ADD} to a counter does. For such calls {@link #onlyWhenNotApplied()} retries only what
 * certainly did not take effect; {@code db.withRetryPolicy(policy)} applies a policy to some calls
 * only.
 *
 * <p>Defaults: 5 attempts, 25 ms base, 500 ms throttling base, 20 s maximum, 500-token quota, 5
 * tokens a retry. Immutable and thread-safe.
 */
public final class RetryPolicy {
  private static final RetryPolicy STANDARD = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration throttlingBaseDelay;
  private final Duration maxDelay;
  private final int quotaCapacity;
  private final int retryCost;
  private final DoubleSupplier random;
  private final boolean retryWhenMaybeApplied;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.throttlingBaseDelay = b.throttlingBaseDelay;
    this.maxDelay = b.maxDelay;
    this.quotaCapacity = b.quotaCapacity;
    this.retryCost = b.retryCost;
    this.random = b.random;
    this.retryWhenMaybeApplied = b.retryWhenMaybeApplied;
  }

  /** The default policy. */
  public static RetryPolicy standard() {
    return STANDARD;
  }

  /** No retries: every call makes one attempt. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxAttempts = maxAttempts;
    b.baseDelay = baseDelay;
    b.throttlingBaseDelay = throttlingBaseDelay;
    b.maxDelay = maxDelay;
    b.quotaCapacity = quotaCapacity;
    b.retryCost = retryCost;
    b.random = random;
    b.retryWhenMaybeApplied = retryWhenMaybeApplied;
    return b;
  }

  /**
   * This policy, retrying only failures after which the request certainly did not take effect:
   * throttling and other errors DynamoDB rejected the request with, and connections that could not
   * be made. A timeout, a dropped connection or a 5xx after the request went out is not retried,
   * since the request may have been applied: use it for writes that must not apply twice, such as
   * an {@code ADD} to a counter without a condition.
   */
  public RetryPolicy onlyWhenNotApplied() {
    return toBuilder().retryWhenMaybeApplied(false).build();
  }

  /** Whether failures after which the request may have been applied are retried (the default). */
  public boolean retriesWhenMaybeApplied() {
    return retryWhenMaybeApplied;
  }

  /**
   * Whether the request may have taken effect on the server despite {@code failure}: true for a
   * timeout, a connection lost after the request was sent, a damaged response and a 5xx; false for
   * a 4xx error (DynamoDB rejected the request, throttling included) and for a request known not to
   * have been sent ({@link TransportException#isUnsent()}).
   */
  public static boolean mayHaveBeenApplied(Throwable failure) {
    if (failure instanceof DynamoServiceException) {
      return ((DynamoServiceException) failure).statusCode() >= 500;
    }
    if (failure instanceof TransportException) {
      return !((TransportException) failure).isUnsent();
    }
    return true;
  }

  /** The most attempts per call, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The base of the backoff for non-throttling errors. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The base of the backoff for throttling errors. */
  public Duration throttlingBaseDelay() {
    return throttlingBaseDelay;
  }

  /** The longest wait before one retry. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** The size of the retry quota in tokens; 0 disables the quota. */
  public int quotaCapacity() {
    return quotaCapacity;
  }

  /** The tokens one retry takes from the quota (twice as many after a timeout). */
  public int retryCost() {
    return retryCost;
  }

  /** Whether {@code failure} is worth retrying at all (the quota and attempt count aside). */
  public boolean isRetryable(Throwable failure) {
    if (!retryWhenMaybeApplied && mayHaveBeenApplied(failure)) {
      return false;
    }
    if (failure instanceof DynamoServiceException) {
      return ((DynamoServiceException) failure).isRetryable();
    }
    return failure instanceof TransportException && ((TransportException) failure).isRetryable();
  }

  /** Whether {@code failure} is throttling, which backs off from the longer base. */
  public boolean isThrottling(Throwable failure) {
    return failure instanceof DynamoServiceException
        && ((DynamoServiceException) failure).isThrottling();
  }

  /** The wait before retry number {@code retry} (1 for the first retry) after {@code failure}. */
  public Duration delayBefore(int retry, Throwable failure) {
    Duration base = isThrottling(failure) ? throttlingBaseDelay : baseDelay;
    long ceiling = base.toNanos();
    for (int i = 1; i < retry && ceiling < maxDelay.toNanos(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, maxDelay.toNanos());
    return Duration.ofNanos((long) (random.getAsDouble() * ceiling));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", base="
        + baseDelay
        + ", throttlingBase="
        + throttlingBaseDelay
        + ", max="
        + maxDelay
        + ", quota="
        + quotaCapacity
        + "/"
        + retryCost
        + (retryWhenMaybeApplied ? "" : ", onlyWhenNotApplied")
        + "]";
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration baseDelay = Duration.ofMillis(25);
    private Duration throttlingBaseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(20);
    private int quotaCapacity = 500;
    private int retryCost = 5;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private boolean retryWhenMaybeApplied = true;

    private Builder() {}

    /**
     * Whether to retry failures after which the request may have been applied (see {@link
     * RetryPolicy#onlyWhenNotApplied()}); true by default.
     */
    public Builder retryWhenMaybeApplied(boolean retry) {
      this.retryWhenMaybeApplied = retry;
      return this;
    }

    /** The most attempts per call, at least 1 (1 means no retries). */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 but is " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The backoff base for non-throttling errors. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /** The backoff base for throttling errors. */
    public Builder throttlingBaseDelay(Duration throttlingBaseDelay) {
      this.throttlingBaseDelay = nonNegative(throttlingBaseDelay, "throttlingBaseDelay");
      return this;
    }

    /** The longest wait before one retry. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /** The retry quota's size in tokens; 0 turns the quota off. */
    public Builder quotaCapacity(int quotaCapacity) {
      if (quotaCapacity < 0) {
        throw new IllegalArgumentException("quotaCapacity must not be negative");
      }
      this.quotaCapacity = quotaCapacity;
      return this;
    }

    /** The tokens one retry takes. */
    public Builder retryCost(int retryCost) {
      if (retryCost < 0) {
        throw new IllegalArgumentException("retryCost must not be negative");
      }
      this.retryCost = retryCost;
      return this;
    }

    /**
     * The source of jitter, numbers in {@code [0, 1)}; tests pass a constant to make waits
     * predictable.
     */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative but is " + d);
      }
      return d;
    }
  }
}
