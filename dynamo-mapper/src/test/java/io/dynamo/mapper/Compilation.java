package io.dynamo.mapper;

import io.dynamo.mapper.processor.MapperProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sample sources with the mapper's processor, the way a user's build does: on the class
 * path, or as a module on the module path. The dependencies are this test run's own (the module and
 * class paths surefire gives the JVM).
 */
final class Compilation {
  final boolean success;
  final List<Diagnostic<? extends JavaFileObject>> diagnostics;
  final Path sources;
  final Path classes;
  final Path generated;

  private Compilation(
      boolean success,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Path sources,
      Path classes,
      Path generated) {
    this.success = success;
    this.diagnostics = diagnostics;
    this.sources = sources;
    this.classes = classes;
    this.generated = generated;
  }

  /** Compiles {@code files} (path to source) on the class path, or on the module path. */
  static Compilation of(Map<String, String> files, boolean modulePath) {
    try {
      Path root = Files.createTempDirectory("mapper-compile");
      Path sources = Files.createDirectories(root.resolve("src"));
      Path classes = Files.createDirectories(root.resolve("classes"));
      Path generated = Files.createDirectories(root.resolve("generated"));
      List<File> inputs = new ArrayList<>();
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = sources.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue());
        inputs.add(p.toFile());
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, null, null)) {
        List<String> options = new ArrayList<>();
        options.add("--release");
        options.add("17");
        options.add("-Xlint:all");
        options.add("-Werror");
        options.add("-d");
        options.add(classes.toString());
        options.add("-s");
        options.add(generated.toString());
        options.add(modulePath ? "--module-path" : "--class-path");
        options.add(dependencies());
        StringWriter out = new StringWriter();
        JavaCompiler.CompilationTask task =
            javac.getTask(
                out, fm, collector, options, null, fm.getJavaFileObjectsFromFiles(inputs));
        task.setProcessors(List.of(new MapperProcessor()));
        boolean ok = task.call();
        return new Compilation(ok, collector.getDiagnostics(), sources, classes, generated);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The jars and class folders of this test run, but for test classes and JUnit. */
  static String dependencies() {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        for (String e : value.split(File.pathSeparator)) {
          if (!e.contains("junit")
              && !e.contains("opentest4j")
              && !e.contains("apiguardian")
              && !e.contains("surefire")
              && !e.endsWith("test-classes")
              && !entries.contains(e)) {
            entries.add(e);
          }
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  List<Diagnostic<? extends JavaFileObject>> errors() {
    return diagnostics.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .collect(Collectors.toList());
  }

  String generatedSource(String path) {
    try {
      return Files.readString(generated.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> generatedFiles() {
    try (Stream<Path> files = Files.walk(generated)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> generated.relativize(p).toString().replace(File.separatorChar, '/'))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return diagnostics.stream().map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
  }
}
