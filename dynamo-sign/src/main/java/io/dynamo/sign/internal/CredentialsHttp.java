package io.dynamo.sign.internal;

import io.dynamo.sign.CredentialsException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Small HTTP calls to local credential endpoints (container, instance metadata) with short
 * timeouts, never through a proxy. The client is created on first use and kept.
 */
public final class CredentialsHttp {
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final Duration timeout;
  private volatile HttpClient client;

  /** Creates a helper whose connects and responses each time out after {@code timeout}. */
  public CredentialsHttp(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
  }

  /** Returns the timeout. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Sends a request and returns the body of a 200 response.
   *
   * @param what what is being fetched, for messages, such as "container credentials"
   * @throws CredentialsException on any failure or a non-200 status
   */
  public byte[] send(String method, URI uri, Map<String, String> headers, String what) {
    HttpResponse<byte[]> response;
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
      headers.forEach(b::header);
      b.method(method, HttpRequest.BodyPublishers.noBody());
      response = client().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IllegalArgumentException e) {
      // a URI that parses but that java.net.http refuses (a port beyond 65535, say); its message
      // and the URI's query and user info are left out, as everywhere here
      throw new CredentialsException(
          what + ": " + method + " " + describe(uri) + " is not a URI an HTTP client can send to");
    } catch (IOException e) {
      throw new CredentialsException(
          what
              + ": "
              + method
              + " "
              + describe(uri)
              + " failed ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CredentialsException(what + ": interrupted while waiting for " + describe(uri), e);
    }
    int status = response.statusCode();
    if (status != 200) {
      throw new StatusException(
          status,
          what
              + ": "
              + method
              + " "
              + describe(uri)
              + " returned HTTP "
              + status
              + (status == 404
                  ? " (not found)"
                  : status == 401 || status == 403 ? " (refused)" : ""));
    }
    byte[] body = response.body();
    if (body.length > MAX_BODY_BYTES) {
      throw new CredentialsException(
          what
              + ": "
              + describe(uri)
              + " returned "
              + body.length
              + " bytes, more than the "
              + MAX_BODY_BYTES
              + " a credentials response can be");
    }
    return body;
  }

  /** Returns scheme, host, port and path of a URI: never its query or user info. */
  public static String describe(URI uri) {
    StringBuilder b =
        new StringBuilder().append(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() != -1) {
      b.append(':').append(uri.getPort());
    }
    return b.append(uri.getRawPath() == null ? "" : uri.getRawPath()).toString();
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c =
              HttpClient.newBuilder()
                  .connectTimeout(timeout)
                  .proxy(HttpClient.Builder.NO_PROXY)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .version(HttpClient.Version.HTTP_1_1)
                  .build();
          client = c;
        }
      }
    }
    return c;
  }

  /** A response with a status other than 200. */
  public static final class StatusException extends CredentialsException {
    private static final long serialVersionUID = 1L;
    private final int status;

    StatusException(int status, String message) {
      super(message);
      this.status = status;
    }

    /** Returns the HTTP status. */
    public int status() {
      return status;
    }
  }
}
