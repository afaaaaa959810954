package io.dynamo.benchmarks;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.Item;
import io.dynamo.validation.DynamoValidation;
import io.dynamo.validation.KeySchema;
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

/**
 * What {@code dynamo-validation} costs per call: the calls of {@link ClientBenchmark} (client work
 * only, on canned responses, no network) with validation on ({@code validated*}: every request
 * checked against the model's constraints and DynamoDB's rules, the table's key schema given) and
 * off ({@code plain*}, the same client as {@code ClientBenchmark}'s "ours").
 *
 * <pre>
 * java -cp benchmarks.jar io.dynamo.benchmarks.Ratios ValidationBenchmark 2 sides=plain,validated
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ValidationBenchmark {
  private DynamoClient plain;
  private DynamoClient validated;
  private Item item;

  /** Builds both clients on canned responses and checks that the requests are valid. */
  @Setup
  public void setUp() {
    DynamoValidation validation =
        DynamoValidation.builder()
            .keySchema(
                Fixtures.TABLE, KeySchema.of(Fixtures.PK, ScalarType.S, Fixtures.SK, ScalarType.S))
            .build();
    plain = OurSide.client(new OurSide.CannedTransport(), null);
    validated =
        DynamoClient.builder()
            .region(Fixtures.REGION)
            .credentials(io.dynamo.sign.Credentials.of(Fixtures.ACCESS_KEY, Fixtures.SECRET))
            .transport(new OurSide.CannedTransport())
            .validation(validation)
            .build();
    item = OurSide.item();
    var violations =
        validation.check(PutItemRequest.builder().table(Fixtures.TABLE).item(item).build());
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the benchmark's item is not valid: " + violations);
    }
  }

  /** Closes both clients. */
  @TearDown
  public void tearDown() {
    plain.close();
    validated.close();
  }

  /** GetItem, validation off. */
  @Benchmark
  public Object plainGetItem() {
    return OurSide.getItem(plain);
  }

  /** GetItem, validation on. */
  @Benchmark
  public Object validatedGetItem() {
    return OurSide.getItem(validated);
  }

  /** PutItem of the 11-attribute item, validation off. */
  @Benchmark
  public Object plainPutItem() {
    return OurSide.putItem(plain, item);
  }

  /** PutItem of the 11-attribute item, validation on. */
  @Benchmark
  public Object validatedPutItem() {
    return OurSide.putItem(validated, item);
  }

  /** Query of a page of 25 items, validation off. */
  @Benchmark
  public Object plainQuery() {
    return OurSide.query(plain);
  }

  /** Query of a page of 25 items, validation on. */
  @Benchmark
  public Object validatedQuery() {
    return OurSide.query(validated);
  }
}
