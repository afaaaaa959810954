package io.dynamo.api.internal;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.sign.AwsConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS context that trusts exactly the certificates of a PEM file named by {@code AWS_CA_BUNDLE}
 * or a profile's {@code ca_bundle}, as the AWS CLI does: the JDK's trust store is not consulted,
 * and host names and certificate chains are verified as always.
 */
public final class CaBundle {
  /** Bundles larger than this are refused unread: the public CAs of a system fit in 1 MB. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private CaBundle() {}

  /**
   * The context trusting the bundle {@code setting} names.
   *
   * @throws InvalidRequestException naming the setting, when the file cannot be read or holds no
   *     certificate
   */
  public static SSLContext sslContext(AwsConfig.Setting setting) {
    String source = setting.source();
    Path file;
    try {
      file = Path.of(setting.value().strip());
    } catch (InvalidPathException e) {
      throw new InvalidRequestException(source, "is not a file path: " + e.getReason());
    }
    byte[] pem;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new InvalidRequestException(
            source, "names " + file + ", of " + size + " bytes; a CA bundle is at most 16 MiB");
      }
      pem = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidRequestException(
          source,
          "names " + file + ", which cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    try {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(pem));
      if (certificates.isEmpty()) {
        throw new InvalidRequestException(
            source, "names " + file + ", which holds no PEM certificate");
      }
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      int i = 0;
      for (Certificate c : certificates) {
        trusted.setCertificateEntry("ca-" + i++, c);
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new InvalidRequestException(
          source,
          "names " + file + ", which is not a bundle of PEM certificates: " + e.getMessage());
    }
  }
}
