package io.dynamo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Runs one suite's "ours" and "SDK" benchmarks side by side in interleaved rounds and prints their
 * ratios, for a shared, noisy machine: each round runs, for every call, one JMH fork of each side
 * back to back (alternating which goes first), so that a change in background load hits both sides
 * alike. The iterations of all rounds are pooled per benchmark, as JMH pools forks; errors are
 * JMH's 99.9 % confidence half-widths, and a ratio's error is propagated from both (relative errors
 * added in quadrature). JMH's own output goes to a log file per run.
 *
 * <pre>
 * java -cp benchmarks.jar io.dynamo.benchmarks.Ratios ClientBenchmark 3
 * java -cp benchmarks.jar io.dynamo.benchmarks.Ratios LoopbackBenchmark 3 stack=apache
 * java -cp benchmarks.jar io.dynamo.benchmarks.Ratios ColdStartBenchmark 4   # 5 JVMs a round
 * java -cp benchmarks.jar io.dynamo.benchmarks.Ratios TransportColdStartBenchmark 4 stack=vertx
 * </pre>
 *
 * <p>Arguments after the round count are JMH parameters ({@code name=value}), set for both sides;
 * {@code threads=N} runs each benchmark on N threads at once instead (JMH's {@code -t}), for
 * throughput under concurrency: the times are then per call on each thread. {@code pair=a,b}
 * compares two other methods of the suite ({@code a} in the "ours" column), such as {@code
 * pair=transportJdkExecute,jdkHttpClientSend} in {@code HttpFloorBenchmark}. {@code sides=a,b}
 * compares two other sides of the three calls ({@code a} in the "ours" column), such as {@code
 * sides=ours,item} in {@code MapperBenchmark}.
 */
public final class Ratios {
  private static final String ALLOC = "gc.alloc.rate.norm";

  private Ratios() {}

  /** Arguments: the suite (a benchmark class's simple name) and the number of rounds. */
  public static void main(String[] args) throws RunnerException {
    String suite = args.length > 0 ? args[0] : "ClientBenchmark";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Map<String, String> params = new LinkedHashMap<>();
    int threads = 1;
    String oursName = "ours";
    String sdkName = "sdk";
    for (int i = 2; i < args.length; i++) {
      if (args[i].startsWith("threads=")) {
        threads = Integer.parseInt(args[i].substring("threads=".length()));
        continue;
      }
      if (args[i].startsWith("sides=")) {
        String[] sides = args[i].substring("sides=".length()).split(",", 2);
        oursName = sides[0];
        sdkName = sides[1];
        continue;
      }
      if (args[i].startsWith("pair=")) {
        String[] pair = args[i].substring("pair=".length()).split(",", 2);
        oursName = pair[0];
        sdkName = pair[1];
        continue;
      }
      int eq = args[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("a parameter is name=value, not " + args[i]);
      }
      params.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    boolean cold = suite.contains("ColdStart");
    boolean paired = Arrays.stream(args).anyMatch(a -> a.startsWith("pair="));
    List<String> calls = cold || paired ? List.of("") : List.of("GetItem", "PutItem", "Query");
    Path logs = logDirectory(suite);
    System.out.println("JMH output: " + logs);

    Map<String, ListStatistics> time = new LinkedHashMap<>();
    Map<String, ListStatistics> alloc = new LinkedHashMap<>();
    String unit = "";
    for (int round = 0; round < rounds; round++) {
      for (String call : calls) {
        List<String> sides =
            round % 2 == 0 ? List.of(oursName, sdkName) : List.of(sdkName, oursName);
        for (String side : sides) {
          String method = side + call;
          ChainedOptionsBuilder options =
              new OptionsBuilder()
                  .include("\\." + suite + "\\." + method + "$")
                  .forks(cold ? 5 : 1)
                  .output(logs.resolve("round" + (round + 1) + "-" + method + ".log").toString());
          if (!cold) {
            options.addProfiler(GCProfiler.class);
          }
          params.forEach(options::param);
          options.threads(threads);
          ListStatistics roundTimes = new ListStatistics();
          for (RunResult run : new Runner(options.build()).run()) {
            for (var benchmark : run.getBenchmarkResults()) {
              for (IterationResult iteration : benchmark.getIterationResults()) {
                double score = iteration.getPrimaryResult().getScore();
                unit = iteration.getPrimaryResult().getScoreUnit();
                roundTimes.addValue(score);
                time.computeIfAbsent(method, k -> new ListStatistics()).addValue(score);
                Result bytes = iteration.getSecondaryResults().get(ALLOC);
                if (bytes != null) {
                  alloc
                      .computeIfAbsent(method, k -> new ListStatistics())
                      .addValue(bytes.getScore());
                }
              }
            }
          }
          System.out.printf(
              Locale.ROOT,
              "round %d  %-12s %10.3f %s%n",
              round + 1,
              method,
              roundTimes.getMean(),
              unit);
        }
      }
    }

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%s %s, %d thread(s), %d rounds, %s, errors 99.9 %%%n",
        suite,
        params,
        threads,
        rounds,
        unit);
    System.out.println(
        "| call | ours | SDK | SDK / ours (time) | ours B/op | SDK B/op | SDK / ours (bytes) |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (String call : calls) {
      ListStatistics ours = time.get(oursName + call);
      ListStatistics sdk = time.get(sdkName + call);
      ListStatistics oursBytes = alloc.get(oursName + call);
      ListStatistics sdkBytes = alloc.get(sdkName + call);
      System.out.println(
          "| "
              + (call.isEmpty() ? (paired ? oursName + " vs " + sdkName : "first GetItem") : call)
              + " | "
              + withError(ours)
              + " | "
              + withError(sdk)
              + " | "
              + ratio(sdk, ours)
              + " | "
              + (oursBytes == null ? "" : String.format(Locale.ROOT, "%.0f", oursBytes.getMean()))
              + " | "
              + (sdkBytes == null ? "" : String.format(Locale.ROOT, "%.0f", sdkBytes.getMean()))
              + " | "
              + (oursBytes == null ? "" : ratio(sdkBytes, oursBytes))
              + " |");
    }
    System.out.println();
    System.out.println(
        "SDK / ours from the medians of the same iterations (robust to load spikes):");
    for (String call : calls) {
      System.out.println(
          "  "
              + (call.isEmpty() ? (paired ? oursName + " vs " + sdkName : "first GetItem") : call)
              + ": "
              + medians(time.get(oursName + call), time.get(sdkName + call)));
    }
  }

  private static String medians(ListStatistics ours, ListStatistics sdk) {
    return String.format(
        Locale.ROOT,
        "medians %.3f / %.3f = %.2f",
        sdk.getPercentile(50),
        ours.getPercentile(50),
        sdk.getPercentile(50) / ours.getPercentile(50));
  }

  private static String withError(ListStatistics s) {
    return String.format(Locale.ROOT, "%.3f ± %.3f (n=%d)", s.getMean(), error(s), s.getN());
  }

  private static double error(ListStatistics s) {
    return s.getN() > 1 ? s.getMeanErrorAt(0.999) : Double.NaN;
  }

  /** a / b with the error propagated from both. */
  private static String ratio(ListStatistics a, ListStatistics b) {
    double r = a.getMean() / b.getMean();
    double ea = error(a) / a.getMean();
    double eb = error(b) / b.getMean();
    return String.format(Locale.ROOT, "%.2f ± %.2f", r, r * Math.sqrt(ea * ea + eb * eb));
  }

  private static Path logDirectory(String suite) {
    try {
      return Files.createTempDirectory("ratios-" + suite + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
