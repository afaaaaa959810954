package io.dynamo.benchmarks;

import io.dynamo.sign.HttpHeader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Checks, before measuring, that both signers sign the benchmark request identically. */
final class Agreement {
  private Agreement() {}

  static void check(SignBenchmark b) {
    Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    List<HttpHeader> ours = b.ours(fixed).sign(b.ourRequest(), b.ourCredentials());
    String ourAuth = value(ours, "Authorization");
    String sdkAuth =
        b.sdkSign(fixed).request().firstMatchingHeader("Authorization").orElse("(none)");
    if (!ourAuth.equals(sdkAuth)) {
      throw new IllegalStateException(
          "Signers disagree on the benchmark request:\n ours: " + ourAuth + "\n sdk:  " + sdkAuth);
    }
  }

  private static String value(List<HttpHeader> headers, String name) {
    for (HttpHeader h : headers) {
      if (h.is(name)) {
        return h.value();
      }
    }
    return "(none)";
  }
}
