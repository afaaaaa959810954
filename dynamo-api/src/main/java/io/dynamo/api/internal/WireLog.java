package io.dynamo.api.internal;

import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.codec.internal.json.Json;
import io.dynamo.sign.HttpHeader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The opt-in wire log: each attempt's HTTP request and response at DEBUG on {@code io.dynamo.wire}.
 *
 * <p>Secrets are always masked: the access key id and the signature of a SigV4 {@code
 * Authorization} (its scope and signed headers stay), any other {@code Authorization} after its
 * scheme, {@code X-Amz-Security-Token}, {@code x-amz-sso_bearer_token}, and any header whose name
 * speaks of a token, secret, password, cookie or key. Bodies are shown as their structure, every
 * value replaced by {@code …} ({@link BodyShape}), unless {@code io.dynamo.valuesInMessages=true},
 * when the body is shown as it is, up to {@value #BODY_LIMIT} characters.
 */
final class WireLog {
  static final System.Logger LOG = System.getLogger("io.dynamo.wire");
  static final int BODY_LIMIT = 4096;
  static final String MASK = "****";

  private WireLog() {}

  /** Sends {@code http} with {@code send}, writing both ways to the wire log. */
  static CompletableFuture<HttpResponse> send(
      ApiRequest call,
      int attempt,
      HttpRequest http,
      Function<HttpRequest, CompletableFuture<HttpResponse>> send) {
    String operation = call.operation().operationName();
    long start = System.nanoTime();
    request(operation, attempt, http);
    CompletableFuture<HttpResponse> sent = send.apply(http);
    sent.whenComplete(
        (response, error) -> {
          try {
            if (response != null) {
              response(operation, attempt, System.nanoTime() - start, response);
            } else {
              failure(operation, attempt, System.nanoTime() - start, Futures.cause(error));
            }
          } catch (RuntimeException e) {
            // the log must never fail the call
          }
        });
    return sent;
  }

  static void request(String operation, int attempt, HttpRequest request) {
    StringBuilder out = new StringBuilder(256);
    out.append(operation)
        .append(" attempt ")
        .append(attempt)
        .append(" request: ")
        .append(request.method())
        .append(' ')
        .append(request.uri());
    headers(out, request.headers());
    body(out, request.body());
    LOG.log(Level.DEBUG, out.toString());
  }

  static void response(String operation, int attempt, long nanos, HttpResponse response) {
    StringBuilder out = new StringBuilder(256);
    out.append(operation)
        .append(" attempt ")
        .append(attempt)
        .append(" response: ")
        .append(response.statusCode())
        .append(" in ")
        .append(nanos / 1_000_000)
        .append(" ms");
    headers(out, response.headers());
    body(out, response.body());
    LOG.log(Level.DEBUG, out.toString());
  }

  static void failure(String operation, int attempt, long nanos, Throwable failure) {
    LOG.log(
        Level.DEBUG,
        operation
            + " attempt "
            + attempt
            + " failed after "
            + nanos / 1_000_000
            + " ms: "
            + failure.getClass().getName());
  }

  private static void headers(StringBuilder out, List<HttpHeader> headers) {
    for (HttpHeader h : headers) {
      out.append("\n  ").append(h.name()).append(": ").append(mask(h.name(), h.value()));
    }
  }

  private static void body(StringBuilder out, byte[] body) {
    out.append("\n  body (").append(body.length).append(" bytes): ");
    if (body.length == 0) {
      return;
    }
    if (Json.valuesInMessages()) {
      String text =
          new String(body, 0, Math.min(body.length, BODY_LIMIT * 4), StandardCharsets.UTF_8);
      if (text.length() > BODY_LIMIT) {
        out.append(text, 0, BODY_LIMIT).append("...");
      } else {
        out.append(text);
      }
    } else {
      out.append(BodyShape.describe(body));
    }
  }

  /** The header's value as the log shows it. */
  static String mask(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
      return maskAuthorization(value);
    }
    if (lower.contains("token")
        || lower.contains("secret")
        || lower.contains("password")
        || lower.contains("cookie")
        || lower.contains("credential")
        || lower.contains("key")) {
      return MASK;
    }
    return value;
  }

  /**
   * A SigV4 value keeps its algorithm, credential scope and signed headers; its access key id and
   * signature are masked. Any other scheme keeps only its name.
   */
  static String maskAuthorization(String value) {
    String v = value.trim();
    if (!v.startsWith("AWS4-")) {
      int space = v.indexOf(' ');
      return space < 0 ? MASK : v.substring(0, space) + " " + MASK;
    }
    StringBuilder out = new StringBuilder(v.length());
    int space = v.indexOf(' ');
    out.append(space < 0 ? v : v.substring(0, space));
    if (space < 0) {
      return out.toString();
    }
    String[] parts = v.substring(space + 1).split(",");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      out.append(i == 0 ? " " : ", ");
      if (part.startsWith("Credential=")) {
        int slash = part.indexOf('/');
        out.append("Credential=").append(MASK);
        if (slash > 0) {
          out.append(part, slash, part.length());
        }
      } else if (part.startsWith("SignedHeaders=")) {
        out.append(part);
      } else {
        int eq = part.indexOf('=');
        out.append(eq < 0 ? MASK : part.substring(0, eq + 1) + MASK);
      }
    }
    return out.toString();
  }
}
