package io.dynamo.benchmarks;

import io.dynamo.api.DynamoClient;
import io.dynamo.codec.Item;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A client's own work per call, with no network: each client is given canned DynamoDB responses by
 * an in-memory HTTP layer (ours: a {@link io.dynamo.api.spi.Transport}; the SDK: an {@link
 * software.amazon.awssdk.http.SdkHttpClient}), so what is measured is building and checking the
 * request, writing its JSON, signing, the retry and interceptor machinery, the CRC32 check and
 * parsing the response. Both clients target AWS's us-east-1 endpoint with static credentials and
 * default retries; the request is built inside the measured call, the data (key values, the item)
 * exists beforehand. The set-up checks that both send the same JSON and read the same items.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ClientBenchmark {
  private DynamoClient ours;
  private DynamoDbClient sdk;
  private Item ourItem;
  private Map<String, AttributeValue> sdkItem;

  /** Builds both clients on canned responses and checks that they agree. */
  @Setup
  public void setUp() {
    ClientAgreement.check();
    ours = OurSide.client(new OurSide.CannedTransport(), null);
    sdk = SdkSide.client(new SdkSide.CannedHttpClient(), null);
    ourItem = OurSide.item();
    sdkItem = ClientAgreement.toSdk(ourItem.attributes());
  }

  /** Closes both clients. */
  @TearDown
  public void tearDown() {
    ours.close();
    sdk.close();
  }

  /** GetItem by a two-part key, reading an 11-attribute item. */
  @Benchmark
  public Object oursGetItem() {
    return OurSide.getItem(ours);
  }

  /** The same GetItem with the SDK. */
  @Benchmark
  public Object sdkGetItem() {
    return SdkSide.getItem(sdk);
  }

  /** PutItem of the 11-attribute item. */
  @Benchmark
  public Object oursPutItem() {
    return OurSide.putItem(ours, ourItem);
  }

  /** The same PutItem with the SDK. */
  @Benchmark
  public Object sdkPutItem() {
    return SdkSide.putItem(sdk, sdkItem);
  }

  /** Query by partition key, reading a page of 25 such items and the next page's key. */
  @Benchmark
  public Object oursQuery() {
    return OurSide.query(ours);
  }

  /** The same Query with the SDK. */
  @Benchmark
  public Object sdkQuery() {
    return SdkSide.query(sdk);
  }
}
