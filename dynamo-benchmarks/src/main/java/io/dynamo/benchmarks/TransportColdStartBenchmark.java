package io.dynamo.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cold start with a real HTTP stack: in a fresh JVM, build a client and make the first GetItem
 * over loopback to a {@link CannedServer} that the set-up starts in the same JVM. Ours finds its
 * transport as a user's application would, through {@link java.util.ServiceLoader} with {@code
 * -Dio.dynamo.transport} naming the one of the stack (all three are on this class path); the SDK
 * gets its HTTP client for the stack from {@link Stacks} ({@code vertx} pairs with its async
 * netty-nio-client). The JVM's own start-up and the set-up are not in the figure; the client's
 * start-up, its HTTP library's and the first exchange are. One shot per JVM, many JVMs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class TransportColdStartBenchmark {
  /** The HTTP stack: {@code jdk}, {@code apache} or {@code vertx}. */
  @Param({"jdk", "apache", "vertx"})
  public String stack;

  private CannedServer server;
  private AutoCloseable client;

  /** Starts the server; names our transport for discovery. */
  @Setup
  public void setUp() throws IOException {
    server = new CannedServer();
    System.setProperty("io.dynamo.transport", stack);
  }

  /** Closes the client and the server. */
  @TearDown
  public void tearDown() throws Exception {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  /** Our client, built with the discovered transport, and its first GetItem. */
  @Benchmark
  public String ours() {
    io.dynamo.api.DynamoClient db =
        io.dynamo.api.DynamoClient.builder()
            .endpoint(server.endpoint())
            .region(Fixtures.REGION)
            .credentials(io.dynamo.sign.Credentials.of(Fixtures.ACCESS_KEY, Fixtures.SECRET))
            .build();
    client = db;
    return OurSide.getItem(db).item().getString("name");
  }

  /** The SDK's client on the same stack, and its first GetItem. */
  @Benchmark
  public String sdk() {
    URI endpoint = URI.create(server.endpoint());
    if (Stacks.async(stack)) {
      var db = SdkSide.asyncClient(Stacks.sdkAsync(stack), endpoint);
      client = db;
      return SdkSide.getItemAsync(db).item().get("name").s();
    }
    var db = SdkSide.client(Stacks.sdkSync(stack), endpoint);
    client = db;
    return SdkSide.getItem(db).item().get("name").s();
  }
}
