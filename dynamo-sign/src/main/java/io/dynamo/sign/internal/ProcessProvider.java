package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Credentials printed by an external command, as the {@code credential_process} key of a profile
 * names it.
 *
 * <p>The command runs as the AWS SDK for Java runs it: through {@code sh -c} ({@code cmd.exe /C} on
 * Windows), with this JVM's environment, no input, and at most 64,000 bytes of output, the SDK's
 * limit. Unlike the SDK's, it is also bounded in time (30 s unless told otherwise): a command still
 * running then is killed, with the processes it started. Its standard output must be the JSON the
 * AWS CLI defines: {@code Version} 1, {@code AccessKeyId}, {@code SecretAccessKey}, optionally
 * {@code SessionToken} and {@code Expiration}. Its standard error is discarded, never read or
 * logged, and messages never show the command (it may carry a secret) but name where it was
 * configured.
 */
public final class ProcessProvider implements CredentialsProvider {
  /** The most output read, as in the AWS SDK for Java. */
  static final int MAX_OUTPUT_BYTES = 64_000;

  /** How long a command may run unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final String command;
  private final Duration timeout;
  private final String source;

  /**
   * Creates a provider.
   *
   * @param command the command line
   * @param timeout the most time it may run
   * @param source where the command was configured, for messages, such as "credential_process of
   *     profile 'dev'"
   */
  public ProcessProvider(String command, Duration timeout, String source) {
    this.command = Objects.requireNonNull(command, "command");
    if (command.isBlank()) {
      throw new CredentialsException(source + " is empty");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
    this.source = source;
  }

  @Override
  public Credentials resolve() {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    List<String> argv = windows ? List.of("cmd.exe", "/C", command) : List.of("sh", "-c", command);
    ProcessBuilder pb =
        new ProcessBuilder(argv)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new CredentialsException(
          "The command of " + source + " could not be started: " + e.getClass().getSimpleName());
    }
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // no input is given either way
    }
    CompletableFuture<byte[]> output = new CompletableFuture<>();
    Thread reader = new Thread(() -> read(process, output), "dynamo-credential-process-output");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] out;
    try {
      if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        kill(process);
        throw new CredentialsException(
            "The command of "
                + source
                + " did not finish within "
                + timeout.toMillis()
                + " ms and was killed");
      }
      out = output.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new CredentialsException("Interrupted while waiting for the command of " + source);
    } catch (TimeoutException e) {
      kill(process); // it exited, but something it started still holds its output open
      throw new CredentialsException(
          "The command of "
              + source
              + " exited but its output did not end within "
              + timeout.toMillis()
              + " ms");
    } catch (ExecutionException e) {
      kill(process);
      throw e.getCause() instanceof CredentialsException
          ? new CredentialsException("The command of " + source + " " + e.getCause().getMessage())
          : new CredentialsException(
              "The command of "
                  + source
                  + " could not be read: "
                  + e.getCause().getClass().getSimpleName());
    }
    int status = process.exitValue();
    if (status != 0) {
      throw new CredentialsException(
          "The command of "
              + source
              + " exited with status "
              + status
              + " (its standard error is not shown: it may hold secrets)");
    }
    return parse(out, "The command of " + source);
  }

  private static void read(Process process, CompletableFuture<byte[]> output) {
    try (InputStream in = process.getInputStream()) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int n;
      while ((n = in.read(chunk)) >= 0) {
        buffer.write(chunk, 0, n);
        if (buffer.size() > MAX_OUTPUT_BYTES) {
          kill(process);
          output.completeExceptionally(
              new CredentialsException(
                  "printed more than the " + MAX_OUTPUT_BYTES + " bytes allowed and was killed"));
          return;
        }
      }
      output.complete(buffer.toByteArray());
    } catch (IOException e) {
      output.completeExceptionally(e);
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** Parses the JSON a credential process prints. */
  static Credentials parse(byte[] json, String source) {
    Map<String, String> f = CredentialsJson.fields(json, source);
    String version = f.get("Version");
    if (version == null || !version.equals("1")) {
      throw new CredentialsException(
          source
              + " printed JSON with "
              + (version == null ? "no Version" : "an unsupported Version")
              + "; it must print Version 1");
    }
    String id = f.get("AccessKeyId");
    String secret = f.get("SecretAccessKey");
    if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
      throw new CredentialsException(
          source
              + " printed JSON without "
              + (id == null || id.isBlank() ? "AccessKeyId" : "SecretAccessKey"));
    }
    String expiration = f.get("Expiration");
    Instant expiry = expiration == null ? null : CredentialsJson.time(expiration, source);
    return Credentials.of(id, secret, f.get("SessionToken"), expiry);
  }

  @Override
  public String toString() {
    return "credential process (" + source + ")";
  }
}
