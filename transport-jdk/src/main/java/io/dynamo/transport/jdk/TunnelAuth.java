package io.dynamo.transport.jdk;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code java.net.http} refuses Basic authentication for {@code CONNECT} tunnels unless the JVM is
 * started with {@code -Djdk.http.auth.tunneling.disabledSchemes=} (its {@code net.properties} lists
 * {@code Basic} there by default), so HTTPS through a proxy that asks for Basic credentials fails
 * with the proxy's 407. A JVM-wide security setting is the user's to change, not a library's: the
 * transport says so once instead.
 */
final class TunnelAuth {
  static final String PROPERTY = "jdk.http.auth.tunneling.disabledSchemes";

  private static final System.Logger LOG = System.getLogger("io.dynamo.transport.jdk");
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private TunnelAuth() {}

  /** Whether Basic is refused for tunnels in this JVM. */
  static boolean basicDisabled() {
    String disabled = System.getProperty(PROPERTY);
    return disabled == null || disabled.toLowerCase(Locale.ROOT).contains("basic");
  }

  /** Logs, once per JVM, that HTTPS through an authenticating proxy needs the flag. */
  static void warnIfBasicIsDisabled() {
    if (basicDisabled() && WARNED.compareAndSet(false, true)) {
      LOG.log(
          Level.WARNING,
          "HTTPS through a proxy that asks for Basic credentials needs the JVM option -D"
              + PROPERTY
              + "= (java.net.http refuses Basic for CONNECT tunnels by default); plain HTTP through"
              + " the proxy works without it");
    }
  }
}
