package io.dynamo.sign;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

/** Test environments and fixture files. */
public final class Fixtures {
  private Fixtures() {}

  /** Returns the path of a test resource. */
  public static Path resource(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The home directory with the profile fixtures in .aws. */
  public static Path profileHome() {
    return resource("/profiles/basic");
  }

  /** An environment with these variables, no system properties, and this home. */
  public static Environment env(Path home, String... keyValues) {
    return Environment.of(map(keyValues), home);
  }

  /** A map from alternating keys and values. */
  public static Map<String, String> map(String... keyValues) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  /** Credentials JSON as container endpoints and IMDS return it. */
  public static String credentialsJson(
      String keyId, String secret, String token, String expiration) {
    return "{\n  \"Code\" : \"Success\",\n  \"LastUpdated\" : \"2026-11-25T03:00:00Z\",\n"
        + "  \"Type\" : \"AWS-HMAC\",\n  \"AccessKeyId\" : \""
        + keyId
        + "\",\n"
        + "  \"SecretAccessKey\" : \""
        + secret
        + "\",\n  \"Token\" : \""
        + token
        + "\",\n"
        + "  \"Expiration\" : \""
        + expiration
        + "\",\n  \"Nested\" : {\"ignored\": [1, 2]}\n}";
  }
}
