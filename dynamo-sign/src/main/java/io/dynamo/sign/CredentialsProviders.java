package io.dynamo.sign;

import io.dynamo.sign.internal.CachingProvider;
import io.dynamo.sign.internal.ChainProvider;
import io.dynamo.sign.internal.ContainerProvider;
import io.dynamo.sign.internal.EnvironmentProvider;
import io.dynamo.sign.internal.InstanceMetadataProvider;
import io.dynamo.sign.internal.ProcessProvider;
import io.dynamo.sign.internal.ProfileProvider;
import io.dynamo.sign.internal.StaticProvider;
import io.dynamo.sign.internal.SystemPropertiesProvider;
import io.dynamo.sign.internal.WebIdentityProvider;
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

  /** The whole-exchange timeout of STS and of the SSO portal. */
  public static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(10);

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
   * The profile files: the profile named by {@code aws.profile} (or {@code AWS_PROFILE}, else
   * {@code default}) in {@code ~/.aws/credentials} ({@code aws.sharedCredentialsFile}, {@code
   * AWS_SHARED_CREDENTIALS_FILE}) and {@code ~/.aws/config} ({@code aws.configFile}, {@code
   * AWS_CONFIG_FILE}, sections {@code [profile name]}); the credentials file wins where both set a
   * key. As in the AWS SDK for Java, in this order: a role with a web identity token file ({@code
   * role_arn}, {@code web_identity_token_file}), IAM Identity Center ({@code sso_session} or {@code
   * sso_start_url}, {@code sso_account_id}, {@code sso_role_name}, with the token {@code aws sso
   * login} cached), a role assumed with another profile's credentials or with those of the
   * environment, a container or the EC2 instance ({@code role_arn} with {@code source_profile} or
   * {@code credential_source}; {@code external_id}, {@code role_session_name}, {@code
   * duration_seconds}), a command ({@code credential_process}), keys ({@code aws_access_key_id},
   * {@code aws_secret_access_key}, {@code aws_session_token}). STS is called at its regional
   * endpoint, or at the one configured for it ({@code AWS_ENDPOINT_URL_STS}; the SSO portal: {@code
   * AWS_ENDPOINT_URL_SSO}).
   *
   * <p>Not cached: each call reads the files again (and may call STS); wrap it in {@link #caching}
   * for profiles that assume roles, as {@link #defaultChain()} does.
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
   * A role assumed with a web identity token (EKS IAM roles for service accounts): the token file
   * of {@code aws.webIdentityTokenFile} or {@code AWS_WEB_IDENTITY_TOKEN_FILE}, the role of {@code
   * aws.roleArn} or {@code AWS_ROLE_ARN}, the session name of {@code aws.roleSessionName} or {@code
   * AWS_ROLE_SESSION_NAME}, exchanged by STS {@code AssumeRoleWithWebIdentity} at the regional STS
   * endpoint (or {@code AWS_ENDPOINT_URL_STS}); {@linkplain #caching cached}, refreshed before the
   * credentials expire.
   */
  public static CredentialsProvider webIdentity() {
    return caching(new WebIdentityProvider(SYSTEM, Clock.systemUTC()));
  }

  /** The same, in an environment. */
  public static CredentialsProvider webIdentity(Environment env) {
    return caching(new WebIdentityProvider(fixed(env), Clock.systemUTC()));
  }

  /**
   * The credentials a command prints, as a profile's {@code credential_process} runs it: through
   * {@code sh -c} ({@code cmd.exe /C} on Windows), killed after {@code timeout}, at most 64,000
   * bytes of output in the AWS CLI's JSON ({@code Version} 1, {@code AccessKeyId}, {@code
   * SecretAccessKey}, {@code SessionToken}, {@code Expiration}); its standard error is discarded.
   * {@linkplain #caching Cached}, run again before the credentials expire.
   */
  public static CredentialsProvider process(String command, Duration timeout) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(timeout, "timeout");
    return caching(new ProcessProvider(command, timeout, "a credentials command"));
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
   * The default chain, in the order of the AWS SDK for Java: system properties, environment
   * variables, web identity token file, profile files (with roles, SSO and credential processes),
   * container endpoint, EC2 instance metadata; {@linkplain #caching cached} (temporary credentials
   * are refreshed 5 minutes before they expire), a failure to find any for 5 seconds. Reads this
   * JVM's environment.
   */
  public static CredentialsProvider defaultChain() {
    return defaultChain(SYSTEM, Clock.systemUTC());
  }

  /** The default chain in an environment, cached with the system clock. */
  public static CredentialsProvider defaultChain(Environment env) {
    return defaultChain(fixed(env), Clock.systemUTC());
  }

  /**
   * The default chain in an environment, reading the time from {@code clock}: for caching, signing
   * STS calls and judging SSO tokens (for tests).
   */
  public static CredentialsProvider defaultChain(Environment env, Clock clock) {
    return defaultChain(fixed(env), Objects.requireNonNull(clock, "clock"));
  }

  private static CredentialsProvider defaultChain(Supplier<Environment> env, Clock clock) {
    return caching(
        new ChainProvider(
            List.of(
                new SystemPropertiesProvider(env),
                new EnvironmentProvider(env),
                new WebIdentityProvider(env, clock),
                new ProfileProvider(
                    env,
                    null,
                    clock,
                    DEFAULT_HTTP_TIMEOUT,
                    ProcessProvider.DEFAULT_TIMEOUT,
                    REMOTE_TIMEOUT),
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
