package io.dynamo.benchmarks;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.spi.Transport;
import io.dynamo.codec.Item;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The calls of {@link ClientBenchmark} over real HTTP to a {@link CannedServer} on 127.0.0.1, for
 * each HTTP stack of {@link Stacks}: ours with the transport, the SDK with its HTTP client on the
 * same library, each on its default settings and keep-alive connections. The {@code vertx} stack
 * goes through both async clients (each call waited for). The server's own work is in both figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LoopbackBenchmark {
  /** The HTTP stack: {@code jdk}, {@code apache}, {@code apache4} or {@code vertx}. */
  @Param({"jdk", "apache", "apache4", "vertx"})
  public String stack;

  private CannedServer server;
  private Transport transport;
  private boolean async;
  private DynamoClient ours;
  private DynamoDbClient sdk;
  private DynamoDbAsyncClient sdkAsync;
  private Item ourItem;
  private Map<String, AttributeValue> sdkItem;

  /** Starts the server and both clients, and checks they send the same bodies. */
  @Setup
  public void setUp() throws IOException {
    server = new CannedServer();
    transport = Stacks.ours(stack);
    async = Stacks.async(stack);
    ours = OurSide.client(transport, server.endpoint());
    if (async) {
      sdkAsync = SdkSide.asyncClient(Stacks.sdkAsync(stack), URI.create(server.endpoint()));
    } else {
      sdk = SdkSide.client(Stacks.sdkSync(stack), URI.create(server.endpoint()));
    }
    ourItem = OurSide.item();
    sdkItem = ClientAgreement.toSdk(ourItem.attributes());

    oursGetItem();
    byte[] ourGet = server.lastBody(Fixtures.GET_ITEM);
    sdkGetItem();
    ClientAgreement.sameBodies("GetItem", ourGet, server.lastBody(Fixtures.GET_ITEM));
    oursPutItem();
    byte[] ourPut = server.lastBody(Fixtures.PUT_ITEM);
    sdkPutItem();
    ClientAgreement.sameBodies("PutItem", ourPut, server.lastBody(Fixtures.PUT_ITEM));
    oursQuery();
    byte[] ourQuery = server.lastBody(Fixtures.QUERY);
    sdkQuery();
    ClientAgreement.sameBodies("Query", ourQuery, server.lastBody(Fixtures.QUERY));
  }

  /** Stops everything. */
  @TearDown
  public void tearDown() throws IOException {
    ours.close();
    transport.close();
    if (sdk != null) {
      sdk.close();
    }
    if (sdkAsync != null) {
      sdkAsync.close();
    }
    server.close();
  }

  /** GetItem over loopback HTTP with our transport. */
  @Benchmark
  public Object oursGetItem() {
    return async ? OurSide.getItemAsync(ours) : OurSide.getItem(ours);
  }

  /** GetItem over loopback HTTP with the SDK's client. */
  @Benchmark
  public Object sdkGetItem() {
    return async ? SdkSide.getItemAsync(sdkAsync) : SdkSide.getItem(sdk);
  }

  /** PutItem over loopback HTTP with our transport. */
  @Benchmark
  public Object oursPutItem() {
    return async ? OurSide.putItemAsync(ours, ourItem) : OurSide.putItem(ours, ourItem);
  }

  /** PutItem over loopback HTTP with the SDK's client. */
  @Benchmark
  public Object sdkPutItem() {
    return async ? SdkSide.putItemAsync(sdkAsync, sdkItem) : SdkSide.putItem(sdk, sdkItem);
  }

  /** Query over loopback HTTP with our transport. */
  @Benchmark
  public Object oursQuery() {
    return async ? OurSide.queryAsync(ours) : OurSide.query(ours);
  }

  /** Query over loopback HTTP with the SDK's client. */
  @Benchmark
  public Object sdkQuery() {
    return async ? SdkSide.queryAsync(sdkAsync) : SdkSide.query(sdk);
  }
}
