package io.dynamo.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed certificates made once per JVM by the JDK's own {@code keytool} (the JDK has no
 * public API to create certificates, and the testkit does without BouncyCastle): {@link #get()} for
 * {@code 127.0.0.1}, {@code localhost} and {@value #PROXIED_HOST} (the name the proxy tests reach
 * through a proxy), and {@link #forOtherHost()}, for {@value #OTHER_HOST} only. Each is valid for
 * two days. For {@link StubServer#startTls} and clients that must trust it.
 *
 * <pre>{@code
 * try (StubServer stub = StubServer.startTls(SelfSignedCertificate.get().serverContext())) {
 *   // a client with sslContext(SelfSignedCertificate.get().trustingContext()) trusts it;
 *   // one with the JDK's default trust store refuses it
 * }
 * }</pre>
 */
public final class SelfSignedCertificate {
  private static final char[] PASSWORD = "testkit".toCharArray();
  private static final String ALIAS = "stub";

  /** A name that resolves nowhere, which only a proxy can reach (it maps it to 127.0.0.1). */
  public static final String PROXIED_HOST = "dynamodb.proxied.test";

  /** The only name {@link #forOtherHost()} is valid for. */
  public static final String OTHER_HOST = "other-host.invalid";

  private final KeyStore keyStore;

  private SelfSignedCertificate(KeyStore keyStore) {
    this.keyStore = keyStore;
  }

  /** The certificate for 127.0.0.1, localhost and {@value #PROXIED_HOST}, made on first use. */
  public static SelfSignedCertificate get() {
    return Holder.INSTANCE;
  }

  /**
   * A certificate for {@value #OTHER_HOST} only: trusted by its own {@link #trustingContext()}, yet
   * wrong for a server at 127.0.0.1, so a client that checks host names refuses it.
   */
  public static SelfSignedCertificate forOtherHost() {
    return OtherHolder.INSTANCE;
  }

  /** A server context that presents the certificate. */
  public SSLContext serverContext() {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore, PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot make the TLS server context", e);
    }
  }

  /** The certificate as PEM text, as a CA bundle file ({@code AWS_CA_BUNDLE}) holds it. */
  public String pem() {
    try {
      byte[] der = keyStore.getCertificate(ALIAS).getEncoded();
      return "-----BEGIN CERTIFICATE-----\n"
          + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
          + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encode the certificate", e);
    }
  }

  /** A client context that trusts this certificate and nothing else. */
  public SSLContext trustingContext() {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      Certificate certificate = keyStore.getCertificate(ALIAS);
      trusted.setCertificateEntry(ALIAS, certificate);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot make the trusting TLS client context", e);
    }
  }

  private static SelfSignedCertificate generate(String name, String subjectAltNames) {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    if (!Files.isExecutable(keytool)) {
      throw new IllegalStateException("TLS tests need the JDK's keytool, not found at " + keytool);
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("dynamo-testkit-tls");
      Path file = dir.resolve("stub.p12");
      List<String> command =
          List.of(
              keytool.toString(),
              "-genkeypair",
              "-alias",
              ALIAS,
              "-keyalg",
              "EC",
              "-groupname",
              "secp256r1",
              "-validity",
              "2",
              "-dname",
              "CN=" + name,
              "-ext",
              "SAN=" + subjectAltNames,
              "-storetype",
              "PKCS12",
              "-keystore",
              file.toString(),
              "-storepass",
              new String(PASSWORD),
              "-keypass",
              new String(PASSWORD),
              "-noprompt");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "keytool could not make a certificate: " + new String(output, StandardCharsets.UTF_8));
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, PASSWORD);
      }
      Files.delete(file);
      return new SelfSignedCertificate(store);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make a self-signed certificate with keytool", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the keystore keytool made", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while keytool was running", e);
    } finally {
      if (dir != null) {
        try {
          Files.deleteIfExists(dir.resolve("stub.p12"));
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // A temporary folder left behind; nothing else to do.
        }
      }
    }
  }

  private static final class Holder {
    static final SelfSignedCertificate INSTANCE =
        generate("127.0.0.1", "ip:127.0.0.1,dns:localhost,dns:" + PROXIED_HOST);
  }

  private static final class OtherHolder {
    static final SelfSignedCertificate INSTANCE = generate(OTHER_HOST, "dns:" + OTHER_HOST);
  }
}
