package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transport of this run, as a user's application gets it: {@link BlackBox} started in a new JVM
 * with plain {@code java -p ... -m ...} (and again with {@code -cp}), nothing on its path but this
 * module, the client's modules and that one transport with what it needs, and no flag at all. It
 * must find the transport, talk to dynalite and print nothing on stderr.
 */
@ExtendWith(DynaliteExtension.class)
class BlackBoxTest {
  /** The jars every client needs, by file name. */
  private static final List<String> CLIENT =
      List.of("dynamo-codec-", "dynamo-sign-", "dynamo-api-", "jackson-core-");

  /** Each transport's jars, by file name: its own and its HTTP library's. */
  private static final Map<String, List<String>> TRANSPORTS =
      Map.of(
          "jdk", List.of("transport-jdk-"),
          "apache", List.of("transport-apache-", "httpclient5-", "httpcore5-", "slf4j-api-"),
          "vertx", List.of("transport-vertx-", "vertx-", "netty-"));

  /** What SLF4J 1.7 prints once when no logging backend is on the path. */
  private static final String SLF4J_NO_BINDING =
      String.join(
          System.lineSeparator(),
          "SLF4J: Failed to load class \"org.slf4j.impl.StaticLoggerBinder\".",
          "SLF4J: Defaulting to no-operation (NOP) logger implementation",
          "SLF4J: See http://www.slf4j.org/codes.html#StaticLoggerBinder for further details.",
          "");

  private static String transport() {
    return System.getProperty("io.dynamo.transport", "jdk");
  }

  @Test
  void findsTheTransportOnTheModulePathWithNoFlags(Dynalite dynalite) throws Exception {
    List<String> path = pathFor(transport());

    Run run =
        java(
            List.of(
                "-p",
                String.join(File.pathSeparator, path),
                "-m",
                "io.dynamo.it/io.dynamo.it.BlackBox"),
            dynalite);

    assertWorked(run);
  }

  @Test
  void findsTheTransportOnTheClassPathWithNoFlags(Dynalite dynalite) throws Exception {
    List<String> path = pathFor(transport());

    Run run =
        java(
            List.of("-cp", String.join(File.pathSeparator, path), "io.dynamo.it.BlackBox"),
            dynalite);

    assertWorked(run);
  }

  private static void assertWorked(Run run) {
    assertEquals(0, run.exit(), () -> "exit " + run.exit() + "\n" + run.out() + run.err());
    assertTrue(
        run.out().contains("transport=" + transport() + "]"),
        () -> "expected the " + transport() + " transport:\n" + run.out());
    assertTrue(run.out().contains("item id=box-1 price=12.50 EUR n=7 async n=7"), run::out);
    String err = run.err();
    if (transport().equals("apache")) {
      // HttpClient logs through SLF4J, which says once that it has no binding (the user's logging
      // backend, absent here) and then logs nothing: see ApacheTransport's javadoc
      err = err.replace(SLF4J_NO_BINDING, "");
    }
    assertEquals("", err, "a working client prints nothing on stderr");
  }

  /**
   * This module's classes, the client's jars and this transport's (and no other transport's),
   * picked by name from the test JVM's own paths.
   */
  private static List<String> pathFor(String transport) {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isBlank()) {
        entries.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    List<String> wanted = new ArrayList<>(CLIENT);
    wanted.addAll(TRANSPORTS.get(transport));
    List<String> path = new ArrayList<>();
    for (String entry : entries) {
      Path p = Path.of(entry);
      String name = p.getFileName().toString();
      boolean ours = p.endsWith(Path.of("integration-tests", "target", "classes"));
      if (ours || wanted.stream().anyMatch(name::startsWith) && name.endsWith(".jar")) {
        path.add(entry);
      }
    }
    assertTrue(
        path.stream().anyMatch(e -> e.endsWith("classes")),
        () -> "this module's classes are not on the test paths: " + entries);
    return path;
  }

  private record Run(int exit, String out, String err) {}

  private static Run java(List<String> args, Dynalite dynalite)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    command.add(dynalite.endpoint().toString());
    command.add(Dynalite.uniqueName("blackbox"));
    Path out = Files.createTempFile("blackbox", ".out");
    Path err = Files.createTempFile("blackbox", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      // nothing from the environment decides anything here, and nothing may reach for AWS
      builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
      builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the black-box program did not finish within 60 s: " + command);
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
