package io.dynamo.transport.apache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transport in a JVM of its own, as an application runs it: with nothing but this module and
 * what it needs at run time, on a real module path (the module as the root, so only what it
 * requires is resolved; HttpClient needs {@code jdk.net}) and on the class path.
 *
 * <p>It also pins what a user sees from HttpClient's logging without an SLF4J binding: HttpClient
 * 5.6 logs through slf4j-api 1.7, which then prints three lines to stderr, once, at the first use,
 * and logs nothing after. Nothing else is printed. A library cannot silence this without choosing a
 * binding for its users; adding one, such as {@code org.slf4j:slf4j-nop} (silence) or {@code
 * org.slf4j:slf4j-jdk14} (to java.util.logging), removes the lines.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StandaloneRunTest {
  private static final List<String> NO_BINDING_WARNING =
      List.of(
          "SLF4J: Failed to load class \"org.slf4j.impl.StaticLoggerBinder\".",
          "SLF4J: Defaulting to no-operation (NOP) logger implementation",
          "SLF4J: See http://www.slf4j.org/codes.html#StaticLoggerBinder for further details.");

  @TempDir Path temp;

  @Test
  void runsOnTheModulePathPrintingOnlySlf4jsNoBindingWarning() throws Exception {
    List<String> command = new ArrayList<>(java());
    command.addAll(
        List.of(
            "--module-path",
            String.join(File.pathSeparator, runtimeModulePath()),
            "--patch-module",
            "io.dynamo.transport.apache=" + testClasses(),
            "--module",
            "io.dynamo.transport.apache/" + Probe.class.getName()));

    Output output = run(command);

    assertEquals(List.of("sync 200", "async 200", "done"), output.stdout());
    assertEquals(NO_BINDING_WARNING, output.stderr());
  }

  @Test
  void runsTheSameOnTheClassPath() throws Exception {
    List<String> classPath = new ArrayList<>(runtimeModulePath());
    classPath.add(testClasses());
    List<String> command = new ArrayList<>(java());
    command.addAll(
        List.of("-cp", String.join(File.pathSeparator, classPath), Probe.class.getName()));

    Output output = run(command);

    assertEquals(List.of("sync 200", "async 200", "done"), output.stdout());
    assertEquals(NO_BINDING_WARNING, output.stderr());
  }

  private static List<String> java() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto");
  }

  /**
   * This module and what it needs at run time, from the test JVM's module path: without JUnit, the
   * contract and the testkit, and without any SLF4J binding (there is none among the dependencies;
   * the test fails if one turns up).
   */
  private static List<String> runtimeModulePath() {
    String modulePath = System.getProperty("jdk.module.path");
    assertNotNull(modulePath, "the tests run on the module path");
    // Surefire puts what no module descriptor names (slf4j-api among them) on the class path.
    String classPath = System.getProperty("java.class.path", "");
    List<String> entries = new ArrayList<>();
    for (String entry : (modulePath + File.pathSeparator + classPath).split(File.pathSeparator)) {
      if (entry.isBlank() || entries.contains(entry) || entry.contains("surefire")) {
        continue;
      }
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("junit-")
          || name.startsWith("opentest4j")
          || name.startsWith("apiguardian")
          || name.startsWith("transport-contract")
          || name.startsWith("dynamo-testkit")) {
        continue;
      }
      assertTrue(
          !name.startsWith("slf4j-") || name.startsWith("slf4j-api-"),
          "an SLF4J binding is on the module path: " + entry);
      entries.add(entry);
    }
    return entries;
  }

  private static String testClasses() {
    return Path.of("target", "test-classes").toAbsolutePath().toString();
  }

  private Output run(List<String> command) throws IOException, InterruptedException {
    Path out = temp.resolve("stdout.txt");
    Path err = temp.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(45, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the probe JVM did not finish: " + command);
    }
    Output output =
        new Output(
            Files.readAllLines(out, StandardCharsets.UTF_8),
            Files.readAllLines(err, StandardCharsets.UTF_8));
    assertEquals(0, process.exitValue(), () -> "the probe failed: " + output);
    return output;
  }

  private record Output(List<String> stdout, List<String> stderr) {}
}
