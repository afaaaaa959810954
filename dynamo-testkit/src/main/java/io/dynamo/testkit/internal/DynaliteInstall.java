package io.dynamo.testkit.internal;

import io.dynamo.testkit.DynaliteException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the folder dynalite is installed in, and installs it there with npm when it is missing. */
public final class DynaliteInstall {
  /** The dynalite version this kit starts. */
  public static final String VERSION = "4.0.0";

  private static final Pattern VERSION_LINE =
      Pattern.compile("\"version\"\\s*:\\s*\"" + Pattern.quote(VERSION) + "\"");
  private static final Pattern NODE_VERSION = Pattern.compile("v?(\\d+)\\.\\d+");
  private static final int MIN_NODE_MAJOR = 20;
  // FileLock is per JVM process, not per thread: threads of one JVM queue here first.
  private static final ReentrantLock JVM_LOCK = new ReentrantLock();

  private DynaliteInstall() {}

  /**
   * The install folder: system property {@code dynalite.dir}, else {@code <dynamo.root>/.dynalite},
   * else {@code .dynalite} in the nearest folder above {@code user.dir} that has {@code
   * scripts/install-dynalite}.
   */
  public static Path locate() {
    String dir = System.getProperty("dynalite.dir");
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir).toAbsolutePath();
    }
    String root = System.getProperty("dynamo.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root).toAbsolutePath().resolve(".dynalite");
    }
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        p != null;
        p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("scripts").resolve("install-dynalite"))) {
        return p.resolve(".dynalite");
      }
    }
    throw new DynaliteException(
        "Cannot tell where dynalite is installed: set -Ddynalite.dir=<folder> or"
            + " -Ddynamo.root=<project root>, or run from inside the project (a folder with"
            + " scripts/install-dynalite)");
  }

  /** Whether dynalite {@value #VERSION} is installed in {@code dir}. */
  public static boolean isInstalled(Path dir) {
    Path pkg = dir.resolve("node_modules").resolve("dynalite").resolve("package.json");
    try {
      return Files.isRegularFile(pkg) && VERSION_LINE.matcher(Files.readString(pkg)).find();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Installs dynalite into {@code dir} unless it is there. A file lock in {@code dir} keeps two
   * JVMs from installing at once; the second one finds the first one's install.
   */
  public static void ensureInstalled(Path dir, String node, String npm, Duration timeout) {
    if (isInstalled(dir)) {
      return;
    }
    JVM_LOCK.lock();
    try {
      Files.createDirectories(dir);
      try (FileChannel channel =
          FileChannel.open(
              dir.resolve(".install.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock();
        try {
          if (isInstalled(dir)) {
            return;
          }
          checkNode(node);
          install(dir, npm, timeout);
        } finally {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw new DynaliteException("Cannot install dynalite into " + dir + ": " + e, e);
    } finally {
      JVM_LOCK.unlock();
    }
  }

  /** Throws a {@link DynaliteException} unless {@code node} runs and is version 20 or newer. */
  public static void checkNode(String node) {
    ProcessResult result;
    try {
      result = ProcessResult.run(List.of(node, "--version"), null, Duration.ofSeconds(30));
    } catch (IOException e) {
      throw new DynaliteException(
          "dynalite needs Node.js 20+; found none: cannot run '"
              + node
              + "' ("
              + e.getMessage()
              + "). Install Node.js 20 or newer, or set -Ddynalite.node=<path to node>",
          e);
    }
    String found = result.output().strip();
    Matcher m = NODE_VERSION.matcher(found);
    if (result.exitCode() != 0 || !m.find() || Integer.parseInt(m.group(1)) < MIN_NODE_MAJOR) {
      throw new DynaliteException(
          "dynalite needs Node.js " + MIN_NODE_MAJOR + "+; found " + found + " ('" + node + "')");
    }
  }

  private static void install(Path dir, String npm, Duration timeout) throws IOException {
    List<String> command =
        List.of(
            npm,
            "install",
            "--prefix",
            dir.toString(),
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
            "--loglevel=error",
            "dynalite@" + VERSION);
    ProcessResult result;
    try {
      result = ProcessResult.run(command, dir, timeout);
    } catch (IOException e) {
      throw new DynaliteException(
          "Cannot run npm to install dynalite ("
              + e.getMessage()
              + "). Install Node.js 20+ with npm, or set -Ddynalite.npm=<path to npm>",
          e);
    }
    if (result.exitCode() != 0 || !isInstalled(dir)) {
      throw new DynaliteException(
          "npm install of dynalite@"
              + VERSION
              + " into "
              + dir
              + " failed (exit "
              + result.exitCode()
              + "):\n"
              + result.output());
    }
  }

  /** Exit code and merged output of a finished process. */
  record ProcessResult(int exitCode, String output) {
    static ProcessResult run(List<String> command, Path cwd, Duration timeout) throws IOException {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (cwd != null) {
        builder.directory(cwd.toFile());
      }
      Process process = builder.start();
      process.getOutputStream().close();
      OutputDrain out =
          OutputDrain.start(
              command.get(0) + "-output", process.getInputStream(), 200, l -> {}, () -> {});
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          throw new DynaliteException(
              "'"
                  + String.join(" ", command)
                  + "' did not finish within "
                  + timeout.toSeconds()
                  + " s; its output:\n"
                  + out.tail());
        }
        out.awaitEnd(Duration.ofSeconds(5));
        return new ProcessResult(process.exitValue(), out.tail());
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new DynaliteException("Interrupted while running " + command.get(0), e);
      }
    }
  }
}
