package io.dynamo.benchmarks;

import java.security.MessageDigest;
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
 * The cryptography of one warm SigV4 signature of {@link SignBenchmark}'s request and nothing else:
 * SHA-256 of the body, SHA-256 of a canonical request of the same length, and one HMAC-SHA256 of a
 * string to sign (as two more SHA-256 hashes, the key's pad blocks ready). No signer can go below
 * this on the JDK's SHA-256; it shows how much of a signature is overhead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CryptoFloorBenchmark {
  private MessageDigest sha256;
  private final byte[] innerPad = new byte[64];
  private final byte[] outerPad = new byte[64];
  private final byte[] canonical = new byte[420];
  private final byte[] stringToSign = new byte[130];
  private final byte[] out = new byte[32];

  /** Creates the digest and the MAC. */
  @Setup
  public void setUp() throws Exception {
    sha256 = MessageDigest.getInstance("SHA-256");
    java.util.Arrays.fill(innerPad, (byte) 0x36);
    java.util.Arrays.fill(outerPad, (byte) 0x5c);
  }

  /** Two hashes and one HMAC. */
  @Benchmark
  public byte[] sha256TwiceAndHmac() throws Exception {
    sha256.update(SignBenchmark.BODY);
    sha256.digest(out, 0, 32);
    sha256.update(canonical);
    sha256.digest(out, 0, 32);
    sha256.update(innerPad); // HMAC with the pad blocks ready: two more hashes
    sha256.update(stringToSign);
    sha256.digest(out, 0, 32);
    sha256.update(outerPad);
    sha256.update(out);
    sha256.digest(out, 0, 32);
    return out;
  }
}
