package io.dynamo.benchmarks;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Lambda story: in a fresh JVM, build a client and make the first GetItem, answered by the
 * canned in-memory layer of {@link ClientBenchmark} so that no network counts. One shot per JVM,
 * many JVMs. Each method touches only its own side's classes (through {@link OurSide} or {@link
 * SdkSide}); the set-up loads only the JDK-typed {@link Fixtures}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {

  /** Loads the canned bytes, which both sides share. */
  @Setup
  public void setUp() {
    if (Fixtures.GET_ITEM_RESPONSE.length == 0) {
      throw new IllegalStateException("no fixture");
    }
  }

  /** Our client, built, and its first GetItem. */
  @Benchmark
  public String ours() {
    return OurSide.firstCall();
  }

  /** The SDK's client, built, and its first GetItem. */
  @Benchmark
  public String sdk() {
    return SdkSide.firstCall();
  }
}
