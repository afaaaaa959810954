package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.Environment;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Credentials from a container credentials endpoint: ECS tasks, EKS Pod Identity, Lambda (also with
 * SnapStart).
 *
 * <p>{@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI} is a path on {@code http://169.254.170.2}; else
 * {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} is the whole URI, which must be https, or http to a
 * loopback address or to the ECS and EKS link-local endpoints. {@code
 * AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE} (read at each call, since the token rotates) or else
 * {@code AWS_CONTAINER_AUTHORIZATION_TOKEN} becomes the {@code Authorization} header. The system
 * properties {@code aws.containerCredentialsPath}, {@code aws.containerCredentialsFullUri} and
 * {@code aws.containerAuthorizationToken} come before the variables, as in the AWS SDK for Java.
 */
public final class ContainerProvider implements CredentialsProvider {
  /** The ECS endpoint that relative URIs are resolved against. */
  public static final String ECS_ENDPOINT = "http://169.254.170.2";

  private static final Set<String> ALLOWED_HTTP_HOSTS =
      Set.of("169.254.170.2", "169.254.170.23", "[fd00:ec2::23]", "fd00:ec2::23");

  private final Supplier<Environment> env;
  private final CredentialsHttp http;
  private final String relativeBase;

  /** Creates a provider with the given timeout for connect and for response. */
  public ContainerProvider(Supplier<Environment> env, Duration timeout) {
    this(env, timeout, ECS_ENDPOINT);
  }

  /** Creates a provider that resolves relative URIs against {@code relativeBase} (for tests). */
  public ContainerProvider(Supplier<Environment> env, Duration timeout, String relativeBase) {
    this.env = env;
    this.http = new CredentialsHttp(timeout);
    this.relativeBase = relativeBase;
  }

  @Override
  public Credentials resolve() {
    Environment e = env.get();
    URI uri = endpoint(e);
    Map<String, String> headers =
        authorizationToken(e)
            .map(t -> Map.of("Authorization", t, "Accept", "application/json"))
            .orElse(Map.of("Accept", "application/json"));
    String what = "Container credentials endpoint " + CredentialsHttp.describe(uri);
    byte[] body = http.send("GET", uri, headers, "container credentials");
    return CredentialsJson.parse(body, what);
  }

  /** Returns the endpoint the environment names; throws if none or not allowed. */
  URI endpoint(Environment e) {
    Optional<String> relative =
        e.property("aws.containerCredentialsPath")
            .or(() -> e.variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"));
    if (relative.isPresent()) {
      String path = relative.get();
      return parse(
          relativeBase + (path.startsWith("/") ? path : "/" + path),
          "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
    }
    Optional<String> full =
        e.property("aws.containerCredentialsFullUri")
            .or(() -> e.variable("AWS_CONTAINER_CREDENTIALS_FULL_URI"));
    if (full.isEmpty()) {
      throw new CredentialsException(
          "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI"
              + " is set (they are set inside ECS, EKS Pod Identity and Lambda)");
    }
    URI uri = parse(full.get(), "AWS_CONTAINER_CREDENTIALS_FULL_URI");
    if (uri.getRawUserInfo() != null) {
      // an HTTP client would log the whole URI at its debug level, user info included
      throw new CredentialsException(
          "AWS_CONTAINER_CREDENTIALS_FULL_URI must not hold user info (user:password@); give a"
              + " token in AWS_CONTAINER_AUTHORIZATION_TOKEN or its file instead");
    }
    String scheme = uri.getScheme();
    if ("https".equalsIgnoreCase(scheme)) {
      return uri;
    }
    if (!"http".equalsIgnoreCase(scheme) || uri.getHost() == null) {
      throw new CredentialsException(
          "AWS_CONTAINER_CREDENTIALS_FULL_URI must be an http or https URI with a host, got "
              + describeSafely(uri));
    }
    if (!ALLOWED_HTTP_HOSTS.contains(uri.getHost()) && !isLoopback(uri.getHost())) {
      throw new CredentialsException(
          "AWS_CONTAINER_CREDENTIALS_FULL_URI uses plain http to "
              + uri.getHost()
              + ", which is neither a loopback address nor the ECS/EKS endpoint; use https");
    }
    return uri;
  }

  private Optional<String> authorizationToken(Environment e) {
    Optional<String> file = e.variable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");
    String token;
    if (file.isPresent()) {
      try {
        token = Files.readString(Path.of(file.get()), StandardCharsets.UTF_8).strip();
      } catch (IOException ex) {
        throw new CredentialsException(
            "Could not read the container authorization token file named by"
                + " AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE ("
                + file.get()
                + "): "
                + ex.getClass().getSimpleName(),
            ex);
      }
    } else {
      token =
          e.property("aws.containerAuthorizationToken")
              .or(() -> e.variable("AWS_CONTAINER_AUTHORIZATION_TOKEN"))
              .orElse(null);
    }
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new CredentialsException(
            "The container authorization token contains control characters (a line break?)");
      }
    }
    return Optional.of(token);
  }

  private static URI parse(String value, String variable) {
    try {
      return URI.create(value);
    } catch (IllegalArgumentException ex) {
      throw new CredentialsException(variable + " is not a valid URI");
    }
  }

  private static String describeSafely(URI uri) {
    return uri.getScheme() == null || uri.getHost() == null
        ? "a URI without scheme or host"
        : CredentialsHttp.describe(uri);
  }

  private static boolean isLoopback(String host) {
    try {
      InetAddress[] all = InetAddress.getAllByName(host);
      for (InetAddress a : all) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return all.length > 0;
    } catch (UnknownHostException ex) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "container credentials endpoint";
  }
}
