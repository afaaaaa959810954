package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code uses no reflection or dynamic proxies (native-image friendly, as the design requires).
 * Scans the sources, comments left out: a javadoc may say what the code avoids.
 */
class NoReflectionTest {
  /** Surefire runs tests in the module directory. */
  private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

  private static final List<String> FORBIDDEN =
      List.of(
          "java.lang.reflect",
          "getDeclaredField",
          "getDeclaredMethod",
          "getDeclaredConstructor",
          "setAccessible(",
          "Class.forName",
          "Proxy",
          "MethodHandles");

  @Test
  void mainCodeUsesNoReflection() {
    List<Path> sources = sources();
    assertTrue(
        sources.size() > 30,
        "found only " + sources.size() + " sources in " + MAIN_SOURCES.toAbsolutePath());
    List<String> found = new ArrayList<>();
    for (Path source : sources) {
      String code = withoutComments(read(source));
      for (String word : FORBIDDEN) {
        if (code.contains(word)) {
          found.add(MAIN_SOURCES.relativize(source) + " uses " + word);
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theScanSeesCodeButNotComments() {
    String code =
        "/** Not {@code java.lang.reflect}. */ // nor Proxy\n"
            + "class A { Object f() { return Class.forName(\"x\"); } String s = \"/* kept */\"; }";

    String stripped = withoutComments(code);

    assertTrue(stripped.contains("Class.forName"));
    assertTrue(stripped.contains("/* kept */"));
    assertEquals(false, stripped.contains("java.lang.reflect"));
    assertEquals(false, stripped.contains("Proxy"));
  }

  private static List<Path> sources() {
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The code with block and line comments removed; string and char literals are kept. */
  static String withoutComments(String code) {
    StringBuilder out = new StringBuilder(code.length());
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? code.length() : end + 2;
      } else if (code.startsWith("//", i)) {
        int end = code.indexOf('\n', i);
        i = end < 0 ? code.length() : end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < code.length() && code.charAt(end) != c) {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        out.append(code, i, Math.min(end + 1, code.length()));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
