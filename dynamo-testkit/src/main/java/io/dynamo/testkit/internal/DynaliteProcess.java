package io.dynamo.testkit.internal;

import io.dynamo.testkit.DynaliteException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** A running dynalite: the node launcher process, its output drains and its port. */
public final class DynaliteProcess {
  private static final System.Logger LOG = System.getLogger("io.dynamo.testkit.Dynalite");
  private static final String LAUNCHER_RESOURCE = "/io/dynamo/testkit/dynalite-launcher.js";
  private static final String LAUNCHER_FILE = "dynamo-testkit-launcher.js";
  private static final String PORT_PREFIX = "DYNALITE_PORT=";
  private static final int TAIL_LINES = 200;

  private final Process process;
  private final OutputDrain stdout;
  private final OutputDrain stderr;
  private final int port;

  private DynaliteProcess(Process process, OutputDrain stdout, OutputDrain stderr, int port) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    this.port = port;
  }

  /**
   * Starts the launcher from {@code dir} and returns once dynalite answers its health check.
   *
   * @param optionsJson dynalite's options object, as JSON
   * @param env extra environment variables for the node process
   */
  public static DynaliteProcess start(
      String node, Path dir, String optionsJson, Map<String, String> env, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Path launcher = writeLauncher(dir);
    ProcessBuilder builder =
        new ProcessBuilder(List.of(node, launcher.toString(), dir.toString(), optionsJson));
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new DynaliteException(
          "dynalite needs Node.js 20+; found none: cannot run '"
              + node
              + "' ("
              + e.getMessage()
              + "). Install Node.js 20 or newer, or set -Ddynalite.node=<path to node>",
          e);
    }
    CompletableFuture<Integer> portLine = new CompletableFuture<>();
    OutputDrain stderr =
        OutputDrain.start(
            "dynalite-stderr-" + process.pid(),
            process.getErrorStream(),
            TAIL_LINES,
            line -> LOG.log(Level.WARNING, "dynalite: {0}", line),
            () -> {});
    OutputDrain stdout =
        OutputDrain.start(
            "dynalite-stdout-" + process.pid(),
            process.getInputStream(),
            TAIL_LINES,
            line -> {
              if (line.startsWith(PORT_PREFIX)) {
                portLine.complete(Integer.parseInt(line.substring(PORT_PREFIX.length()).trim()));
              } else {
                LOG.log(Level.DEBUG, "dynalite: {0}", line);
              }
            },
            () -> portLine.completeExceptionally(new EOFException("launcher output ended")));
    try {
      int port = portLine.get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
      DynaliteProcess started = new DynaliteProcess(process, stdout, stderr, port);
      started.awaitHealthy(deadline, timeout);
      return started;
    } catch (TimeoutException e) {
      throw failure(process, stderr, "did not report its port within " + seconds(timeout), e);
    } catch (ExecutionException e) {
      awaitExit(process, stderr);
      String how =
          process.isAlive()
              ? "closed its output without reporting a port"
              : "exited with code " + process.exitValue() + " before it listened";
      throw failure(process, stderr, how, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(process, stderr, "start was interrupted", e);
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  private static DynaliteException failure(
      Process process, OutputDrain stderr, String what, Throwable cause) {
    process.destroyForcibly();
    String tail = stderr.tail();
    return new DynaliteException(
        "dynalite "
            + what
            + (tail.isEmpty() ? " (no error output)" : "; its error output:\n" + tail),
        cause);
  }

  private static void awaitExit(Process process, OutputDrain stderr) {
    try {
      process.waitFor(2, TimeUnit.SECONDS);
      stderr.awaitEnd(Duration.ofSeconds(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHealthy(long deadline, Duration timeout) throws InterruptedException {
    String request = "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n";
    String last = "no answer";
    while (true) {
      try (Socket socket = new Socket()) {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, remainingMillis(deadline)));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), millis);
        socket.setSoTimeout(millis);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        String status = statusLine(socket.getInputStream());
        if (status.startsWith("HTTP/1.1 200")) {
          return;
        }
        last = "answered '" + status + "'";
      } catch (IOException e) {
        last = e.toString();
      }
      if (!process.isAlive() || remainingMillis(deadline) <= 0) {
        awaitExit(process, stderr);
        throw failure(
            process,
            stderr,
            "did not pass its health check (GET / on port "
                + port
                + ") within "
                + seconds(timeout)
                + ": "
                + last,
            null);
      }
      Thread.sleep(10);
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n' && line.length() < 200) {
      line.append((char) c);
    }
    return line.toString().strip();
  }

  private static long remainingMillis(long deadline) {
    return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() / 1000.0 + " s";
  }

  /**
   * Writes the launcher script into {@code dir} (atomically, and only when it changed), or into a
   * temporary file when {@code dir} is not writable.
   */
  static Path writeLauncher(Path dir) {
    byte[] script;
    try (InputStream in = DynaliteProcess.class.getResourceAsStream(LAUNCHER_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + LAUNCHER_RESOURCE);
      }
      script = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path target = dir.resolve(LAUNCHER_FILE);
    try {
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), script)) {
        return target;
      }
      Path tmp = Files.createTempFile(dir, ".launcher", ".tmp");
      Files.write(tmp, script);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      try {
        Path tmp = Files.createTempFile("dynamo-testkit-launcher", ".js");
        Files.write(tmp, script);
        tmp.toFile().deleteOnExit();
        return tmp;
      } catch (IOException again) {
        again.addSuppressed(e);
        throw new DynaliteException("Cannot write the dynalite launcher script", again);
      }
    }
  }

  /** The port dynalite listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** Whether the node process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** The node process id. */
  public long pid() {
    return process.pid();
  }

  /** The last lines dynalite wrote to its standard error. */
  public String stderrTail() {
    return stderr.tail();
  }

  /** The last lines dynalite wrote to its standard output. */
  public String stdoutTail() {
    return stdout.tail();
  }

  /** Waits until a line of dynalite's standard error matches; see {@link OutputDrain#awaitLine}. */
  public boolean awaitStderr(Predicate<String> match, Duration timeout)
      throws InterruptedException {
    return stderr.awaitLine(match, timeout);
  }

  /**
   * Stops the process: closes its standard input (the launcher exits on that), sends SIGTERM, and
   * kills it if it is still there after {@code timeout}.
   */
  public void stop(Duration timeout) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already closed: the process is going away anyway.
    }
    process.destroy();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      stderr.awaitEnd(Duration.ofSeconds(1));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
