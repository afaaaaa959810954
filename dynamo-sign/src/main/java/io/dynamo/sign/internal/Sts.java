package io.dynamo.sign.internal;

import io.dynamo.sign.AwsConfig;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.SigV4Signer;
import io.dynamo.sign.SignableRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two calls of AWS STS that credential providers make, {@code AssumeRoleWithWebIdentity}
 * (unsigned) and {@code AssumeRole} (signed with SigV4 for service {@code sts}): a form POST, an
 * XML answer read by {@link SmallXml}.
 *
 * <p>The endpoint is the one the configuration names for STS ({@code aws.endpointUrlSts}, {@code
 * AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL}, a {@code [services]} section, as {@link
 * AwsConfig#endpointUrl} reads them), else the regional one, {@code
 * https://sts.<region>.amazonaws.com} for the configured region, else the global {@code
 * https://sts.amazonaws.com} (signed for {@code us-east-1}).
 */
public final class Sts {
  /** The whole-exchange timeout of STS and SSO calls. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final Pattern REGION =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private final CredentialsHttp http;
  private final Clock clock;

  /** Creates a client whose exchanges are bounded by {@code http}'s timeout. */
  public Sts(CredentialsHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  /** Where an STS call goes and which region it is signed for. */
  record Endpoint(URI uri, String signingRegion) {}

  static Endpoint endpoint(AwsConfig config) {
    Optional<String> region = config.region().map(AwsConfig.Setting::value);
    region.ifPresent(
        r -> {
          if (!REGION.matcher(r).matches()) {
            throw new CredentialsException(
                "The configured region is not a region name (letters, digits and '-'), so no STS"
                    + " endpoint can be made of it");
          }
        });
    Optional<AwsConfig.Setting> configured = config.endpointUrl("sts");
    if (configured.isPresent()) {
      return new Endpoint(
          checked(configured.get().value(), configured.get().source()), region.orElse("us-east-1"));
    }
    if (region.isEmpty()) {
      return new Endpoint(URI.create("https://sts.amazonaws.com/"), "us-east-1");
    }
    String r = region.get();
    String domain = r.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    return new Endpoint(URI.create("https://sts." + r + "." + domain + "/"), r);
  }

  static URI checked(String text, String source) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (java.net.URISyntaxException e) {
      throw new CredentialsException(source + " is not a URL");
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new CredentialsException(source + " must be an http or https URL with a host");
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null) {
      throw new CredentialsException(source + " must not carry user info or a query");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return URI.create(
        scheme.toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority() + path);
  }

  /**
   * Calls {@code AssumeRoleWithWebIdentity}.
   *
   * @throws CredentialsException naming the role and the endpoint, and STS's error code if any
   */
  public Credentials assumeRoleWithWebIdentity(
      AwsConfig config, String roleArn, String sessionName, String webIdentityToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("Action", "AssumeRoleWithWebIdentity");
    form.put("Version", "2011-06-15");
    form.put("RoleArn", roleArn);
    form.put("RoleSessionName", sessionName);
    form.put("WebIdentityToken", webIdentityToken);
    Endpoint endpoint = endpoint(config);
    return call(endpoint, form, null, "AssumeRoleWithWebIdentity", roleArn);
  }

  /**
   * Calls {@code AssumeRole}, signed with {@code source}.
   *
   * @param externalId the external id, or null
   * @param durationSeconds the session's length, or null for STS's default (an hour)
   */
  public Credentials assumeRole(
      AwsConfig config,
      Credentials source,
      String roleArn,
      String sessionName,
      String externalId,
      Integer durationSeconds) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("Action", "AssumeRole");
    form.put("Version", "2011-06-15");
    form.put("RoleArn", roleArn);
    form.put("RoleSessionName", sessionName);
    if (externalId != null) {
      form.put("ExternalId", externalId);
    }
    if (durationSeconds != null) {
      form.put("DurationSeconds", durationSeconds.toString());
    }
    return call(endpoint(config), form, source, "AssumeRole", roleArn);
  }

  private Credentials call(
      Endpoint endpoint,
      Map<String, String> form,
      Credentials signWith,
      String action,
      String roleArn) {
    StringBuilder b = new StringBuilder();
    form.forEach(
        (k, v) -> {
          if (b.length() > 0) {
            b.append('&');
          }
          b.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    byte[] body = b.toString().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    headers.put("Accept", "text/xml");
    if (signWith != null) {
      List<HttpHeader> toSign = new ArrayList<>();
      headers.forEach((k, v) -> toSign.add(HttpHeader.of(k, v)));
      SigV4Signer signer = SigV4Signer.create(endpoint.signingRegion(), "sts", clock);
      for (HttpHeader h :
          signer.sign(SignableRequest.of("POST", endpoint.uri(), toSign, body), signWith)) {
        headers.put(h.name(), h.value());
      }
    }
    String what = "STS " + action + " for role " + printable(roleArn, 200);
    CredentialsHttp.Response response = http.exchange("POST", endpoint.uri(), headers, body, what);
    String where = what + " at " + CredentialsHttp.describe(endpoint.uri());
    Map<String, String> xml;
    try {
      xml = SmallXml.leaves(response.body());
    } catch (SmallXml.XmlException e) {
      throw new CredentialsException(
          where
              + " returned HTTP "
              + response.status()
              + " with a body that is not XML this client reads: "
              + e.getMessage());
    }
    if (response.status() != 200) {
      String code = find(xml, "/Error/Code");
      String message = find(xml, "/Error/Message");
      throw new CredentialsException(
          where
              + " failed with HTTP "
              + response.status()
              + (code == null ? "" : " " + printable(code, 80))
              + (message == null ? "" : ": " + printable(message, 300)));
    }
    String id = find(xml, "Result/Credentials/AccessKeyId");
    String secret = find(xml, "Result/Credentials/SecretAccessKey");
    String token = find(xml, "Result/Credentials/SessionToken");
    String expiration = find(xml, "Result/Credentials/Expiration");
    if (id == null || id.isEmpty() || secret == null || secret.isEmpty()) {
      throw new CredentialsException(
          where + " returned no credentials (AccessKeyId and SecretAccessKey are missing)");
    }
    Instant expiry = null;
    if (expiration != null && !expiration.isEmpty()) {
      try {
        expiry = Instant.parse(expiration);
      } catch (DateTimeParseException e) {
        throw new CredentialsException(
            where + " returned an Expiration that is not an ISO-8601 time");
      }
    }
    return Credentials.of(id, secret, token, expiry);
  }

  private static String find(Map<String, String> xml, String suffix) {
    for (Map.Entry<String, String> e : xml.entrySet()) {
      if (e.getKey().endsWith(suffix)) {
        return e.getValue();
      }
    }
    return null;
  }

  static String printable(String s, int max) {
    String cut = s.length() > max ? s.substring(0, max) + "..." : s;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
