package io.dynamo.sign.internal;

import io.dynamo.sign.AwsConfig;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.Environment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Credentials of a profile in the AWS profile files, found the way the AWS SDK for Java finds them,
 * in its order:
 *
 * <ol>
 *   <li>{@code role_arn} with {@code web_identity_token_file}: STS {@code
 *       AssumeRoleWithWebIdentity};
 *   <li>{@code sso_session} (with its {@code [sso-session]} section) or the legacy {@code
 *       sso_start_url}, with {@code sso_account_id} and {@code sso_role_name}: the SSO portal, with
 *       the token {@code aws sso login} cached;
 *   <li>{@code role_arn} with {@code source_profile} (whose credentials are found the same way, in
 *       chains of any length; a cycle is an error, except a profile naming itself, whose own keys
 *       are then used) or {@code credential_source} ({@code Environment}, {@code
 *       Ec2InstanceMetadata}, {@code EcsContainer}): STS {@code AssumeRole} signed with those
 *       credentials, with {@code external_id}, {@code role_session_name} and {@code
 *       duration_seconds}; {@code mfa_serial} is refused;
 *   <li>{@code credential_process}: the command's output ({@link ProcessProvider});
 *   <li>{@code aws_access_key_id}, {@code aws_secret_access_key} and {@code aws_session_token}.
 * </ol>
 *
 * <p>Not cached: wrap it in a {@link CachingProvider}, as the default chain does.
 */
public final class ProfileProvider implements CredentialsProvider {
  private final Supplier<Environment> env;
  private final String profileName;
  private final Clock clock;
  private final CredentialsHttp http;
  private final Duration localTimeout;
  private final Duration processTimeout;

  /**
   * Creates a provider.
   *
   * @param env the environment, supplied at each call
   * @param profileName the profile, or null for the one the environment selects
   */
  public ProfileProvider(Supplier<Environment> env, String profileName) {
    this(
        env,
        profileName,
        Clock.systemUTC(),
        Duration.ofSeconds(1),
        ProcessProvider.DEFAULT_TIMEOUT,
        Sts.TIMEOUT);
  }

  /**
   * Creates a provider with a clock (for signing STS calls and judging SSO tokens), the timeout of
   * the container and instance metadata endpoints ({@code credential_source}), and the time a
   * {@code credential_process} may run, and the timeout of STS and SSO portal exchanges.
   */
  public ProfileProvider(
      Supplier<Environment> env,
      String profileName,
      Clock clock,
      Duration localTimeout,
      Duration processTimeout,
      Duration remoteTimeout) {
    this.http = new CredentialsHttp(remoteTimeout);
    this.env = env;
    this.profileName = profileName;
    this.clock = clock;
    this.localTimeout = localTimeout;
    this.processTimeout = processTimeout;
  }

  @Override
  public Credentials resolve() {
    Environment e = env.get();
    String name = profileName != null ? profileName : ProfileFiles.selectedProfile(e);
    String how = profileName != null ? "requested explicitly" : ProfileFiles.selection(e);
    ProfileFiles files = ProfileFiles.load(e);
    if (files.filesRead().isEmpty()) {
      throw new CredentialsException(
          "Profile '"
              + name
              + "' ("
              + how
              + "): no AWS profile file found; tried "
              + files.describeFiles()
              + ". Create one with `aws configure`, or set"
              + " AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE");
    }
    Map<String, String> p = profile(files, name, how);
    return credentials(e, AwsConfig.of(e), files, name, p, new LinkedHashSet<>());
  }

  private static Map<String, String> profile(ProfileFiles files, String name, String how) {
    return files
        .profile(name)
        .orElseThrow(
            () ->
                new CredentialsException(
                    "Profile '"
                        + name
                        + "' ("
                        + how
                        + ") not found in "
                        + files.filesRead()
                        + "; profiles there: "
                        + files.profileNames()
                        + ". Add a ["
                        + name
                        + "] section to the credentials file ([profile "
                        + name
                        + "] in the config"
                        + " file), or set AWS_PROFILE to one of the profiles listed"));
  }

  private Credentials credentials(
      Environment e,
      AwsConfig config,
      ProfileFiles files,
      String name,
      Map<String, String> p,
      Set<String> chain) {
    chain.add(name);
    String where = "Profile '" + name + "' in " + files.filesRead();
    if (has(p, "role_arn") && has(p, "web_identity_token_file")) {
      return WebIdentityProvider.fetch(
          new Sts(http, clock),
          config,
          expandHome(p.get("web_identity_token_file"), e.home()),
          p.get("role_arn").strip(),
          sessionName(p));
    }
    if (has(p, "sso_session")
        || has(p, "sso_start_url")
        || has(p, "sso_account_id")
        || has(p, "sso_role_name")) {
      return new Sso(http, clock).resolve(config, files, name, p, e.home());
    }
    if (has(p, "role_arn")) {
      return assumeRole(e, config, files, name, p, chain, where);
    }
    if (has(p, "credential_process")) {
      return new ProcessProvider(
              p.get("credential_process").strip(),
              processTimeout,
              "credential_process of profile '" + name + "'")
          .resolve();
    }
    if (p.containsKey("login_session")) {
      throw new CredentialsException(
          where
              + " uses login_session, which this client does not support; export temporary keys"
              + " (for example with `aws configure export-credentials --profile "
              + name
              + " --format env`)");
    }
    return staticKeys(p, where);
  }

  private Credentials assumeRole(
      Environment e,
      AwsConfig config,
      ProfileFiles files,
      String name,
      Map<String, String> p,
      Set<String> chain,
      String where) {
    if (has(p, "mfa_serial")) {
      throw new CredentialsException(
          where
              + " sets mfa_serial: assuming a role with an MFA code needs a person to type it,"
              + " which this client cannot ask for; use `aws sts assume-role` (or `aws configure"
              + " export-credentials`) and pass the temporary keys, or remove mfa_serial");
    }
    boolean hasSource = has(p, "source_profile");
    boolean hasCredentialSource = has(p, "credential_source");
    if (hasSource && hasCredentialSource) {
      throw new CredentialsException(
          where + " sets both source_profile and credential_source; keep one");
    }
    Credentials source;
    if (hasSource) {
      String sourceName = p.get("source_profile").strip();
      if (sourceName.equals(name)) {
        source = staticKeys(p, where + " (its own source_profile)");
      } else if (chain.contains(sourceName)) {
        throw new CredentialsException(
            where
                + ": source_profile makes a cycle: "
                + String.join(" -> ", chain)
                + " -> "
                + sourceName);
      } else {
        Map<String, String> sp = profile(files, sourceName, "source_profile of '" + name + "'");
        source = credentials(e, config, files, sourceName, sp, chain);
      }
    } else if (hasCredentialSource) {
      String cs = p.get("credential_source").strip();
      Supplier<Environment> fixed = () -> e;
      switch (cs) {
        case "Environment":
          source = new EnvironmentProvider(fixed).resolve();
          break;
        case "Ec2InstanceMetadata":
          source = new InstanceMetadataProvider(fixed, localTimeout).resolve();
          break;
        case "EcsContainer":
          source = new ContainerProvider(fixed, localTimeout).resolve();
          break;
        default:
          throw new CredentialsException(
              where
                  + " has credential_source '"
                  + Sts.printable(cs, 40)
                  + "'; it must be Environment, Ec2InstanceMetadata or EcsContainer");
      }
    } else {
      throw new CredentialsException(
          where
              + " sets role_arn without source_profile, credential_source or"
              + " web_identity_token_file; add one to say whose credentials assume the role");
    }
    Integer duration = null;
    if (has(p, "duration_seconds")) {
      try {
        duration = Integer.valueOf(p.get("duration_seconds").strip());
      } catch (NumberFormatException ex) {
        throw new CredentialsException(where + ": duration_seconds is not a whole number");
      }
      if (duration < 900 || duration > 43_200) {
        throw new CredentialsException(
            where + ": duration_seconds must be 900 to 43200 but is " + duration);
      }
    }
    return new Sts(http, clock)
        .assumeRole(
            config,
            source,
            p.get("role_arn").strip(),
            sessionName(p),
            has(p, "external_id") ? p.get("external_id").strip() : null,
            duration);
  }

  private static String sessionName(Map<String, String> p) {
    return has(p, "role_session_name")
        ? p.get("role_session_name").strip()
        : WebIdentityProvider.defaultSessionName();
  }

  private static Credentials staticKeys(Map<String, String> p, String where) {
    String id = p.get("aws_access_key_id");
    String secret = p.get("aws_secret_access_key");
    boolean hasId = id != null && !id.isBlank();
    boolean hasSecret = secret != null && !secret.isBlank();
    if (!hasId || !hasSecret) {
      throw new CredentialsException(
          where
              + " has "
              + (hasId
                  ? "aws_access_key_id but no aws_secret_access_key"
                  : hasSecret
                      ? "aws_secret_access_key but no aws_access_key_id"
                      : "neither aws_access_key_id nor aws_secret_access_key")
              + "; add the missing key to the profile");
    }
    return Credentials.of(id, secret, p.get("aws_session_token"));
  }

  private static boolean has(Map<String, String> p, String key) {
    String v = p.get(key);
    return v != null && !v.isBlank();
  }

  private static Path expandHome(String path, Path home) {
    String s = path.strip();
    if (s.equals("~")) {
      return home;
    }
    if (s.startsWith("~/") || s.startsWith("~" + java.io.File.separator)) {
      return home.resolve(s.substring(2));
    }
    return Path.of(s);
  }

  @Override
  public String toString() {
    return profileName == null ? "profile files" : "profile files (profile '" + profileName + "')";
  }
}
