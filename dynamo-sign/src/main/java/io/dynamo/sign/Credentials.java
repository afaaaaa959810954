package io.dynamo.sign;

import java.time.Instant;
import java.util.Objects;

/**
 * AWS credentials: an access key id, a secret access key, and for temporary credentials a session
 * token and an expiry.
 *
 * <p>{@link #toString()} shows the access key id (it is sent in every {@code Authorization} header
 * and is not secret) but never the secret key or the session token. Exception messages of this
 * class never contain them either.
 *
 * @param accessKeyId the access key id, such as {@code AKIDEXAMPLE}
 * @param secretAccessKey the secret access key
 * @param sessionToken the session token of temporary credentials, or {@code null}
 * @param expiration when temporary credentials stop working, or {@code null} if they do not expire
 */
public record Credentials(
    String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {

  /** Checks that the key id and the secret are present; an empty session token means none. */
  public Credentials {
    if (accessKeyId == null || accessKeyId.isBlank()) {
      throw new CredentialsException("Credentials need an access key id; it is missing or blank");
    }
    if (secretAccessKey == null || secretAccessKey.isBlank()) {
      // the key id is left out: with the arguments swapped it would be the secret
      throw new CredentialsException(
          "Credentials need a secret access key; it is missing or blank");
    }
    if (sessionToken != null && sessionToken.isBlank()) {
      sessionToken = null;
    }
    checkNoLineBreak(accessKeyId, "access key id");
    checkNoLineBreak(secretAccessKey, "secret access key");
    if (sessionToken != null) {
      checkNoLineBreak(sessionToken, "session token");
    }
  }

  /** Returns long-term credentials: no session token, no expiry. */
  public static Credentials of(String accessKeyId, String secretAccessKey) {
    return new Credentials(accessKeyId, secretAccessKey, null, null);
  }

  /** Returns temporary credentials with a session token and no known expiry. */
  public static Credentials of(String accessKeyId, String secretAccessKey, String sessionToken) {
    return new Credentials(accessKeyId, secretAccessKey, sessionToken, null);
  }

  /** Returns temporary credentials with a session token and an expiry. */
  public static Credentials of(
      String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {
    return new Credentials(accessKeyId, secretAccessKey, sessionToken, expiration);
  }

  /** Returns true when these credentials carry a session token. */
  public boolean hasSessionToken() {
    return sessionToken != null;
  }

  /** Returns true when these credentials have an expiry at or before {@code instant}. */
  public boolean isExpiredAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return expiration != null && !expiration.isAfter(instant);
  }

  /** Shows the access key id and the expiry; the secret and the token are masked. */
  @Override
  public String toString() {
    return "Credentials[accessKeyId="
        + accessKeyId
        + ", secretAccessKey=****, sessionToken="
        + (sessionToken == null ? "none" : "****")
        + ", expiration="
        + (expiration == null ? "none" : expiration.toString())
        + "]";
  }

  private static void checkNoLineBreak(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        throw new CredentialsException("The " + what + " contains CR, LF or NUL");
      }
    }
  }
}
