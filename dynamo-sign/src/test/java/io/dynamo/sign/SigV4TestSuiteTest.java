package io.dynamo.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AWS's SigV4 test suite (src/test/resources/sigv4, Apache-2.0, see its LICENSE): for each of its
 * 38 requests the canonical request, the string to sign, the signature and the Authorization header
 * must match, and so must the headers the signer adds.
 *
 * <p>The suite's request lines spell paths as raw characters (a space, UTF-8) and its canonical
 * URIs are those paths percent-encoded once. A {@link URI} carries the path as sent, already
 * encoded once, so the suite runs with {@code doubleUrlEncode(false)}, which signs each path
 * segment encoded exactly once. The DynamoDB golden tests cover the default (double) encoding.
 */
@ExtendWith(SecretLeakGuard.class)
class SigV4TestSuiteTest {
  static final List<String> VECTORS =
      List.of(
          "get-header-key-duplicate",
          "get-header-value-multiline",
          "get-header-value-order",
          "get-header-value-trim",
          "get-relative-normalized",
          "get-relative-relative-normalized",
          "get-relative-relative-unnormalized",
          "get-relative-unnormalized",
          "get-slash-dot-slash-normalized",
          "get-slash-dot-slash-unnormalized",
          "get-slash-normalized",
          "get-slash-pointless-dot-normalized",
          "get-slash-pointless-dot-unnormalized",
          "get-slash-unnormalized",
          "get-slashes-normalized",
          "get-slashes-unnormalized",
          "get-space-normalized",
          "get-space-unnormalized",
          "get-unreserved",
          "get-utf8",
          "get-vanilla",
          "get-vanilla-empty-query-key",
          "get-vanilla-query",
          "get-vanilla-query-order-encoded",
          "get-vanilla-query-order-key-case",
          "get-vanilla-query-unreserved",
          "get-vanilla-utf8-query",
          "get-vanilla-with-session-token",
          "post-header-key-case",
          "post-header-key-sort",
          "post-header-value-case",
          "post-sts-header-after",
          "post-sts-header-before",
          "post-vanilla",
          "post-vanilla-empty-query-value",
          "post-vanilla-query",
          "post-x-www-form-urlencoded",
          "post-x-www-form-urlencoded-parameters");

  static Stream<String> vectors() {
    return VECTORS.stream();
  }

  @Test
  void suiteHasAll38VectorsAndItsLicense() {
    assertEquals(38, VECTORS.size());
    for (String v : VECTORS) {
      assertTrue(
          read(v, "request.txt").startsWith("GET ") || read(v, "request.txt").startsWith("POST "),
          v);
    }
    assertTrue(read("", "LICENSE").contains("Apache License"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void matchesEveryIntermediateResultOfTheSuite(String name) {
    Context ctx = Context.parse(read(name, "context.json"));
    ParsedRequest parsed = ParsedRequest.parse(read(name, "request.txt"));
    SigV4Signer signer =
        SigV4Signer.builder(ctx.region, ctx.service)
            .clock(Clock.fixed(ctx.timestamp, ZoneOffset.UTC))
            .normalizePath(ctx.normalize)
            .doubleUrlEncode(false)
            .contentSha256Header(ctx.signBody)
            .signSessionToken(!ctx.omitSessionToken)
            .build();

    SigningDetails d = signer.details(parsed.request, ctx.credentials);

    assertEquals(
        read(name, "header-canonical-request.txt"), d.canonicalRequest(), "canonical request");
    assertEquals(read(name, "header-string-to-sign.txt"), d.stringToSign(), "string to sign");
    assertEquals(read(name, "header-signature.txt").strip(), d.signature(), "signature");
    Map<String, String> expected =
        ParsedRequest.parse(read(name, "header-signed-request.txt")).added(parsed);
    Map<String, String> actual = new HashMap<>();
    for (HttpHeader h : d.headers()) {
      actual.put(h.name().toLowerCase(java.util.Locale.ROOT), h.value());
    }
    assertEquals(expected, actual, "headers added to the request");
    assertEquals(expected.get("authorization"), d.authorization(), "Authorization header");
    // sign() and details() agree
    assertEquals(d.headers(), signer.sign(parsed.request, ctx.credentials));
  }

  static String read(String vector, String file) {
    String path = "/sigv4/" + (vector.isEmpty() ? "" : vector + "/") + file;
    try (InputStream in = SigV4TestSuiteTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** context.json: credentials, region, service, time and options. */
  record Context(
      Credentials credentials,
      String region,
      String service,
      Instant timestamp,
      boolean normalize,
      boolean signBody,
      boolean omitSessionToken) {

    static Context parse(String json) {
      Map<String, String> m = new HashMap<>();
      try (JsonParser p = new JsonFactory().createParser(json)) {
        while (p.nextToken() != null) {
          if (p.currentToken().isScalarValue() && p.currentName() != null) {
            m.put(p.currentName(), p.getText());
          } else if (p.currentToken() == JsonToken.START_OBJECT) {
            continue;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Context(
          Credentials.of(m.get("access_key_id"), m.get("secret_access_key"), m.get("token")),
          m.get("region"),
          m.get("service"),
          Instant.parse(m.get("timestamp")),
          Boolean.parseBoolean(m.get("normalize")),
          Boolean.parseBoolean(m.get("sign_body")),
          Boolean.parseBoolean(m.getOrDefault("omit_session_token", "false")));
    }
  }

  /** request.txt and header-signed-request.txt: request line, headers (folded lines), body. */
  record ParsedRequest(SignableRequest request, List<HttpHeader> headers) {

    static ParsedRequest parse(String text) {
      int blank = text.indexOf("\n\n");
      String head = blank < 0 ? text : text.substring(0, blank);
      String body = blank < 0 ? "" : text.substring(blank + 2);
      String[] lines = head.split("\n");
      String requestLine = lines[0];
      String method = requestLine.substring(0, requestLine.indexOf(' '));
      String target =
          requestLine.substring(method.length() + 1, requestLine.lastIndexOf(" HTTP/1.1"));
      List<String[]> raw = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i];
        if (line.isEmpty()) {
          continue;
        }
        if (Character.isWhitespace(line.charAt(0))) { // obs-fold: continues the previous value
          String[] last = raw.get(raw.size() - 1);
          last[1] = last[1] + " " + line;
          continue;
        }
        int colon = line.indexOf(':');
        raw.add(new String[] {line.substring(0, colon), line.substring(colon + 1)});
      }
      List<HttpHeader> headers = new ArrayList<>();
      String host = null;
      for (String[] h : raw) {
        headers.add(HttpHeader.of(h[0], h[1]));
        if (h[0].equalsIgnoreCase("host")) {
          host = h[1];
        }
      }
      // the URI carries the path as sent: characters a URI cannot hold are percent-encoded
      URI uri = URI.create("https://" + host + target.replace(" ", "%20"));
      return new ParsedRequest(
          SignableRequest.of(method, uri, headers, body.getBytes(StandardCharsets.UTF_8)), headers);
    }

    /** The headers of this (signed) request that {@code original} did not have. */
    Map<String, String> added(ParsedRequest original) {
      Map<String, String> added = new HashMap<>();
      for (HttpHeader h : headers) {
        if (original.request.header(h.name()).isEmpty()) {
          added.put(h.name().toLowerCase(java.util.Locale.ROOT), h.value());
        }
      }
      return added;
    }
  }
}
