package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a call fails with a codec error naming the path and the rule. */
final class Rejections {
  private Rejections() {}

  /**
   * Runs {@code call}, expects {@code type}, and checks its path, its problem and that the message
   * is the path followed by the problem.
   */
  static <T extends CodecException> T rejects(
      Class<T> type, String path, String problem, Executable call) {
    T e = assertThrows(type, call);
    assertEquals(path, e.path(), "path");
    assertEquals(problem, e.problem(), "problem");
    assertEquals(path.isEmpty() ? problem : path + ": " + problem, e.getMessage(), "message");
    return e;
  }

  /** As {@link #rejects}, for a problem that starts with {@code problemStart} (Jackson's text). */
  static <T extends CodecException> T rejectsStartingWith(
      Class<T> type, String path, String problemStart, Executable call) {
    T e = assertThrows(type, call);
    assertEquals(path, e.path(), "path");
    if (!e.problem().startsWith(problemStart)) {
      assertEquals(problemStart, e.problem(), "problem start");
    }
    return e;
  }
}
