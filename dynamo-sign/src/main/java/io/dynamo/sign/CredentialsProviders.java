package io.dynamo.sign;

import io.dynamo.sign.internal.CachingProvider;
import io.dynamo.sign.internal.ChainProvider;
import io.dynamo.sign.internal.ContainerProvider;
import io.dynamo.sign.internal.EnvironmentProvider;
import io.dynamo.sign.internal.InstanceMetadataProvider;
import io.dynamo.sign.internal.ProfileProvider;
import io.dynamo.sign.internal.StaticProvider;
import io.dynamo.sign.internal.SystemPropertiesProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Factories of {@link CredentialsProvider}s, one per source, plus the chain and the cache.
 *
 * <p>The methods without an {@link Environment} read this JVM's environment at each call; the ones
 * with one read only what they are given (tests, embedding applications). Every provider is
 * thread-safe, and throws {@link CredentialsException} saying what it looked for when it finds
 * nothing.
 */
public final class CredentialsProviders {
  /** The connect and response timeout of the container and instance metadata endpoints. */
  public static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(1);

  /**
   * This JVM's environment, read at each call but only the entries credential providers look at
   * (names starting with {@code AWS_} or {@code aws.}), so that an uncached provider stays cheap.
   */
  private static final Supplier<Environment> SYSTEM = Environment::systemAws;

  private CredentialsProviders() {}

  /** Always these credentials. */
  public static CredentialsProvider of(Credentials credentials) {
    return new StaticProvider(credentials);
  }

  /**
   * System properties {@code aws.accessKeyId}, {@code aws.secretAccessKey}, {@code
   * aws.sessionToken}.
   */
  public static CredentialsProvider systemProperties() {
    return new SystemPropertiesProvider(SYSTEM);
  }

  /** The same, from an environment's properties. */
  public static CredentialsProvider systemProperties(Environment env) {
    return new SystemPropertiesProvider(fixed(env));
  }

  /**
   * Variables {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}.
   */
  public static CredentialsProvider environment() {
    return new EnvironmentProvider(SYSTEM);
  }

  /** The same, from an environment's variables. */
  public static CredentialsProvider environment(Environment env) {
    return new EnvironmentProvider(fixed(env));
  }

  /**
   * The profile files: {@code aws_access_key_id}, {@code aws_secret_access_key} and {@code
   * aws_session_token} of the profile named by {@code AWS_PROFILE} (or {@code aws.profile}, else
   * {@code default}) in {@code ~/.aws/credentials} ({@code AWS_SHARED_CREDENTIALS_FILE}) and {@code
   * ~/.aws/config} ({@code AWS_CONFIG_FILE}, sections {@code [profile name]}). The credentials file
   * wins where both set a key. Profiles that assume roles, use SSO or a credential process are
   * reported as unsupported.
   */
  public static CredentialsProvider profile() {
    return new ProfileProvider(SYSTEM, null);
  }

  /** The same, in an environment. */
  public static CredentialsProvider profile(Environment env) {
    return new ProfileProvider(fixed(env), null);
  }

  /** A named profile, whatever {@code AWS_PROFILE} says. */
  public static CredentialsProvider profile(Environment env, String profileName) {
    Objects.requireNonNull(profileName, "profileName");
    return new ProfileProvider(fixed(env), profileName);
  }

  /**
   * The container credentials endpoint (ECS, EKS Pod Identity, Lambda including SnapStart): {@code
   * AWS_CONTAINER_CREDENTIALS_RELATIVE_URI} or {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}, with
   * {@code AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE} or {@code AWS_CONTAINER_AUTHORIZATION_TOKEN} as
   * the {@code Authorization} header. Times out after {@link #DEFAULT_HTTP_TIMEOUT}.
   */
  public static CredentialsProvider container() {
    return new ContainerProvider(SYSTEM, DEFAULT_HTTP_TIMEOUT);
  }

  /** The same, in an environment. */
  public static CredentialsProvider container(Environment env) {
    return new ContainerProvider(fixed(env), DEFAULT_HTTP_TIMEOUT);
  }

  /** The same, with a timeout for connecting and another for the response. */
  public static CredentialsProvider container(Environment env, Duration timeout) {
    return new ContainerProvider(fixed(env), timeout);
  }

  /**
   * The EC2 instance metadata service, IMDSv2 (session token first). Off when {@code
   * AWS_EC2_METADATA_DISABLED=true}; {@code AWS_EC2_METADATA_SERVICE_ENDPOINT} moves it. Times out
   * after {@link #DEFAULT_HTTP_TIMEOUT}.
   */
  public static CredentialsProvider instanceMetadata() {
    return new InstanceMetadataProvider(SYSTEM, DEFAULT_HTTP_TIMEOUT);
  }

  /** The same, in an environment. */
  public static CredentialsProvider instanceMetadata(Environment env) {
    return new InstanceMetadataProvider(fixed(env), DEFAULT_HTTP_TIMEOUT);
  }

  /** The same, with a timeout for connecting and another for each response. */
  public static CredentialsProvider instanceMetadata(Environment env, Duration timeout) {
    return new InstanceMetadataProvider(fixed(env), timeout);
  }

  /** Tries providers in order; the first that has credentials wins. Not cached. */
  public static CredentialsProvider chain(List<CredentialsProvider> providers) {
    return new ChainProvider(providers);
  }

  /** Tries providers in order; the first that has credentials wins. Not cached. */
  public static CredentialsProvider chain(CredentialsProvider... providers) {
    return new ChainProvider(List.of(providers));
  }

  /**
   * The default chain, in the AWS order: system properties, environment variables, profile files,
   * container endpoint, EC2 instance metadata; {@linkplain #caching cached}, a failure to find any
   * for 5 seconds. Reads this JVM's environment.
   */
  public static CredentialsProvider defaultChain() {
    return defaultChain(SYSTEM, Clock.systemUTC());
  }

  /** The default chain in an environment, cached with the system clock. */
  public static CredentialsProvider defaultChain(Environment env) {
    return defaultChain(fixed(env), Clock.systemUTC());
  }

  private static CredentialsProvider defaultChain(Supplier<Environment> env, Clock clock) {
    return caching(
        new ChainProvider(
            List.of(
                new SystemPropertiesProvider(env),
                new EnvironmentProvider(env),
                new ProfileProvider(env, null),
                new ContainerProvider(env, DEFAULT_HTTP_TIMEOUT),
                new InstanceMetadataProvider(env, DEFAULT_HTTP_TIMEOUT))),
        clock);
  }

  /**
   * Caches a provider's credentials: for good when they have no expiry, else until 5 minutes before
   * it, when one caller refreshes them while the others go on with the cached ones. Within a minute
   * of expiry, callers wait for the refresh. At most one thread calls {@code provider} at a time.
   *
   * <p>A failure is cached briefly too: callers waiting for a call that fails get its failure, and
   * for 5 seconds after it no new call is made (callers needing credentials get the same failure,
   * and a refresh ahead of expiry is not tried again), so that an environment without credentials,
   * or a credentials endpoint that is down, costs one walk of the chain per 5 seconds rather than
   * one per request.
   */
  public static CredentialsProvider caching(CredentialsProvider provider) {
    return new CachingProvider(provider, Clock.systemUTC());
  }

  /** The same, reading the time from {@code clock}. */
  public static CredentialsProvider caching(CredentialsProvider provider, Clock clock) {
    return new CachingProvider(provider, clock);
  }

  private static Supplier<Environment> fixed(Environment env) {
    Objects.requireNonNull(env, "env");
    return () -> env;
  }
}
