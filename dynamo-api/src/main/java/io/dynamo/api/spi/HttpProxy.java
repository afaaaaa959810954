package io.dynamo.api.spi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP proxy for a transport to send requests through: plain HTTP requests are forwarded by it,
 * HTTPS requests are tunnelled through it with {@code CONNECT} (so TLS still runs end to end and
 * the certificate checked is the endpoint's).
 *
 * <pre>{@code
 * HttpProxy proxy =
 *     HttpProxy.of("proxy.corp.example", 3128)
 *         .withCredentials("svc-dynamo", secret)        // Basic; the password is never printed
 *         .bypassing("localhost", "*.internal.example");
 * }</pre>
 *
 * <p>Hosts to bypass follow the rules of the JVM's {@code http.nonProxyHosts}: an exact host name
 * or address, or a pattern with one {@code *} at its start or its end ({@code *.example.com},
 * {@code 10.*}); matching ignores case. Requests to them go directly.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the user name but never the password.
 *
 * @param host the proxy's host name or address, without a scheme
 * @param port its port, 1 to 65535
 * @param username the user for Basic proxy authentication, or {@code null} for none
 * @param password the password, {@code null} exactly when {@code username} is
 * @param nonProxyHosts hosts reached directly, in the patterns described above
 */
public record HttpProxy(
    String host, int port, String username, String password, List<String> nonProxyHosts) {

  /** Validates and copies the parts. */
  public HttpProxy {
    Objects.requireNonNull(host, "host");
    if (host.contains("@")) {
      // user info in the host: what precedes the @ may be a password, so none of it is shown
      throw new IllegalArgumentException(
          "proxy host must be a bare host name or address, such as proxy.example.com, but holds"
              + " an '@' (user info?); give the user and password with withCredentials(...)");
    }
    if (host.isBlank() || host.contains("/") || host.contains(" ")) {
      throw new IllegalArgumentException(
          "proxy host must be a bare host name or address, such as proxy.example.com, but is '"
              + host
              + "'");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("proxy port must be 1 to 65535 but is " + port);
    }
    if ((username == null) != (password == null)) {
      throw new IllegalArgumentException(
          "proxy credentials need both a user name and a password, or neither");
    }
    if (username != null && (username.isEmpty() || username.indexOf(':') >= 0)) {
      throw new IllegalArgumentException(
          "proxy user name must be non-empty and without ':' (Basic authentication)");
    }
    if (password != null && (password.indexOf('\r') >= 0 || password.indexOf('\n') >= 0)) {
      throw new IllegalArgumentException("proxy password must not contain a line break");
    }
    List<String> patterns = new ArrayList<>();
    for (String pattern : Objects.requireNonNull(nonProxyHosts, "nonProxyHosts")) {
      String p = Objects.requireNonNull(pattern, "nonProxyHosts entry").trim();
      if (p.isEmpty() || p.indexOf('*', 1) > 0 && p.indexOf('*', 1) < p.length() - 1) {
        throw new IllegalArgumentException(
            "a host to bypass must be a host name or address with at most a '*' at its start or"
                + " end, but is '"
                + pattern
                + "'");
      }
      patterns.add(p.toLowerCase(Locale.ROOT));
    }
    nonProxyHosts = List.copyOf(patterns);
  }

  /** A proxy at {@code host:port}, without credentials, bypassed for no host. */
  public static HttpProxy of(String host, int port) {
    return new HttpProxy(host, port, null, null, List.of());
  }

  /** This proxy with Basic credentials. */
  public HttpProxy withCredentials(String username, String password) {
    return new HttpProxy(
        host,
        port,
        Objects.requireNonNull(username, "username"),
        Objects.requireNonNull(password, "password"),
        nonProxyHosts);
  }

  /** This proxy, bypassed for these hosts as well (see the class comment for the patterns). */
  public HttpProxy bypassing(String... hosts) {
    List<String> all = new ArrayList<>(nonProxyHosts);
    all.addAll(List.of(hosts));
    return new HttpProxy(host, port, username, password, all);
  }

  /** Whether credentials are set. */
  public boolean hasCredentials() {
    return username != null;
  }

  /** Whether requests to {@code targetHost} go directly rather than through this proxy. */
  public boolean bypasses(String targetHost) {
    if (targetHost == null || nonProxyHosts.isEmpty()) {
      return false;
    }
    String h = targetHost.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    for (String p : nonProxyHosts) {
      if (p.equals("*")
          || p.equals(h)
          || p.startsWith("*") && h.endsWith(p.substring(1))
          || p.endsWith("*") && h.startsWith(p.substring(0, p.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value of a {@code Proxy-Authorization} header for these credentials ({@code Basic ...}),
   * for transports that send it themselves; empty without credentials. It holds the password: never
   * log it.
   */
  public String basicAuthorization() {
    if (username == null) {
      return "";
    }
    byte[] pair = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair);
  }

  /** Host, port, user name and hosts bypassed; the password is masked. */
  @Override
  public String toString() {
    return "HttpProxy["
        + host
        + ":"
        + port
        + (username == null ? "" : ", user=" + username + ", password=****")
        + (nonProxyHosts.isEmpty() ? "" : ", bypass=" + nonProxyHosts)
        + "]";
  }
}
