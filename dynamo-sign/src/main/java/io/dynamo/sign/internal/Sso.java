package io.dynamo.sign.internal;

import io.dynamo.sign.AwsConfig;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Credentials of an IAM Identity Center (SSO) profile: the access token that {@code aws sso login}
 * cached in {@code ~/.aws/sso/cache/<sha1>.json} (the SHA-1 of the {@code sso_session} name, or of
 * the legacy {@code sso_start_url}) is exchanged at the SSO portal ({@code GET
 * https://portal.sso.<sso_region>.amazonaws.com/federation/credentials}, or the endpoint configured
 * for {@code sso}) for the role's credentials.
 *
 * <p>The token itself is not refreshed here: an expired one fails with the advice to run {@code aws
 * sso login} again.
 */
public final class Sso {
  private static final int MAX_CACHE_BYTES = 64 * 1024;
  private static final Pattern REGION =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private final CredentialsHttp http;
  private final Clock clock;

  /** Creates a client of the SSO portal. */
  public Sso(CredentialsHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  /** Returns the credentials of an SSO profile. */
  public Credentials resolve(
      AwsConfig config, ProfileFiles files, String profile, Map<String, String> p, Path home) {
    String what = "SSO profile '" + profile + "'";
    String accountId = required(p, "sso_account_id", what);
    String roleName = required(p, "sso_role_name", what);
    String session = blankToNull(p.get("sso_session"));
    String startUrl;
    String region;
    String cacheKey;
    String login;
    if (session != null) {
      Map<String, String> s =
          files
              .section(ProfileFileParser.SSO_SESSION, session)
              .orElseThrow(
                  () ->
                      new CredentialsException(
                          what
                              + " names sso_session '"
                              + session
                              + "', but the config file has no [sso-session "
                              + session
                              + "] section"));
      String inSession = "[sso-session " + session + "]";
      startUrl = required(s, "sso_start_url", inSession);
      region = required(s, "sso_region", inSession);
      cacheKey = session;
      login = "aws sso login --sso-session " + session;
    } else {
      startUrl = required(p, "sso_start_url", what);
      region = required(p, "sso_region", what);
      cacheKey = startUrl;
      login = "aws sso login --profile " + profile;
    }
    if (!REGION.matcher(region).matches()) {
      throw new CredentialsException(what + ": sso_region is not a region name");
    }
    String token = cachedToken(home, cacheKey, what, login);
    URI base =
        config
            .endpointUrl("sso")
            .map(s -> Sts.checked(s.value(), s.source()))
            .orElse(URI.create("https://portal.sso." + region + ".amazonaws.com/"));
    String path = base.getRawPath().endsWith("/") ? base.getRawPath() : base.getRawPath() + "/";
    URI uri =
        base.resolve(
            path
                + "federation/credentials?account_id="
                + URLEncoder.encode(accountId, StandardCharsets.UTF_8)
                + "&role_name="
                + URLEncoder.encode(roleName, StandardCharsets.UTF_8));
    CredentialsHttp.Response r =
        http.exchange(
            "GET",
            uri,
            Map.of("x-amz-sso_bearer_token", token, "Accept", "application/json"),
            null,
            "SSO portal credentials for " + what);
    if (r.status() == 401 || r.status() == 403) {
      throw new CredentialsException(
          "The SSO portal refused the cached access token of "
              + what
              + " (HTTP "
              + r.status()
              + "); run `"
              + login
              + "` again");
    }
    if (r.status() != 200) {
      throw new CredentialsException(
          "The SSO portal "
              + CredentialsHttp.describe(uri)
              + " returned HTTP "
              + r.status()
              + " for "
              + what);
    }
    Map<String, String> f = CredentialsJson.fields(r.body(), "The SSO portal for " + what);
    String id = f.get("roleCredentials.accessKeyId");
    String secret = f.get("roleCredentials.secretAccessKey");
    if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
      throw new CredentialsException(
          "The SSO portal for " + what + " returned no roleCredentials with keys");
    }
    Instant expiry = null;
    String expiration = f.get("roleCredentials.expiration");
    if (expiration != null) {
      try {
        expiry = Instant.ofEpochMilli(Long.parseLong(expiration));
      } catch (NumberFormatException e) {
        throw new CredentialsException(
            "The SSO portal for "
                + what
                + " returned an expiration that is not epoch milliseconds");
      }
    }
    return Credentials.of(id, secret, f.get("roleCredentials.sessionToken"), expiry);
  }

  private String cachedToken(Path home, String cacheKey, String what, String login) {
    Path file =
        home.resolve(".aws").resolve("sso").resolve("cache").resolve(sha1(cacheKey) + ".json");
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_CACHE_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new CredentialsException(
          what + ": no cached SSO access token at " + file + "; run `" + login + "`");
    } catch (IOException e) {
      throw new CredentialsException(
          what
              + ": could not read the cached SSO access token "
              + file
              + ": "
              + e.getClass().getSimpleName());
    }
    if (bytes.length > MAX_CACHE_BYTES) {
      throw new CredentialsException(what + ": the SSO token cache file " + file + " is too long");
    }
    Map<String, String> f = CredentialsJson.fields(bytes, "The SSO token cache file " + file);
    String token = blankToNull(f.get("accessToken"));
    String expiresAt = blankToNull(f.get("expiresAt"));
    if (token == null || expiresAt == null) {
      throw new CredentialsException(
          what
              + ": the SSO token cache file "
              + file
              + " has no accessToken or expiresAt; run `"
              + login
              + "`");
    }
    // the AWS CLI of old wrote "2019-11-14T04:05:45UTC"
    String iso =
        expiresAt.endsWith("UTC")
            ? expiresAt.substring(0, expiresAt.length() - 3) + "Z"
            : expiresAt;
    Instant expiry = CredentialsJson.time(iso, "The SSO token cache file " + file);
    if (!clock.instant().isBefore(expiry)) {
      throw new CredentialsException(
          what
              + ": the cached SSO access token expired at "
              + expiry
              + "; run `"
              + login
              + "` to sign in again");
    }
    return token;
  }

  /** The name of the token cache file of an SSO session name or start URL, without ".json". */
  public static String sha1(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder(40);
      for (byte x : d) {
        b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
      }
      return b.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }

  private static String required(Map<String, String> p, String key, String what) {
    String v = blankToNull(p.get(key));
    if (v == null) {
      throw new CredentialsException(what + " has no " + key + "; add it");
    }
    return v;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
