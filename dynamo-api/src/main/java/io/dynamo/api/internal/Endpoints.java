package io.dynamo.api.internal;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.internal.build.Require;
import io.dynamo.sign.AwsConfig;
import io.dynamo.sign.Environment;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where calls go: an explicit endpoint, the one the AWS configuration names ({@link
 * AwsConfig#endpointUrl}), or the region's, FIPS and dual-stack as DynamoDB's endpoint rules say.
 */
public final class Endpoints {
  /** A DNS label, as the AWS SDKs require of a region that names an endpoint. */
  private static final Pattern REGION =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private Endpoints() {}

  /** The endpoint from the environment, if it names one. */
  public static Optional<URI> fromEnvironment(Environment env) {
    return fromConfig(AwsConfig.of(env));
  }

  /**
   * The endpoint the configuration names for DynamoDB, if any; a bad one is reported with where it
   * was found as the field.
   */
  public static Optional<URI> fromConfig(AwsConfig config) {
    return config.endpointUrl("dynamodb").map(s -> parse(s.value(), s.source()));
  }

  /**
   * The public DynamoDB endpoint of a region.
   *
   * @throws InvalidRequestException if the region is not a host label (letters, digits and inner
   *     '-'), which would make the endpoint another host, such as {@code evil.example/}
   */
  public static URI forRegion(String region) {
    return forRegion(region, false, false);
  }

  /**
   * The DynamoDB endpoint of a region as DynamoDB's endpoint rules make it: {@code
   * dynamodb.<region>.<dns suffix>}, with FIPS {@code dynamodb-fips.<region>.<dns suffix>} (in AWS
   * GovCloud, whose endpoints are all FIPS, the plain one), dual-stack {@code
   * dynamodb.<region>.<dual-stack suffix>}, both {@code dynamodb-fips.<region>.<dual-stack
   * suffix>}. The suffixes are those of the region's partition: {@code amazonaws.com} and {@code
   * api.aws}; for {@code cn-} regions {@code amazonaws.com.cn} and {@code
   * api.amazonwebservices.com.cn}.
   */
  public static URI forRegion(String region, boolean fips, boolean dualStack) {
    if (!REGION.matcher(region).matches()) {
      throw new InvalidRequestException(
          "region",
          Require.quote(region)
              + " is not a region name (letters, digits and '-', such as eu-west-1); give a"
              + " region, or an endpoint for a server elsewhere");
    }
    boolean china = region.startsWith("cn-");
    boolean gov = region.startsWith("us-gov-");
    String domain;
    if (dualStack) {
      domain = china ? "api.amazonwebservices.com.cn" : "api.aws";
    } else {
      domain = china ? "amazonaws.com.cn" : "amazonaws.com";
    }
    String service = fips && (dualStack || !gov) ? "dynamodb-fips" : "dynamodb";
    return parse("https://" + service + "." + region + "." + domain, "region");
  }

  /**
   * Checks an endpoint: http or https, a host, no query or fragment. A path is kept (YDB's Document
   * API endpoints have one).
   */
  public static URI parse(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException(
          field, "endpoint is empty; give a URL such as http://127.0.0.1:8000");
    }
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      // Not chained: the cause's message repeats the text, password included.
      throw new InvalidRequestException(
          field,
          "'"
              + printable(text)
              + "' is not a URL: "
              + e.getReason()
              + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
    }
    return check(uri, field);
  }

  /** An endpoint for messages: any user info ({@code user:password@}) replaced by {@code ***}. */
  static String printable(String text) {
    int start = text.indexOf("//");
    int from = start < 0 ? 0 : start + 2;
    int end = from;
    while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    int at = end > from ? text.lastIndexOf('@', end - 1) : -1;
    return at >= from ? text.substring(0, from) + "***" + text.substring(at) : text;
  }

  private static String hostText(URI uri) {
    String host = uri.getHost();
    return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** Checks an endpoint URI. */
  public static URI check(URI uri, String field) {
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new InvalidRequestException(
          field, "endpoint " + printable(uri.toString()) + " must start with http:// or https://");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new InvalidRequestException(
          field, "endpoint " + printable(uri.toString()) + " has no host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new InvalidRequestException(
          field, "endpoint " + printable(uri.toString()) + " must not have a query or fragment");
    }
    if (uri.getRawUserInfo() != null) {
      throw new InvalidRequestException(field, "endpoint must not carry user info");
    }
    // The scheme's default port is dropped so that the Host every HTTP library sends is the host
    // alone, as signed; an empty path becomes "/".
    int port = uri.getPort();
    boolean defaultPort = port == (scheme.equalsIgnoreCase("https") ? 443 : 80);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String authority = defaultPort ? hostText(uri) : uri.getRawAuthority();
    return URI.create(scheme.toLowerCase(java.util.Locale.ROOT) + "://" + authority + path);
  }
}
