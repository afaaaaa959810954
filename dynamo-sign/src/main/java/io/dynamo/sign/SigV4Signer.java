package io.dynamo.sign;

import io.dynamo.sign.internal.AmzDate;
import io.dynamo.sign.internal.AsciiBuilder;
import io.dynamo.sign.internal.Hex;
import io.dynamo.sign.internal.SignerScratch;
import io.dynamo.sign.internal.SigningKeys;
import io.dynamo.sign.internal.UriCanonicalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Signs HTTP requests with AWS Signature Version 4 ({@code AWS4-HMAC-SHA256}) in the {@code
 * Authorization} header.
 *
 * <p>One signer serves one region and one service (for DynamoDB, {@code "dynamodb"}) and reads the
 * time from its clock. {@link #sign} returns the headers to add to the request: {@code X-Amz-Date},
 * {@code X-Amz-Security-Token} when the credentials carry a session token, {@code
 * X-Amz-Content-Sha256} when {@linkplain Builder#contentSha256Header(boolean) enabled}, and {@code
 * Authorization}. The {@code Host} header is signed but not returned: HTTP clients set it from the
 * URI, see {@link SignableRequest#host()}.
 *
 * <p>What is signed: every header of the request except {@code User-Agent}, {@code Connection},
 * {@code Expect} and {@code X-Amzn-Trace-Id}, which proxies and HTTP clients rewrite (the AWS SDKs
 * leave them out too). Names are lower-cased and sorted, values trimmed with inner runs of spaces
 * made one, repeated headers joined with commas in their order. The canonical URI keeps the
 * endpoint's path (Yandex Database endpoints have one) and is encoded as described in {@link
 * Builder#doubleUrlEncode(boolean)}.
 *
 * <p>Signing keys are cached per date, secret, region and service, so a warm signature costs two
 * SHA-256 hashes (body and canonical request) and one HMAC. Instances are immutable and
 * thread-safe.
 */
public final class SigV4Signer {
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final String EMPTY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private final String region;
  private final String service;
  private final Clock clock;
  private final boolean normalizePath;
  private final boolean doubleUrlEncode;
  private final boolean contentSha256Header;
  private final boolean signSessionToken;
  private final SigningKeys keys;
  private volatile Scope scope = new Scope("", "");

  private record Scope(String date, String value) {}

  private SigV4Signer(Builder b) {
    this.region = checkName(b.region, "region");
    this.service = checkName(b.service, "service");
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.normalizePath = b.normalizePath;
    this.doubleUrlEncode = b.doubleUrlEncode;
    this.contentSha256Header = b.contentSha256Header;
    this.signSessionToken = b.signSessionToken;
    this.keys = new SigningKeys(region, service);
  }

  /**
   * Returns a signer with the defaults AWS uses for every service but S3.
   *
   * @param region the signing region, such as {@code us-east-1} or {@code ru-central1}
   * @param service the signing name of the service, {@code dynamodb} for DynamoDB
   * @param clock where the signing time comes from; {@code Clock.systemUTC()} unless testing or
   *     correcting clock skew
   */
  public static SigV4Signer create(String region, String service, Clock clock) {
    return builder(region, service).clock(clock).build();
  }

  /** Returns a builder, for the options of {@link Builder}. */
  public static Builder builder(String region, String service) {
    return new Builder(region, service);
  }

  /** Returns the signing region. */
  public String region() {
    return region;
  }

  /** Returns the signing name of the service. */
  public String service() {
    return service;
  }

  /**
   * Signs a request at the clock's current time.
   *
   * @return the headers to add to the request before it is sent, in this order: {@code X-Amz-Date},
   *     then {@code X-Amz-Security-Token} and {@code X-Amz-Content-Sha256} when they apply, then
   *     {@code Authorization}
   * @throws SigningException if the request already has one of the headers the signer adds
   */
  public List<HttpHeader> sign(SignableRequest request, Credentials credentials) {
    return run(request, credentials, null);
  }

  /**
   * Signs a request and also returns the canonical request and the string to sign, for tests and
   * for comparing with what a server says it expected after a signature mismatch.
   */
  public SigningDetails details(SignableRequest request, Credentials credentials) {
    String[] text = new String[3];
    List<HttpHeader> headers = run(request, credentials, text);
    return new SigningDetails(text[0], text[1], text[2], headers);
  }

  private List<HttpHeader> run(SignableRequest request, Credentials credentials, String[] text) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(credentials, "credentials");
    String amzDate = AmzDate.dateTime(clock.instant().getEpochSecond());
    String date = amzDate.substring(0, 8);
    String token = credentials.sessionToken();
    SignerScratch s = SignerScratch.get();

    byte[] body = request.bodyBytes();
    String payloadHash;
    if (body.length == 0) {
      payloadHash = EMPTY_SHA256;
    } else {
      payloadHash = Hex.encode(s.sha256.digest(body));
    }

    // headers: the request's, plus host when absent, plus the ones this signer adds
    List<HttpHeader> given = request.headers();
    s.ensureHeaders(given.size() + 4);
    String[] names = s.names;
    String[] values = s.values;
    int n = 0;
    boolean hasHost = false;
    for (int i = 0; i < given.size(); i++) {
      HttpHeader h = given.get(i);
      String name = lowerCase(h.name());
      if (isUnsigned(name)) {
        continue;
      }
      checkNotAdded(name, token);
      hasHost |= name.equals("host");
      names[n] = name;
      values[n] = trimAll(h.value());
      n++;
    }
    if (!hasHost) {
      names[n] = "host";
      values[n++] = SignableRequest.hostOf(request.uri());
    }
    names[n] = "x-amz-date";
    values[n++] = amzDate;
    if (token != null && signSessionToken) {
      names[n] = "x-amz-security-token";
      values[n++] = token;
    }
    if (contentSha256Header) {
      names[n] = "x-amz-content-sha256";
      values[n++] = payloadHash;
    }
    sortByName(names, values, n);

    AsciiBuilder c = s.canonical;
    c.append(request.method()).append('\n');
    c.append(UriCanonicalizer.canonicalPath(request.uri(), normalizePath, doubleUrlEncode));
    c.append('\n');
    c.append(UriCanonicalizer.canonicalQuery(request.uri())).append('\n');
    for (int i = 0; i < n; i++) {
      c.append(names[i]).append(':').append(values[i]);
      while (i + 1 < n && names[i + 1].equals(names[i])) {
        c.append(',').append(values[++i]);
      }
      c.append('\n');
    }
    c.append('\n');
    String signedHeaders = signedHeaders(names, n);
    c.append(signedHeaders).append('\n').append(payloadHash);
    s.sha256.update(c.array(), 0, c.length());
    byte[] canonicalHash = s.sha256.digest();

    String credentialScope = scope(date);
    AsciiBuilder sts = s.stringToSign;
    sts.append(ALGORITHM).append('\n').append(amzDate).append('\n');
    sts.append(credentialScope).append('\n').appendHex(canonicalHash);
    byte[] signingKey = keys.key(date, credentials.secretAccessKey(), s);
    String signature = Hex.encode(s.hmac(signingKey, sts.array(), sts.length()));

    String authorization =
        new StringBuilder(ALGORITHM.length() + 200)
            .append(ALGORITHM)
            .append(" Credential=")
            .append(credentials.accessKeyId())
            .append('/')
            .append(credentialScope)
            .append(", SignedHeaders=")
            .append(signedHeaders)
            .append(", Signature=")
            .append(signature)
            .toString();
    if (text != null) {
      text[0] = c.toString();
      text[1] = sts.toString();
      text[2] = signature;
    }
    java.util.Arrays.fill(names, 0, n, null);
    java.util.Arrays.fill(values, 0, n, null);
    return added(amzDate, token, payloadHash, authorization);
  }

  private List<HttpHeader> added(String amzDate, String token, String hash, String auth) {
    HttpHeader date = new HttpHeader("X-Amz-Date", amzDate);
    HttpHeader authorization = new HttpHeader("Authorization", auth);
    if (token == null) {
      return contentSha256Header
          ? List.of(date, new HttpHeader("X-Amz-Content-Sha256", hash), authorization)
          : List.of(date, authorization);
    }
    HttpHeader tokenHeader = new HttpHeader("X-Amz-Security-Token", token);
    return contentSha256Header
        ? List.of(date, tokenHeader, new HttpHeader("X-Amz-Content-Sha256", hash), authorization)
        : List.of(date, tokenHeader, authorization);
  }

  private String scope(String date) {
    Scope sc = scope;
    if (!sc.date.equals(date)) {
      sc = new Scope(date, date + '/' + region + '/' + service + "/aws4_request");
      scope = sc;
    }
    return sc.value;
  }

  private void checkNotAdded(String name, String token) {
    if (name.equals("authorization")
        || name.equals("x-amz-date")
        || name.equals("x-amz-security-token")
        || contentSha256Header && name.equals("x-amz-content-sha256")) {
      throw new SigningException(
          "Request already has a '"
              + name
              + "' header, which the signer adds itself; sign a request without it"
              + " (build the headers afresh for each attempt)");
    }
  }

  private static boolean isUnsigned(String name) {
    switch (name) {
      case "user-agent":
      case "connection":
      case "expect":
      case "x-amzn-trace-id":
        return true;
      default:
        return false;
    }
  }

  private static String signedHeaders(String[] names, int n) {
    StringBuilder b = new StringBuilder(n * 16);
    for (int i = 0; i < n; i++) {
      if (i > 0 && names[i].equals(names[i - 1])) {
        continue;
      }
      if (b.length() > 0) {
        b.append(';');
      }
      b.append(names[i]);
    }
    return b.toString();
  }

  /** Stable insertion sort: few headers, and repeated names must keep their order. */
  private static void sortByName(String[] names, String[] values, int n) {
    for (int i = 1; i < n; i++) {
      String name = names[i];
      String value = values[i];
      int j = i - 1;
      while (j >= 0 && names[j].compareTo(name) > 0) {
        names[j + 1] = names[j];
        values[j + 1] = values[j];
        j--;
      }
      names[j + 1] = name;
      values[j + 1] = value;
    }
  }

  private static String lowerCase(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return name.toLowerCase(Locale.ROOT);
      }
    }
    return name;
  }

  /** Trims spaces and tabs at both ends and makes each inner run of them one space. */
  static String trimAll(String value) {
    int len = value.length();
    boolean clean = len == 0 || !isSpace(value.charAt(0)) && !isSpace(value.charAt(len - 1));
    for (int i = 1; clean && i < len; i++) {
      if (value.charAt(i) == '\t' || value.charAt(i) == ' ' && value.charAt(i - 1) == ' ') {
        clean = false;
      }
    }
    if (clean) {
      return value;
    }
    StringBuilder b = new StringBuilder(len);
    boolean pendingSpace = false;
    for (int i = 0; i < len; i++) {
      char c = value.charAt(i);
      if (isSpace(c)) {
        pendingSpace = b.length() > 0;
      } else {
        if (pendingSpace) {
          b.append(' ');
          pendingSpace = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static String checkName(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new SigningException("Signing " + what + " is blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == '/' || c >= 0x7f) {
        throw new SigningException(
            "Signing " + what + " '" + value + "' may not contain '/', spaces or non-ASCII");
      }
    }
    return value;
  }

  /** Shows the region, service and options. */
  @Override
  public String toString() {
    return "SigV4Signer[region="
        + region
        + ", service="
        + service
        + ", normalizePath="
        + normalizePath
        + ", doubleUrlEncode="
        + doubleUrlEncode
        + ", contentSha256Header="
        + contentSha256Header
        + ", signSessionToken="
        + signSessionToken
        + "]";
  }

  /** Options of a {@link SigV4Signer}. Not thread-safe; the signer it builds is. */
  public static final class Builder {
    private final String region;
    private final String service;
    private Clock clock = Clock.systemUTC();
    private boolean normalizePath = true;
    private boolean doubleUrlEncode = true;
    private boolean contentSha256Header;
    private boolean signSessionToken = true;

    private Builder(String region, String service) {
      this.region = region;
      this.service = service;
    }

    /** Sets the clock the signing time is read from; {@code Clock.systemUTC()} by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether dot segments and repeated slashes are removed from the path before signing; true by
     * default, as AWS expects from every service but S3.
     */
    public Builder normalizePath(boolean normalizePath) {
      this.normalizePath = normalizePath;
      return this;
    }

    /**
     * Whether the path as sent (already percent-encoded once) is encoded again for signing; true by
     * default, as AWS expects from every service but S3 and as the AWS SDKs do for DynamoDB. When
     * false, each path segment is signed percent-encoded exactly once. Plain paths such as {@code
     * /} or {@code /ru-central1/b1g/etn} sign the same either way.
     */
    public Builder doubleUrlEncode(boolean doubleUrlEncode) {
      this.doubleUrlEncode = doubleUrlEncode;
      return this;
    }

    /**
     * Whether to add and sign an {@code X-Amz-Content-Sha256} header with the body's hash; false by
     * default (DynamoDB does not need it).
     */
    public Builder contentSha256Header(boolean contentSha256Header) {
      this.contentSha256Header = contentSha256Header;
      return this;
    }

    /**
     * Whether {@code X-Amz-Security-Token} is part of the signature; true by default. When false
     * the token header is still returned, but added after signing, as a few services require.
     */
    public Builder signSessionToken(boolean signSessionToken) {
      this.signSessionToken = signSessionToken;
      return this;
    }

    /** Returns the signer. */
    public SigV4Signer build() {
      return new SigV4Signer(this);
    }
  }
}
