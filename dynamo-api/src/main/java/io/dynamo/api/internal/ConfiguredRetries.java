package io.dynamo.api.internal;

import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.internal.build.Require;
import io.dynamo.sign.AwsConfig;
import java.util.Locale;
import java.util.Optional;

/**
 * The retry policy the AWS configuration asks for, when the builder was given none: {@code
 * retry_mode} ({@code aws.retryMode}, {@code AWS_RETRY_MODE}) and {@code max_attempts} ({@code
 * aws.maxAttempts}, {@code AWS_MAX_ATTEMPTS}).
 *
 * <ul>
 *   <li>{@code standard}: {@link RetryPolicy#standard()};
 *   <li>{@code legacy}: the same backoff and quota with 4 attempts, the AWS SDKs' legacy count (3
 *       retries). The client has one retry algorithm, so legacy's other differences (its backoff
 *       bases and its quota costs) are not reproduced;
 *   <li>{@code adaptive}: the standard policy, with a warning: the client has no client-side rate
 *       limiter;
 *   <li>{@code max_attempts}, when set, replaces the mode's count of attempts.
 * </ul>
 */
public final class ConfiguredRetries {
  static final int LEGACY_MAX_ATTEMPTS = 4;

  private ConfiguredRetries() {}

  /** Returns the configured policy, or the standard one when nothing is configured. */
  public static RetryPolicy resolve(AwsConfig config) {
    RetryPolicy policy = RetryPolicy.standard();
    Optional<AwsConfig.Setting> mode = config.retryMode();
    if (mode.isPresent()) {
      String m = mode.get().value().toLowerCase(Locale.ROOT);
      switch (m) {
        case "standard":
          break;
        case "legacy":
          policy = policy.toBuilder().maxAttempts(LEGACY_MAX_ATTEMPTS).build();
          break;
        case "adaptive":
          AwsConfig.warnOnce(
              mode.get().source()
                  + " is 'adaptive', which this client does not support (it has no client-side"
                  + " rate limiter); retrying as in 'standard' mode");
          break;
        default:
          throw new InvalidRequestException(
              mode.get().source(),
              "retry mode must be standard, legacy or adaptive but is "
                  + Require.quote(mode.get().value()));
      }
    }
    Optional<AwsConfig.Setting> attempts = config.maxAttempts();
    if (attempts.isPresent()) {
      int n;
      try {
        n = attempts.get().asPositiveInt();
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(
            attempts.get().source(),
            "max attempts must be a whole number, 1 or more, but is "
                + Require.quote(attempts.get().value()));
      }
      policy = policy.toBuilder().maxAttempts(n).build();
    }
    return policy;
  }
}
