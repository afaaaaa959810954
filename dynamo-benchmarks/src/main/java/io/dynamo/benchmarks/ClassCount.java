package io.dynamo.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Prints how many classes a fresh JVM has loaded after building a client and making its first
 * GetItem on canned responses (as in {@link ColdStartBenchmark}), and how long that took. {@code
 * none} does only what the others share (loading the fixtures), as the baseline:
 *
 * <pre>
 * java -cp benchmarks.jar io.dynamo.benchmarks.ClassCount none|ours|sdk
 * </pre>
 */
public final class ClassCount {
  private ClassCount() {}

  /** Runs one side and prints the count. */
  public static void main(String[] args) {
    String side = args.length == 0 ? "none" : args[0];
    int fixture = Fixtures.GET_ITEM_RESPONSE.length;
    long start = System.nanoTime();
    String name =
        switch (side) {
          case "none" -> "(no client)";
          case "ours" -> OurSide.firstCall();
          case "sdk" -> SdkSide.firstCall();
          default -> throw new IllegalArgumentException("none, ours or sdk, not " + side);
        };
    long micros = (System.nanoTime() - start) / 1000;
    long loaded = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    System.out.println(
        side
            + ": "
            + loaded
            + " classes loaded, first GetItem in "
            + micros / 1000.0
            + " ms (read "
            + name
            + ", fixture "
            + fixture
            + " bytes)");
  }
}
