package io.dynamo.benchmarks;

import io.dynamo.api.DynamoClient;
import io.dynamo.codec.Item;
import io.dynamo.transport.jdk.JdkTransport;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The calls of {@link ClientBenchmark} over real HTTP to a {@link CannedServer} on 127.0.0.1: ours
 * with transport-jdk ({@code java.net.http}), the SDK with its url-connection-client, each on its
 * default settings and keep-alive connections. The server's own work is in both figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LoopbackBenchmark {
  private CannedServer server;
  private JdkTransport transport;
  private DynamoClient ours;
  private DynamoDbClient sdk;
  private Item ourItem;
  private Map<String, AttributeValue> sdkItem;

  /** Starts the server and both clients, and checks they send the same bodies. */
  @Setup
  public void setUp() throws IOException {
    server = new CannedServer();
    transport = JdkTransport.create();
    ours = OurSide.client(transport, server.endpoint());
    sdk = SdkSide.client(UrlConnectionHttpClient.create(), URI.create(server.endpoint()));
    ourItem = OurSide.item();
    sdkItem = ClientAgreement.toSdk(ourItem.attributes());

    OurSide.getItem(ours);
    byte[] ourGet = server.lastBody(Fixtures.GET_ITEM);
    SdkSide.getItem(sdk);
    ClientAgreement.sameBodies("GetItem", ourGet, server.lastBody(Fixtures.GET_ITEM));
    OurSide.putItem(ours, ourItem);
    byte[] ourPut = server.lastBody(Fixtures.PUT_ITEM);
    SdkSide.putItem(sdk, sdkItem);
    ClientAgreement.sameBodies("PutItem", ourPut, server.lastBody(Fixtures.PUT_ITEM));
    OurSide.query(ours);
    byte[] ourQuery = server.lastBody(Fixtures.QUERY);
    SdkSide.query(sdk);
    ClientAgreement.sameBodies("Query", ourQuery, server.lastBody(Fixtures.QUERY));
  }

  /** Stops everything. */
  @TearDown
  public void tearDown() throws IOException {
    ours.close();
    transport.close();
    sdk.close();
    server.close();
  }

  /** GetItem over loopback HTTP with transport-jdk. */
  @Benchmark
  public Object oursGetItem() {
    return OurSide.getItem(ours);
  }

  /** GetItem over loopback HTTP with the SDK's url-connection-client. */
  @Benchmark
  public Object sdkGetItem() {
    return SdkSide.getItem(sdk);
  }

  /** PutItem over loopback HTTP with transport-jdk. */
  @Benchmark
  public Object oursPutItem() {
    return OurSide.putItem(ours, ourItem);
  }

  /** PutItem over loopback HTTP with the SDK's url-connection-client. */
  @Benchmark
  public Object sdkPutItem() {
    return SdkSide.putItem(sdk, sdkItem);
  }

  /** Query over loopback HTTP with transport-jdk. */
  @Benchmark
  public Object oursQuery() {
    return OurSide.query(ours);
  }

  /** Query over loopback HTTP with the SDK's url-connection-client. */
  @Benchmark
  public Object sdkQuery() {
    return SdkSide.query(sdk);
  }
}
