package io.dynamo.sign;

import io.dynamo.sign.internal.AmzDate;
import io.dynamo.sign.internal.AsciiBuilder;
import io.dynamo.sign.internal.HeaderRules;
import io.dynamo.sign.internal.Hex;
import io.dynamo.sign.internal.HmacSha256;
import io.dynamo.sign.internal.SignerScratch;
import io.dynamo.sign.internal.SigningKeys;
import io.dynamo.sign.internal.UriCanonicalizer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
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
 * {@code Expect}, {@code Transfer-Encoding} and {@code X-Amzn-Trace-Id}, which proxies and HTTP
 * clients add or rewrite (the AWS SDKs leave them out too). Names are lower-cased and sorted,
 * values trimmed with inner runs of spaces made one, repeated headers joined with commas in their
 * order. The canonical URI keeps the endpoint's path (Yandex Database endpoints have one) and is
 * encoded as described in {@link Builder#doubleUrlEncode(boolean)}.
 *
 * <p>Signing keys are cached per date, secret, region and service, so a warm signature costs two
 * SHA-256 hashes (body and canonical request) and one HMAC. Instances are immutable and
 * thread-safe.
 */
public final class SigV4Signer {
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final byte[] CREDENTIAL_PREFIX = ascii(ALGORITHM + " Credential=");
  private static final byte[] SIGNATURE_PREFIX = ascii(", Signature=");
  private static final byte[] EMPTY_SHA256_HEX =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
          .getBytes(StandardCharsets.US_ASCII);

  private final String region;
  private final String service;
  private final Clock clock;
  private final boolean normalizePath;
  private final boolean doubleUrlEncode;
  private final boolean contentSha256Header;
  private final boolean signSessionToken;
  private final SigningKeys keys;
  private volatile Stamp stamp = new Stamp(Long.MIN_VALUE, "", "", "", null, null, null);

  /**
   * What changes once a second, computed once: the time stamps, the scope, and the constant
   * prefixes of the string to sign and of the Authorization header's credential, as bytes.
   */
  private record Stamp(
      long epochSecond,
      String amzDate,
      String date,
      String scope,
      HttpHeader header,
      byte[] stringToSignPrefix,
      byte[] credentialSuffix) {}

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
    Stamp stamp = stamp(clock.instant().getEpochSecond());
    String token = credentials.sessionToken();
    SignerScratch s = SignerScratch.acquire();
    try {
      return run(request, credentials, stamp, token, s, text);
    } finally {
      s.release();
    }
  }

  private List<HttpHeader> run(
      SignableRequest request,
      Credentials credentials,
      Stamp stamp,
      String token,
      SignerScratch s,
      String[] text) {
    byte[] body = request.bodyBytes();
    byte[] payloadHex = s.payloadHex;
    if (body.length == 0) {
      System.arraycopy(EMPTY_SHA256_HEX, 0, payloadHex, 0, 64);
    } else {
      s.sha256IntoHash(body, body.length);
      Hex.write(s.hash, payloadHex, 0);
    }

    // the request's headers, host when absent, then the ones this signer adds; names as given
    List<HttpHeader> given = request.headers();
    s.ensureHeaders(given.size() + 4);
    String[] names = s.names;
    String[] values = s.values;
    int n = 0;
    boolean hasHost = false;
    for (int i = 0, size = given.size(); i < size; i++) {
      HttpHeader h = given.get(i);
      String name = h.name();
      int kind = HeaderRules.classify(name, contentSha256Header);
      if (kind == HeaderRules.UNSIGNED) {
        continue;
      }
      if (kind == HeaderRules.ADDED_BY_SIGNER) {
        throw alreadyPresent(name);
      }
      hasHost |= kind == HeaderRules.HOST;
      names[n] = name;
      values[n++] = h.value();
    }
    if (!hasHost) {
      names[n] = "host";
      values[n++] = SignableRequest.hostOf(request.uri());
    }
    names[n] = "x-amz-date";
    values[n++] = stamp.amzDate;
    if (token != null && signSessionToken) {
      names[n] = "x-amz-security-token";
      values[n++] = token;
    }
    String payloadHash = null;
    if (contentSha256Header) {
      payloadHash = new String(payloadHex, 0, 64, StandardCharsets.ISO_8859_1);
      names[n] = "x-amz-content-sha256";
      values[n++] = payloadHash;
    }
    HeaderRules.sortByName(names, values, n);

    AsciiBuilder c = s.canonical;
    c.append(request.method()).append('\n');
    c.append(UriCanonicalizer.canonicalPath(request.uri(), normalizePath, doubleUrlEncode));
    c.append('\n');
    c.append(UriCanonicalizer.canonicalQuery(request.uri())).append('\n');
    int[] nameAt = s.nameOffsets(n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      nameAt[distinct++] = c.length();
      s.appendName(names[i]);
      c.append(':');
      if (values[i] == payloadHash) {
        c.append(payloadHex, 0, 64); // new every time: not worth a cache slot
      } else {
        s.appendValue(values[i]);
      }
      while (i + 1 < n && names[i + 1].equalsIgnoreCase(names[i])) {
        c.append(',');
        s.appendValue(values[++i]);
      }
      c.append('\n');
    }
    c.append('\n');
    // the signed headers list repeats the lower-cased names just written: copy their bytes
    int signedFrom = c.length();
    for (int i = 0; i < distinct; i++) {
      if (i > 0) {
        c.append(';');
      }
      c.appendUpTo(nameAt[i], (byte) ':');
    }
    int signedTo = c.length();
    c.append('\n').append(payloadHex, 0, 64);
    s.sha256IntoHash(c.array(), c.length());

    AsciiBuilder sts = s.stringToSign;
    sts.append(stamp.stringToSignPrefix).appendHex(s.hash);
    HmacSha256.Key signingKey = keys.key(stamp.date, credentials.secretAccessKey(), s);
    s.hmacIntoHash(signingKey, sts.array(), sts.length());

    AsciiBuilder auth = s.authorization;
    auth.append(CREDENTIAL_PREFIX).append(credentials.accessKeyId());
    auth.append(stamp.credentialSuffix).append(c.array(), signedFrom, signedTo);
    auth.append(SIGNATURE_PREFIX).appendHex(s.hash);
    String authorization = auth.toString();
    if (text != null) {
      text[0] = c.toString();
      text[1] = sts.toString();
      text[2] = Hex.encode(s.hash);
    }
    Arrays.fill(names, 0, n, null);
    Arrays.fill(values, 0, n, null);
    return added(stamp.header, token, payloadHash, authorization);
  }

  private List<HttpHeader> added(HttpHeader date, String token, String hash, String auth) {
    HttpHeader authorization = HttpHeader.trusted("Authorization", auth);
    if (token == null) {
      return hash != null
          ? List.of(date, HttpHeader.trusted("X-Amz-Content-Sha256", hash), authorization)
          : List.of(date, authorization);
    }
    HttpHeader tokenHeader = HttpHeader.trusted("X-Amz-Security-Token", token);
    return hash != null
        ? List.of(
            date, tokenHeader, HttpHeader.trusted("X-Amz-Content-Sha256", hash), authorization)
        : List.of(date, tokenHeader, authorization);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** The time stamps of one second, kept while requests are signed within it. */
  private Stamp stamp(long epochSecond) {
    Stamp st = stamp;
    if (st.epochSecond != epochSecond) {
      String amzDate = AmzDate.dateTime(epochSecond);
      String date = amzDate.substring(0, 8);
      String scope =
          st.date.equals(date) ? st.scope : date + '/' + region + '/' + service + "/aws4_request";
      st =
          new Stamp(
              epochSecond,
              amzDate,
              date,
              scope,
              HttpHeader.trusted("X-Amz-Date", amzDate),
              ascii(ALGORITHM + '\n' + amzDate + '\n' + scope + '\n'),
              ascii('/' + scope + ", SignedHeaders="));
      stamp = st;
    }
    return st;
  }

  private static SigningException alreadyPresent(String name) {
    return new SigningException(
        "Request already has a '"
            + name
            + "' header, which the signer adds itself; sign a request without it"
            + " (build the headers afresh for each attempt)");
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
