package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation as a user's application gets it on the real module path: a module of its own, with an
 * annotated item type and nothing but {@code requires io.dynamo.validation} and {@code opens ... to
 * org.hibernate.validator}, compiled here and run in a new JVM with plain {@code java -p ... -m
 * ...} and no other flag against dynalite. Valid calls work, invalid ones are refused with their
 * paths, and nothing is printed on stderr but Hibernate Validator's version line.
 */
@ExtendWith(DynaliteExtension.class)
class ModulePathBlackBoxTest {
  /** The modules an application with validation and the JDK transport has on its path. */
  private static final Set<String> MODULES =
      Set.of(
          "io.dynamo.validation",
          "io.dynamo.api",
          "io.dynamo.codec",
          "io.dynamo.sign",
          "io.dynamo.transport.jdk",
          "com.fasterxml.jackson.core",
          "jakarta.validation",
          "org.hibernate.validator",
          "org.jboss.logging",
          "com.fasterxml.classmate");

  private static final String MODULE_INFO =
      """
      module demo.validation {
        requires io.dynamo.validation;
        opens demo.validation to org.hibernate.validator;
      }
      """;

  private static final String MAIN =
      """
      package demo.validation;

      import io.dynamo.api.DynamoClient;
      import io.dynamo.api.Table;
      import io.dynamo.api.model.BillingMode;
      import io.dynamo.api.model.CreateTableRequest;
      import io.dynamo.api.model.GetItemRequest;
      import io.dynamo.api.model.ScalarType;
      import io.dynamo.codec.ItemCodec;
      import io.dynamo.codec.Key;
      import io.dynamo.sign.Credentials;
      import io.dynamo.validation.DynamoValidation;
      import io.dynamo.validation.KeySchema;
      import io.dynamo.validation.RequestValidationException;
      import io.dynamo.validation.Violation;
      import jakarta.validation.constraints.Min;
      import jakarta.validation.constraints.NotBlank;
      import java.time.Duration;

      public final class Main {
        record Order(@NotBlank String id, @Min(0) int lines) {}

        public static void main(String[] args) {
          String table = args[1];
          ItemCodec<Order> orders =
              ItemCodec.of(
                  (o, w) -> w.string("id", o.id()).number("lines", o.lines()),
                  r -> new Order(r.getString("id"), r.getInt("lines")));
          try (DynamoClient db =
              DynamoClient.builder()
                  .endpoint(args[0])
                  .credentials(Credentials.of("AKIDEXAMPLE", "not-a-real-secret"))
                  .validation(
                      DynamoValidation.builder()
                          .keySchema(table, KeySchema.of("id", ScalarType.S))
                          .build())
                  .build()) {
            db.createTable(
                CreateTableRequest.builder()
                    .table(table)
                    .hashKey("id", ScalarType.S)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .build());
            db.waitUntilTableActive(table, Duration.ofSeconds(30));
            Table<Order> t = db.table(table, orders);
            t.put(new Order("o1", 3));
            try {
              t.put(new Order(" ", -1));
            } catch (RequestValidationException e) {
              for (Violation v : e.violations()) {
                System.out.println("item " + v.path() + " " + v.constraint());
              }
            }
            try {
              db.getItem(GetItemRequest.of(table, Key.of("id", 1)));
            } catch (RequestValidationException e) {
              System.out.println("key " + e.field() + " " + e.violations().get(0).rule());
            }
            System.out.println("lines " + t.get(Key.of("id", "o1")).lines());
          }
        }
      }
      """;

  @Test
  void anApplicationModuleValidatesWithNoFlags(Dynalite dynalite, @TempDir Path dir)
      throws Exception {
    List<String> path = modulePath();
    Path src = dir.resolve("src/demo/validation");
    Files.createDirectories(src);
    Files.writeString(dir.resolve("src/module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("Main.java"), MAIN);
    Path classes = dir.resolve("classes");
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    ByteArrayOutputStream compileErrors = new ByteArrayOutputStream();
    int rc =
        javac.run(
            new java.io.PrintStream(compileErrors, true, StandardCharsets.UTF_8),
            new java.io.PrintStream(compileErrors, true, StandardCharsets.UTF_8),
            "--release",
            "17",
            "-p",
            String.join(File.pathSeparator, path),
            "-d",
            classes.toString(),
            dir.resolve("src/module-info.java").toString(),
            src.resolve("Main.java").toString());
    assertEquals(0, rc, () -> compileErrors.toString(StandardCharsets.UTF_8));

    List<String> runPath = new ArrayList<>(path);
    runPath.add(classes.toString());
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-p",
            String.join(File.pathSeparator, runPath),
            "-m",
            "demo.validation/demo.validation.Main",
            dynalite.endpoint().toString(),
            Dynalite.uniqueName("modulepath"));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
    builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the application did not finish within 60 s");
    }
    String stdout = Files.readString(out);
    String stderr = Files.readString(err);
    assertEquals(0, process.exitValue(), () -> stdout + stderr);
    assertEquals(
        List.of(
            "item Item.id NotBlank",
            "item Item.lines Min",
            "key Key has attribute 'id' of type N, but the table's partition key is S",
            "lines 3"),
        stdout.lines().collect(Collectors.toList()),
        () -> stdout + stderr);
    List<String> unexpected =
        stderr
            .lines()
            .filter(l -> !l.contains("org.hibernate.validator.internal.util.Version"))
            .filter(l -> !l.contains("HV000001: Hibernate Validator"))
            .collect(Collectors.toList());
    assertTrue(unexpected.isEmpty(), () -> "stderr: " + stderr);
  }

  /** The entries of this JVM's paths that hold the modules an application needs, by module. */
  private static List<String> modulePath() throws IOException {
    List<String> path = new ArrayList<>();
    Set<String> found = new java.util.TreeSet<>();
    for (Path entry : ApiClosureTest.modulePath()) {
      for (ModuleReference ref : ModuleFinder.of(entry).findAll()) {
        String name = ref.descriptor().name();
        if (MODULES.contains(name) && found.add(name)) {
          path.add(entry.toString());
        }
      }
    }
    assertEquals(MODULES, found, "modules on the test's paths");
    return path;
  }
}
