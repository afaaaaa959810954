package io.dynamo.api;

import io.dynamo.api.call.CallListener;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.call.RequestValidator;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.internal.CaBundle;
import io.dynamo.api.internal.ConfiguredRetries;
import io.dynamo.api.internal.Endpoints;
import io.dynamo.api.internal.Pipeline;
import io.dynamo.api.internal.SkewClock;
import io.dynamo.api.internal.Telemetry;
import io.dynamo.api.internal.Transports;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.internal.json.JacksonVersion;
import io.dynamo.sign.Auth;
import io.dynamo.sign.AwsConfig;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.CredentialsProviders;
import io.dynamo.sign.Environment;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.RequestSigner;
import io.dynamo.sign.SigningException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Configures a {@link DynamoClient}. Every setting has a default, read as the AWS SDK for Java 2.x
 * reads it ({@link AwsConfig}): what the builder is told first, then system properties, then
 * environment variables, then the selected profile of {@code ~/.aws/config}:
 *
 * <ul>
 *   <li>region: {@code aws.region}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile's
 *       {@code region}; with an explicit endpoint and none of those, {@code us-east-1};
 *   <li>endpoint: {@code aws.endpointUrlDynamoDb}, {@code aws.endpointUrl}, {@code
 *       AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL}, the profile's {@code [services]}
 *       section's {@code dynamodb.endpoint_url}, the profile's {@code endpoint_url} (none of them
 *       when {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} or {@code ignore_configured_endpoint_urls}
 *       is true), else the region's: {@code https://dynamodb.<region>.amazonaws.com}, {@code
 *       dynamodb-fips.<region>.amazonaws.com} with {@link #useFipsEndpoint} ({@code
 *       AWS_USE_FIPS_ENDPOINT}, {@code use_fips_endpoint}), {@code dynamodb.<region>.api.aws} with
 *       {@link #useDualstackEndpoint} ({@code AWS_USE_DUALSTACK_ENDPOINT}, {@code
 *       use_dualstack_endpoint}); an endpoint may have a path;
 *   <li>authentication: SigV4 with the default credentials chain (system properties, environment,
 *       web identity, profile files, container, EC2 instance metadata);
 *   <li>transport: the one named by {@code -Dio.dynamo.transport}, else the discovered one with the
 *       highest priority;
 *   <li>timeouts: connect 2 s, attempt 10 s, whole call (retries included) 30 s;
 *   <li>retries: {@link RetryPolicy#standard()}, or as {@code retry_mode} and {@code max_attempts}
 *       ({@code AWS_RETRY_MODE}, {@code AWS_MAX_ATTEMPTS}) say: {@code legacy} makes 4 attempts,
 *       {@code adaptive} is retried as {@code standard} with a warning.
 * </ul>
 *
 * <p>Settings of the AWS SDK that the client does not apply ({@code AWS_DEFAULTS_MODE}, {@code
 * account_id_endpoint_mode}, ...) are named in a warning, once.
 *
 * <p>Not thread-safe; the client it builds is.
 */
public final class DynamoClientBuilder {
  static final String VERSION = "0.1.0";
  private static final Duration FOREVER = Duration.ofDays(36_500);

  private String region;
  private URI endpoint;
  private Auth auth;
  private Transport transport;
  private Duration connectTimeout = TransportOptions.DEFAULT_CONNECT_TIMEOUT;
  private int maxConnections = TransportOptions.DEFAULT_MAX_CONNECTIONS;
  private SSLContext sslContext;
  private long maxResponseBytes = TransportOptions.DEFAULT_MAX_RESPONSE_BYTES;
  private HttpProxy proxy;
  private Duration attemptTimeout = Duration.ofSeconds(10);
  private Duration callTimeout = Duration.ofSeconds(30);
  private RetryPolicy retryPolicy;
  private Boolean useFips;
  private Boolean useDualstack;
  private final List<Interceptor> interceptors = new ArrayList<>();
  private final List<CallListener<?>> listeners = new ArrayList<>();
  private boolean wireLog = Boolean.getBoolean("io.dynamo.wireLog");
  private String userAgentSuffix;
  private CodecRegistry codecs = CodecRegistry.defaults();
  private Environment environment;
  private Clock clock = Clock.systemUTC();
  private RequestValidator validation;

  DynamoClientBuilder() {}

  /** The AWS region, such as {@code eu-west-1}; also the region requests are signed for. */
  public DynamoClientBuilder region(String region) {
    if (region == null || region.isBlank()) {
      throw new InvalidRequestException("region", "region is empty; give one such as us-east-1");
    }
    this.region = region.trim();
    return this;
  }

  /** The endpoint URL, such as {@code http://127.0.0.1:8000}; it may have a path. */
  public DynamoClientBuilder endpoint(String endpoint) {
    this.endpoint = Endpoints.parse(endpoint, "endpoint");
    return this;
  }

  /** The endpoint URL; it may have a path. */
  public DynamoClientBuilder endpoint(URI endpoint) {
    this.endpoint = Endpoints.check(Objects.requireNonNull(endpoint, "endpoint"), "endpoint");
    return this;
  }

  /**
   * Whether to use the region's FIPS endpoint ({@code dynamodb-fips.<region>...}); by default as
   * {@code aws.useFipsEndpoint}, {@code AWS_USE_FIPS_ENDPOINT} or the profile's {@code
   * use_fips_endpoint} say, else false. Not applied to an explicit or configured endpoint, which
   * with it set is refused, as by the AWS SDK.
   */
  public DynamoClientBuilder useFipsEndpoint(boolean useFips) {
    this.useFips = useFips;
    return this;
  }

  /**
   * Whether to use the region's dual-stack (IPv4 and IPv6) endpoint ({@code
   * dynamodb.<region>.api.aws}); by default as {@code aws.useDualstackEndpoint}, {@code
   * AWS_USE_DUALSTACK_ENDPOINT} or the profile's {@code use_dualstack_endpoint} say, else false.
   */
  public DynamoClientBuilder useDualstackEndpoint(boolean useDualstack) {
    this.useDualstack = useDualstack;
    return this;
  }

  /** SigV4 with fixed credentials. */
  public DynamoClientBuilder credentials(Credentials credentials) {
    this.auth = Auth.sigV4(Objects.requireNonNull(credentials, "credentials"));
    return this;
  }

  /** SigV4 with credentials from a provider, asked on every attempt (cache it if it is slow). */
  public DynamoClientBuilder credentials(CredentialsProvider provider) {
    this.auth = Auth.sigV4(Objects.requireNonNull(provider, "provider"));
    return this;
  }

  /** Any authentication scheme, such as {@link Auth#bearer} for YDB's Document API. */
  public DynamoClientBuilder auth(Auth auth) {
    this.auth = Objects.requireNonNull(auth, "auth");
    return this;
  }

  /**
   * A transport to use instead of a discovered one. The caller keeps owning it: closing the client
   * leaves it open, so several clients can share one.
   */
  public DynamoClientBuilder transport(Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    return this;
  }

  /** The most time to open a connection (for discovered transports). */
  public DynamoClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /** The most connections per endpoint (for discovered transports). */
  public DynamoClientBuilder maxConnections(int maxConnections) {
    if (maxConnections < 1) {
      throw new InvalidRequestException(
          "maxConnections", "must be at least 1 but is " + maxConnections);
    }
    this.maxConnections = maxConnections;
    return this;
  }

  /**
   * The TLS context (for discovered transports), e.g. with a private CA. Certificates are always
   * verified. Without one, a discovered transport trusts the PEM certificates of the file {@code
   * AWS_CA_BUNDLE} or the profile's {@code ca_bundle} names, if any (and then only those), else the
   * JDK's trust store.
   */
  public DynamoClientBuilder sslContext(SSLContext sslContext) {
    this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
    return this;
  }

  /**
   * The largest response body to accept (for discovered transports), default {@value
   * TransportOptions#DEFAULT_MAX_RESPONSE_BYTES} bytes (64 MiB). A longer one fails the call with a
   * {@link ResponseTooLargeException}, unretried.
   */
  public DynamoClientBuilder maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes < 1 || maxResponseBytes > TransportOptions.MAX_RESPONSE_BYTES_LIMIT) {
      throw new InvalidRequestException(
          "maxResponseBytes",
          "must be 1 to "
              + TransportOptions.MAX_RESPONSE_BYTES_LIMIT
              + " but is "
              + maxResponseBytes);
    }
    this.maxResponseBytes = maxResponseBytes;
    return this;
  }

  /**
   * An HTTP proxy to send requests through (for discovered transports). Without one, the transport
   * uses the JVM's default {@link java.net.ProxySelector} (the {@code https.proxyHost} and {@code
   * http.nonProxyHosts} system properties) where its HTTP library consults it.
   */
  public DynamoClientBuilder proxy(HttpProxy proxy) {
    this.proxy = Objects.requireNonNull(proxy, "proxy");
    return this;
  }

  /** The most time one attempt may take. */
  public DynamoClientBuilder attemptTimeout(Duration timeout) {
    this.attemptTimeout = positive(timeout, "attemptTimeout");
    return this;
  }

  /** The most time a whole call may take, retries and backoff included. */
  public DynamoClientBuilder callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return this;
  }

  /**
   * The retry policy; {@link RetryPolicy#none()} turns retries off. Without one, the configured
   * {@code retry_mode} and {@code max_attempts} apply, else {@link RetryPolicy#standard()}.
   */
  public DynamoClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  /** Adds an interceptor; interceptors run in the order added, the first outermost. */
  public DynamoClientBuilder interceptor(Interceptor interceptor) {
    interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
    return this;
  }

  /**
   * Adds a listener told of every call's start, attempts and end, for metrics and tracing (such as
   * {@code dynamo-opentelemetry}'s); listeners are told in the order added.
   */
  public DynamoClientBuilder listener(CallListener<?> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Whether each attempt's HTTP request and response are logged at DEBUG on {@code io.dynamo.wire},
   * for debugging; default off, or on with {@code -Dio.dynamo.wireLog=true}. Secrets are masked,
   * and bodies are shown as their structure without the values unless {@code
   * -Dio.dynamo.valuesInMessages=true}.
   */
  public DynamoClientBuilder wireLog(boolean on) {
    this.wireLog = on;
    return this;
  }

  /**
   * Text appended to the User-Agent header, such as {@code my-app/1.2}.
   *
   * @throws InvalidRequestException if it holds a line break or NUL, which no header may carry
   */
  public DynamoClientBuilder userAgentSuffix(String suffix) {
    if (suffix != null) {
      try {
        HttpHeader.of("User-Agent", suffix);
      } catch (SigningException e) {
        throw new InvalidRequestException(
            "userAgentSuffix", "contains CR, LF or NUL; give one line of text such as my-app/1.2");
      }
    }
    this.userAgentSuffix = suffix;
    return this;
  }

  /** The codecs for plain Java values and typed items; default {@link CodecRegistry#defaults()}. */
  public DynamoClientBuilder codecs(CodecRegistry codecs) {
    this.codecs = Objects.requireNonNull(codecs, "codecs");
    return this;
  }

  /**
   * Checks every typed request before it is written and sent, and every value a {@link Table} or
   * {@link AsyncTable} of the client writes as an item, such as with {@code dynamo-validation}'s
   * {@code DynamoValidation}; none by default, and then the client does no work for it. What the
   * validator throws is what the call throws, and nothing is sent. See {@link RequestValidator}.
   */
  public DynamoClientBuilder validation(RequestValidator validator) {
    this.validation = Objects.requireNonNull(validator, "validator");
    return this;
  }

  /** Where environment variables, system properties and profile files are read (for tests). */
  public DynamoClientBuilder environment(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
    return this;
  }

  /** The clock requests are signed with (for tests). */
  public DynamoClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * The client.
   *
   * @throws InvalidRequestException if no region can be found and no endpoint is given
   * @throws io.dynamo.codec.DynamoException if no transport is given or found
   * @throws IllegalStateException if the jackson-core in use is older than 2.15.0, naming both
   */
  public DynamoClient build() {
    JacksonVersion.requireSupported();
    Environment env = environment != null ? environment : Environment.system();
    AwsConfig config = AwsConfig.of(env);
    config.warnUnsupported();
    URI resolvedEndpoint = endpoint != null ? endpoint : Endpoints.fromConfig(config).orElse(null);
    boolean fips = useFips != null ? useFips : flag(config.useFipsEndpoint());
    boolean dualstack = useDualstack != null ? useDualstack : flag(config.useDualstackEndpoint());
    if (resolvedEndpoint != null && (fips || dualstack)) {
      throw new InvalidRequestException(
          fips ? "useFipsEndpoint" : "useDualstackEndpoint",
          (fips ? "a FIPS" : "a dual-stack")
              + " endpoint was asked for, but an endpoint is given too ("
              + (endpoint != null
                  ? "builder.endpoint(...)"
                  : config.endpointUrl("dynamodb").map(AwsConfig.Setting::source).orElse("?"))
              + "); as in the AWS SDK, the two do not mix: drop one");
    }
    String resolvedRegion = region;
    if (resolvedRegion == null) {
      Optional<String> fromEnv = config.region().map(AwsConfig.Setting::value);
      if (fromEnv.isPresent()) {
        resolvedRegion = fromEnv.get();
      } else if (resolvedEndpoint != null) {
        resolvedRegion = "us-east-1";
      } else {
        throw new InvalidRequestException(
            "region",
            "no region given and none found in aws.region, AWS_REGION, AWS_DEFAULT_REGION or the"
                + " profile;"
                + " call builder.region(\"us-east-1\") or builder.endpoint(...)");
      }
    }
    if (resolvedEndpoint == null) {
      resolvedEndpoint = Endpoints.forRegion(resolvedRegion, fips, dualstack);
    }
    RetryPolicy resolvedRetries =
        retryPolicy != null ? retryPolicy : ConfiguredRetries.resolve(config);
    Auth resolvedAuth = auth != null ? auth : Auth.sigV4(CredentialsProviders.defaultChain(env));
    SkewClock signingClock = new SkewClock(clock);
    // the signer first: if it fails, no transport (with its threads) has been made yet
    RequestSigner signer = resolvedAuth.signer(resolvedRegion, "dynamodb", signingClock);
    SSLContext tls = sslContext;
    if (tls == null
        && transport == null
        && "https".equalsIgnoreCase(resolvedEndpoint.getScheme())) {
      Optional<AwsConfig.Setting> bundle = config.caBundle();
      if (bundle.isPresent()) {
        tls = CaBundle.sslContext(bundle.get());
      }
    }
    Transport resolvedTransport =
        transport != null
            ? transport
            : Transports.create(
                new TransportOptions(connectTimeout, maxConnections, tls, maxResponseBytes, proxy));
    String userAgent =
        "dynamo-java/"
            + VERSION
            + " java/"
            + Runtime.version().feature()
            + " transport/"
            + resolvedTransport.name()
            + (userAgentSuffix == null || userAgentSuffix.isBlank()
                ? ""
                : " " + userAgentSuffix.trim());
    Pipeline pipeline =
        new Pipeline(
            resolvedEndpoint,
            resolvedTransport,
            transport == null,
            signer,
            signingClock,
            resolvedRetries,
            interceptors,
            userAgent,
            attemptTimeout,
            callTimeout,
            codecs);
    pipeline =
        pipeline.withTelemetry(Telemetry.of(listeners, wireLog, resolvedRegion, resolvedEndpoint));
    DynamoClient client =
        new DynamoClient(pipeline, resolvedRegion, resolvedTransport.name(), codecs);
    if (validation == null) {
      return client;
    }
    // the validator describes tables through the same pipeline without itself
    RequestValidator connected =
        Objects.requireNonNull(
            validation.connect(table -> client.describeTable(table).table()),
            "validator.connect(...) returned null");
    return new DynamoClient(
        pipeline.withValidator(connected), resolvedRegion, resolvedTransport.name(), codecs);
  }

  private static boolean flag(Optional<AwsConfig.Setting> setting) {
    if (setting.isEmpty()) {
      return false;
    }
    try {
      return setting.get().asBoolean();
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          setting.get().source(), "must be true or false but is '" + setting.get().value() + "'");
    }
  }

  private static Duration positive(Duration d, String field) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new InvalidRequestException(field, "must be a positive duration but is " + d);
    }
    // longer than a century is as good as forever, and keeps deadlines in nanoseconds from
    // overflowing
    return d.compareTo(FOREVER) > 0 ? FOREVER : d;
  }
}
