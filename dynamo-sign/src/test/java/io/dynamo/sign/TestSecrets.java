package io.dynamo.sign;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The secrets the tests use, and checks that a text or a throwable shows none of them. */
public final class TestSecrets {
  /** The secret access key of AWS's examples, also used by the SigV4 test suite. */
  public static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

  /** A session token. */
  public static final String TOKEN =
      "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+session/token==";

  /** Another secret, for refreshed credentials. */
  public static final String SECRET_2 = "SecondSecretKeyValue/abcdefghijklmnopqrstu";

  /** Another session token, for refreshed credentials. */
  public static final String TOKEN_2 = "SecondSessionTokenValue+abcdefghijklmnopqrstuvwxyz==";

  /** A container authorization token. */
  public static final String CONTAINER_TOKEN = "ContainerAuthorizationTokenValue-0123456789";

  /** An IMDSv2 session token. */
  public static final String IMDS_TOKEN = "ImdsSessionTokenValue-AQAEAExampleExampleExample==";

  /** A bearer (IAM) token. */
  public static final String BEARER = "t1.9euelZqIamTokenValueExampleExample";

  /** The session tokens of the SigV4 test suite. */
  public static final List<String> SUITE_TOKENS =
      List.of(
          "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267",
          "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmx");

  /** Every secret above (the suite tokens by a long prefix). */
  public static final List<String> ALL =
      List.of(
          SECRET,
          TOKEN,
          SECRET_2,
          TOKEN_2,
          CONTAINER_TOKEN,
          IMDS_TOKEN,
          BEARER,
          SUITE_TOKENS.get(0),
          SUITE_TOKENS.get(1));

  private TestSecrets() {}

  /** Returns the secrets that occur in {@code text}. */
  public static List<String> found(String text) {
    List<String> hits = new ArrayList<>();
    if (text != null) {
      for (String s : ALL) {
        if (text.contains(s)) {
          hits.add(s.substring(0, 6) + "...");
        }
      }
    }
    return hits;
  }

  /** Fails if {@code text} contains a secret. */
  public static void assertClean(String what, String text) {
    List<String> hits = found(text);
    if (!hits.isEmpty()) {
      fail(what + " leaks secrets starting with " + hits);
    }
  }

  /** Fails if a throwable, its causes or suppressed ones show a secret in message or toString. */
  public static void assertClean(Throwable t) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    check(t, seen);
  }

  private static void check(Throwable t, Map<Throwable, Boolean> seen) {
    if (t == null || seen.put(t, true) != null) {
      return;
    }
    assertClean(t.getClass().getSimpleName() + " message", t.getMessage());
    assertClean(t.getClass().getSimpleName() + " toString", t.toString());
    check(t.getCause(), seen);
    for (Throwable s : t.getSuppressed()) {
      check(s, seen);
    }
  }
}
