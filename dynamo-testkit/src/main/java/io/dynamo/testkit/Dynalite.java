package io.dynamo.testkit;

import io.dynamo.testkit.internal.DynaliteInstall;
import io.dynamo.testkit.internal.DynaliteProcess;
import io.dynamo.testkit.internal.Json;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A dynalite server (a DynamoDB-compatible server on Node.js) running on 127.0.0.1 on an ephemeral
 * port, in memory, for the life of this object.
 *
 * <pre>{@code
 * try (Dynalite dynalite = Dynalite.start()) {
 *   URI endpoint = dynalite.endpoint();   // http://127.0.0.1:PORT
 *   ...
 * }
 * }</pre>
 *
 * <p>dynalite {@value #VERSION} is installed with npm on first use (Node.js 20+ needed) into the
 * folder named by system property {@code dynalite.dir}, else {@code <dynamo.root>/.dynalite}, else
 * {@code .dynalite} in the nearest folder above {@code user.dir} that has {@code
 * scripts/install-dynalite}. System properties {@code dynalite.node} and {@code dynalite.npm} name
 * the executables (default {@code node} and {@code npm} on the PATH).
 *
 * <p>The server is started through a small node launcher that keeps dynalite alive when a client
 * drops a connection in the middle of a request body (dynalite 4.0.0 would crash), and that exits
 * when the JVM does, so no server outlives its test run. Tables are ACTIVE right after creation and
 * gone right after deletion unless {@link Builder#createTableMs} and friends say otherwise.
 *
 * <p>Instances are thread-safe. In tests, {@link DynaliteExtension} shares one per JVM.
 */
public final class Dynalite implements AutoCloseable {
  /** The dynalite version started. */
  public static final String VERSION = DynaliteInstall.VERSION;

  private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
  private static final String RUN_ID =
      Long.toString(
          ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36);
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final DynaliteProcess process;
  private final URI endpoint;
  private final Duration startupTime;
  private final String region;
  private volatile boolean closed;

  private Dynalite(DynaliteProcess process, Duration startupTime, String region) {
    this.process = process;
    this.endpoint = URI.create("http://127.0.0.1:" + process.port());
    this.startupTime = startupTime;
    this.region = region;
  }

  /** Starts dynalite with the defaults of {@link #builder()}, installing it first if needed. */
  public static Dynalite start() {
    return builder().start();
  }

  /** A builder for a dynalite with non-default options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A table name unique within this JVM run (and very likely across runs): {@code prefix}, a dash,
   * a random run id and a counter, e.g. {@code users-k3x9q-7}. Tests that share one dynalite use it
   * so they never see each other's tables.
   *
   * @throws IllegalArgumentException if {@code prefix} has characters DynamoDB does not allow in a
   *     table name (only {@code a-z A-Z 0-9 _ . -}) or is longer than 200 characters
   */
  public static String uniqueName(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.length() > 200 || !TABLE_NAME.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "Table name prefix '"
              + prefix
              + "' must be 1-200 characters of a-z, A-Z, 0-9, '_', '.' or '-'");
    }
    return prefix + "-" + RUN_ID + "-" + NAMES.incrementAndGet();
  }

  /** The HTTP endpoint, {@code http://127.0.0.1:PORT}, with no trailing slash. */
  public URI endpoint() {
    return endpoint;
  }

  /** The port dynalite listens on, on 127.0.0.1. */
  public int port() {
    return process.port();
  }

  /** The region dynalite puts into table ARNs (from {@code AWS_REGION}, default us-east-1). */
  public String region() {
    return region;
  }

  /** How long {@link Builder#start()} took, from the request to a passed health check. */
  public Duration startupTime() {
    return startupTime;
  }

  /** Whether the server process is running. */
  public boolean isRunning() {
    return !closed && process.isAlive();
  }

  /**
   * The last lines the server wrote to its standard error (errors the launcher caught, and anything
   * dynalite logged), for diagnostics.
   */
  public String errorOutput() {
    return process.stderrTail();
  }

  /** Waits until a line of the server's standard error matches, or the timeout passes. */
  boolean awaitErrorOutput(Predicate<String> match, Duration timeout) throws InterruptedException {
    return process.awaitStderr(match, timeout);
  }

  /** Stops the server and waits until its process has exited. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      process.stop(Duration.ofSeconds(5));
    }
  }

  @Override
  public String toString() {
    return "Dynalite[" + endpoint + (isRunning() ? "" : ", stopped") + "]";
  }

  /**
   * Options for a dynalite server. Not thread-safe; {@link #start()} can be called more than once
   * and starts a new server each time.
   */
  public static final class Builder {
    private Path directory;
    private int createTableMs;
    private int deleteTableMs;
    private int updateTableMs;
    private Integer maxItemSizeKb;
    private Path dataPath;
    private String region;
    private Duration startTimeout = Duration.ofSeconds(30);
    private Duration installTimeout = Duration.ofMinutes(5);

    private Builder() {}

    /** The folder dynalite is (or gets) installed in; default: see {@link Dynalite}. */
    public Builder directory(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** How long a new table stays CREATING (default 0: ACTIVE at once; dynalite's own is 500). */
    public Builder createTableMs(int millis) {
      this.createTableMs = nonNegative(millis, "createTableMs");
      return this;
    }

    /** How long a deleted table stays DELETING (default 0). */
    public Builder deleteTableMs(int millis) {
      this.deleteTableMs = nonNegative(millis, "deleteTableMs");
      return this;
    }

    /** How long an updated table stays UPDATING (default 0). */
    public Builder updateTableMs(int millis) {
      this.updateTableMs = nonNegative(millis, "updateTableMs");
      return this;
    }

    /** The item size limit in KB (dynalite's default: 400, as DynamoDB). */
    public Builder maxItemSizeKb(int kb) {
      if (kb <= 0) {
        throw new IllegalArgumentException("maxItemSizeKb must be positive, was " + kb);
      }
      this.maxItemSizeKb = kb;
      return this;
    }

    /** Keeps the data on disk in this folder (LevelDB) instead of in memory. */
    public Builder dataPath(Path dataPath) {
      this.dataPath = Objects.requireNonNull(dataPath, "dataPath");
      return this;
    }

    /** The region used in table ARNs (sets {@code AWS_REGION} for the server process). */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** How long to wait for the server to answer its health check (default 30 s). */
    public Builder startTimeout(Duration timeout) {
      this.startTimeout = positive(timeout, "startTimeout");
      return this;
    }

    /** How long an npm install may take when dynalite is missing (default 5 min). */
    public Builder installTimeout(Duration timeout) {
      this.installTimeout = positive(timeout, "installTimeout");
      return this;
    }

    /**
     * Installs dynalite if needed, starts it, and returns once it answers HTTP.
     *
     * @throws DynaliteException if Node.js 20+ or npm is missing, the install fails, or the server
     *     does not come up in time (the message includes the server's error output)
     */
    public Dynalite start() {
      long begin = System.nanoTime();
      Path dir = directory != null ? directory.toAbsolutePath() : DynaliteInstall.locate();
      String node = System.getProperty("dynalite.node", "node");
      String npm = System.getProperty("dynalite.npm", defaultNpm());
      DynaliteInstall.ensureInstalled(dir, node, npm, installTimeout);
      Map<String, String> env = new HashMap<>();
      if (region != null) {
        env.put("AWS_REGION", region);
      }
      DynaliteProcess process = DynaliteProcess.start(node, dir, optionsJson(), env, startTimeout);
      String effectiveRegion = region != null ? region : environmentRegion();
      return new Dynalite(process, Duration.ofNanos(System.nanoTime() - begin), effectiveRegion);
    }

    private String optionsJson() {
      StringBuilder json = new StringBuilder("{");
      json.append("\"createTableMs\":").append(createTableMs);
      json.append(",\"deleteTableMs\":").append(deleteTableMs);
      json.append(",\"updateTableMs\":").append(updateTableMs);
      if (maxItemSizeKb != null) {
        json.append(",\"maxItemSizeKb\":").append(maxItemSizeKb);
      }
      if (dataPath != null) {
        json.append(",\"path\":").append(Json.quote(dataPath.toAbsolutePath().toString()));
      }
      return json.append('}').toString();
    }

    private static String environmentRegion() {
      String fromEnv = System.getenv("AWS_REGION");
      if (fromEnv == null || fromEnv.isEmpty()) {
        fromEnv = System.getenv("AWS_DEFAULT_REGION");
      }
      return fromEnv == null || fromEnv.isEmpty() ? "us-east-1" : fromEnv;
    }

    private static String defaultNpm() {
      return System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
    }

    private static int nonNegative(int value, String name) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
