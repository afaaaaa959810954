package io.dynamo.sign;

import io.dynamo.sign.internal.ProfileFileParser;
import io.dynamo.sign.internal.ProfileFiles;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared AWS configuration of an environment, read as the AWS SDK for Java 2.x reads it: each
 * setting from a system property first, then an environment variable, then a key of the selected
 * profile in {@code ~/.aws/config} (or the credentials file).
 *
 * <p>The profile is {@code aws.profile}, else {@code AWS_PROFILE}, else {@code default}; the files
 * are found as {@link Environment} and {@link CredentialsProviders#profile()} describe. Each
 * setting comes back with where it was found, for messages. {@link #endpointUrl} follows the SDK's
 * order for service endpoints, {@code [services name]} sections included, and {@link
 * #warnUnsupported()} names the settings of the SDK this client does not apply, once each.
 *
 * <p>Immutable and thread-safe; it reads the files once, when made.
 */
public final class AwsConfig {
  private static final System.Logger LOG = System.getLogger("io.dynamo.sign.config");
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  /**
   * Settings the AWS SDK reads that this client does not apply: system property, variable, profile
   * key, and what the client does instead.
   */
  private static final String[][] UNSUPPORTED = {
    {
      "aws.defaultsMode",
      "AWS_DEFAULTS_MODE",
      "defaults_mode",
      "the client's own timeouts apply; set them on the builder"
    },
    {
      "aws.accountIdEndpointMode",
      "AWS_ACCOUNT_ID_ENDPOINT_MODE",
      "account_id_endpoint_mode",
      "requests go to the regional endpoint, never to an account-based one"
    },
    {
      "aws.endpointDiscoveryEnabled",
      "AWS_ENDPOINT_DISCOVERY_ENABLED",
      "endpoint_discovery_enabled",
      "endpoints are never discovered"
    },
    {
      "aws.userAgentAppId", "AWS_SDK_UA_APP_ID", "sdk_ua_app_id", "use builder.userAgentSuffix(...)"
    },
    {null, "AWS_METADATA_SERVICE_TIMEOUT", "metadata_service_timeout", "the timeout is 1 s"},
    {
      null,
      "AWS_METADATA_SERVICE_NUM_ATTEMPTS",
      "metadata_service_num_attempts",
      "instance metadata is asked once per refresh"
    },
  };

  /** A setting's value and where it was found, such as {@code AWS_MAX_ATTEMPTS}. */
  public record Setting(String value, String source) {
    /** Checks for nulls. */
    public Setting {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
    }

    /**
     * Returns the value as a boolean: {@code true} or {@code false} in any case.
     *
     * @throws IllegalArgumentException naming the source for any other value
     */
    public boolean asBoolean() {
      if (value.equalsIgnoreCase("true")) {
        return true;
      }
      if (value.equalsIgnoreCase("false")) {
        return false;
      }
      throw new IllegalArgumentException(
          source + " must be true or false but is '" + printable(value) + "'");
    }

    /**
     * Returns the value as a positive integer.
     *
     * @throws IllegalArgumentException naming the source for any other value
     */
    public int asPositiveInt() {
      try {
        int n = Integer.parseInt(value.trim());
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          source + " must be a positive whole number but is '" + printable(value) + "'");
    }
  }

  private final Environment env;
  private final String profileName;
  private final Map<String, String> profile;
  private final ProfileFiles files;

  private AwsConfig(Environment env) {
    this.env = env;
    this.profileName = ProfileFiles.selectedProfile(env);
    this.files = ProfileFiles.load(env);
    this.profile = files.profile(profileName).orElse(Map.of());
  }

  /**
   * Reads the configuration of an environment.
   *
   * @throws CredentialsException if a profile file exists but cannot be read
   */
  public static AwsConfig of(Environment env) {
    return new AwsConfig(Objects.requireNonNull(env, "env"));
  }

  /** Returns the environment this configuration was read from. */
  public Environment environment() {
    return env;
  }

  /** Returns the selected profile's name. */
  public String profileName() {
    return profileName;
  }

  /** Returns a key of the selected profile, if set and not blank. */
  public Optional<Setting> profileValue(String key) {
    String v = profile.get(key);
    return v == null || v.isBlank()
        ? Optional.empty()
        : Optional.of(new Setting(v.strip(), "profile '" + profileName + "' key " + key));
  }

  /**
   * Returns a setting: the system property, else the variable, else the profile key; any of the
   * three may be null when the setting has no such form.
   */
  public Optional<Setting> setting(String systemProperty, String variable, String profileKey) {
    if (systemProperty != null) {
      Optional<String> v = env.property(systemProperty);
      if (v.isPresent()) {
        return Optional.of(new Setting(v.get(), "system property " + systemProperty));
      }
    }
    if (variable != null) {
      Optional<String> v = env.variable(variable);
      if (v.isPresent()) {
        return Optional.of(new Setting(v.get(), variable));
      }
    }
    return profileKey == null ? Optional.empty() : profileValue(profileKey);
  }

  /**
   * Returns the region: {@code aws.region}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION} (which
   * the AWS CLI reads), the profile's {@code region}.
   */
  public Optional<Setting> region() {
    return setting("aws.region", "AWS_REGION", null)
        .or(() -> setting(null, "AWS_DEFAULT_REGION", "region"));
  }

  /**
   * Returns {@code aws.maxAttempts}, {@code AWS_MAX_ATTEMPTS} or the profile's {@code
   * max_attempts}.
   */
  public Optional<Setting> maxAttempts() {
    return setting("aws.maxAttempts", "AWS_MAX_ATTEMPTS", "max_attempts");
  }

  /**
   * Returns {@code AWS_CA_BUNDLE} or the profile's {@code ca_bundle}: the file of PEM certificates
   * that TLS connections trust, as the AWS CLI reads it.
   */
  public Optional<Setting> caBundle() {
    return setting(null, "AWS_CA_BUNDLE", "ca_bundle");
  }

  /** Returns {@code aws.retryMode}, {@code AWS_RETRY_MODE} or the profile's {@code retry_mode}. */
  public Optional<Setting> retryMode() {
    return setting("aws.retryMode", "AWS_RETRY_MODE", "retry_mode");
  }

  /**
   * Returns {@code aws.useFipsEndpoint}, {@code AWS_USE_FIPS_ENDPOINT} or the profile's {@code
   * use_fips_endpoint}.
   */
  public Optional<Setting> useFipsEndpoint() {
    return setting("aws.useFipsEndpoint", "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint");
  }

  /**
   * Returns {@code aws.useDualstackEndpoint}, {@code AWS_USE_DUALSTACK_ENDPOINT} or the profile's
   * {@code use_dualstack_endpoint}.
   */
  public Optional<Setting> useDualstackEndpoint() {
    return setting(
        "aws.useDualstackEndpoint", "AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint");
  }

  /**
   * Whether configured endpoint URLs are to be ignored: {@code aws.ignoreConfiguredEndpointUrls},
   * {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} or the profile's {@code
   * ignore_configured_endpoint_urls}; false when unset.
   *
   * @throws IllegalArgumentException if the value is neither true nor false
   */
  public boolean ignoreConfiguredEndpointUrls() {
    return setting(
            "aws.ignoreConfiguredEndpointUrls",
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
            "ignore_configured_endpoint_urls")
        .map(Setting::asBoolean)
        .orElse(false);
  }

  /**
   * Returns the endpoint URL configured for a service, in the AWS SDK's order: the service's system
   * property ({@code aws.endpointUrlDynamoDb}, {@code aws.endpointUrlSts}, {@code
   * aws.endpointUrlSso}), {@code aws.endpointUrl}, the service's variable ({@code
   * AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL_SSO}), {@code
   * AWS_ENDPOINT_URL}, the service's {@code endpoint_url} in the {@code [services name]} section
   * the profile's {@code services} key names, the profile's {@code endpoint_url}. Nothing when
   * {@link #ignoreConfiguredEndpointUrls()}.
   *
   * @param service the service's key: {@code dynamodb}, {@code sts}, {@code sso}, or another
   *     service's profile key
   */
  public Optional<Setting> endpointUrl(String service) {
    if (ignoreConfiguredEndpointUrls()) {
      return Optional.empty();
    }
    String key = service.toLowerCase(Locale.ROOT);
    String variable = "AWS_ENDPOINT_URL_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    Optional<Setting> found =
        setting("aws.endpointUrl" + propertySuffix(key), null, null)
            .or(() -> setting("aws.endpointUrl", null, null))
            .or(() -> setting(null, variable, null))
            .or(() -> setting(null, "AWS_ENDPOINT_URL", null));
    if (found.isPresent()) {
      return found;
    }
    Optional<Setting> services = profileValue("services");
    if (services.isPresent()) {
      String section = services.get().value();
      String url =
          files
              .section(ProfileFileParser.SERVICES, section)
              .map(s -> s.get(key + ".endpoint_url"))
              .filter(v -> !v.isBlank())
              .orElse(null);
      if (url != null) {
        return Optional.of(
            new Setting(
                url.strip(),
                "[services "
                    + section
                    + "] "
                    + key
                    + ".endpoint_url of profile '"
                    + profileName
                    + "'"));
      }
    }
    return profileValue("endpoint_url");
  }

  private static String propertySuffix(String key) {
    switch (key) {
      case "dynamodb":
        return "DynamoDb";
      default:
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
  }

  /**
   * Returns the settings of the AWS SDK that are set here but that this client does not apply, each
   * naming where it was found and what the client does instead.
   */
  public List<String> unsupported() {
    List<String> out = new ArrayList<>();
    for (String[] u : UNSUPPORTED) {
      setting(u[0], u[1], u[2])
          .ifPresent(s -> out.add(s.source() + " is not supported by this client: " + u[3]));
    }
    setting("aws.stsRegionalEndpoints", "AWS_STS_REGIONAL_ENDPOINTS", "sts_regional_endpoints")
        .filter(s -> s.value().equalsIgnoreCase("legacy"))
        .ifPresent(
            s ->
                out.add(
                    s.source()
                        + " is 'legacy', which this client does not support: STS is called at"
                        + " its regional endpoint"));
    return out;
  }

  /** Logs each of {@link #unsupported()} as a warning, once per JVM. */
  public void warnUnsupported() {
    for (String message : unsupported()) {
      warnOnce(message);
    }
  }

  /** Logs a warning about configuration once per JVM. */
  public static void warnOnce(String message) {
    if (WARNED.add(message)) {
      LOG.log(Level.WARNING, message);
    }
  }

  /** Forgets the warnings given, for tests. */
  static void forgetWarnings() {
    WARNED.clear();
  }

  private static String printable(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }

  /** Shows the profile's name and the files read, never a value. */
  @Override
  public String toString() {
    return "AwsConfig[profile=" + profileName + ", files=" + files.filesRead() + "]";
  }
}
