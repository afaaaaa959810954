package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.Environment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Credentials of the IAM role of an EC2 instance, from the instance metadata service, version 2
 * only: a session token is fetched with {@code PUT /latest/api/token}, then the role name and its
 * credentials with {@code GET}s that carry the token.
 *
 * <p>{@code AWS_EC2_METADATA_DISABLED=true} (or the system property {@code
 * aws.disableEc2Metadata=true}) turns it off; {@code AWS_EC2_METADATA_SERVICE_ENDPOINT} (or the
 * system property {@code aws.ec2MetadataServiceEndpoint}) moves it, and {@code
 * AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6} selects the IPv6 address.
 */
public final class InstanceMetadataProvider implements CredentialsProvider {
  static final String TOKEN_PATH = "/latest/api/token";
  static final String ROLE_PATH = "/latest/meta-data/iam/security-credentials/";
  private static final String TTL_HEADER = "X-aws-ec2-metadata-token-ttl-seconds";
  private static final String TOKEN_HEADER = "X-aws-ec2-metadata-token";

  private final Supplier<Environment> env;
  private final CredentialsHttp http;

  /** Creates a provider with the given timeout for connect and for response. */
  public InstanceMetadataProvider(Supplier<Environment> env, Duration timeout) {
    this.env = env;
    this.http = new CredentialsHttp(timeout);
  }

  @Override
  public Credentials resolve() {
    Environment e = env.get();
    if (e.property("aws.disableEc2Metadata").map(v -> v.equalsIgnoreCase("true")).orElse(false)) {
      throw new CredentialsException("disabled by system property aws.disableEc2Metadata=true");
    }
    if (e.variable("AWS_EC2_METADATA_DISABLED")
        .map(v -> v.equalsIgnoreCase("true"))
        .orElse(false)) {
      throw new CredentialsException("disabled by AWS_EC2_METADATA_DISABLED=true");
    }
    String base = endpoint(e);
    String token =
        text(
            http.send(
                "PUT",
                uri(base, TOKEN_PATH),
                Map.of(TTL_HEADER, "21600"),
                "EC2 instance metadata token"));
    if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new CredentialsException("EC2 instance metadata returned an unusable session token");
    }
    Map<String, String> auth = Map.of(TOKEN_HEADER, token);
    String roles;
    try {
      roles = text(http.send("GET", uri(base, ROLE_PATH), auth, "EC2 instance metadata role"));
    } catch (CredentialsHttp.StatusException ex) {
      if (ex.status() == 404) {
        throw new CredentialsException(
            "EC2 instance metadata at "
                + base
                + " has no IAM role for this instance (HTTP 404);"
                + " attach an instance profile to the instance",
            ex);
      }
      throw ex;
    }
    String role =
        roles
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .findFirst()
            .orElseThrow(
                () ->
                    new CredentialsException(
                        "EC2 instance metadata at "
                            + base
                            + " lists no IAM role; attach an instance profile"));
    for (int i = 0; i < role.length(); i++) {
      char c = role.charAt(i);
      if (!(Character.isLetterOrDigit(c) || "+=,.@_-".indexOf(c) >= 0)) {
        throw new CredentialsException("EC2 instance metadata returned an invalid IAM role name");
      }
    }
    URI credentialsUri = uri(base, ROLE_PATH + role);
    byte[] body = http.send("GET", credentialsUri, auth, "EC2 instance metadata credentials");
    return CredentialsJson.parse(
        body, "EC2 instance metadata " + CredentialsHttp.describe(credentialsUri));
  }

  static String endpoint(Environment e) {
    String configured =
        e.variable("AWS_EC2_METADATA_SERVICE_ENDPOINT")
            .or(() -> e.property("aws.ec2MetadataServiceEndpoint"))
            .orElse(null);
    if (configured != null) {
      return configured.endsWith("/")
          ? configured.substring(0, configured.length() - 1)
          : configured;
    }
    boolean ipv6 =
        e.variable("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE")
            .map(v -> v.equalsIgnoreCase("IPv6"))
            .orElse(false);
    return ipv6 ? "http://[fd00:ec2::254]" : "http://169.254.169.254";
  }

  private static URI uri(String base, String path) {
    try {
      return URI.create(base + path);
    } catch (IllegalArgumentException ex) {
      throw new CredentialsException(
          "The EC2 instance metadata endpoint is not a valid URI; check AWS_EC2_METADATA_SERVICE_ENDPOINT");
    }
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8).strip();
  }

  @Override
  public String toString() {
    return "EC2 instance metadata (IMDSv2)";
  }
}
