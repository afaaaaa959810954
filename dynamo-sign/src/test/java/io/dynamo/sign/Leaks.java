package io.dynamo.sign;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Assertions that also check what they see for secrets. */
public final class Leaks {
  private Leaks() {}

  /** Like {@code assertThrows}, and checks the exception's messages for secrets. */
  public static <T extends Throwable> T assertThrowsClean(Class<T> type, Executable executable) {
    T e = assertThrows(type, executable);
    TestSecrets.assertClean(e);
    return e;
  }

  /** Checks an object's {@code toString()} for secrets and returns it. */
  public static String cleanToString(Object o) {
    String s = String.valueOf(o);
    TestSecrets.assertClean(o == null ? "null" : o.getClass().getSimpleName() + ".toString()", s);
    return s;
  }
}
