package io.dynamo.api.internal;

import io.dynamo.api.call.ApiRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What one call has been through so far: attempts, failures, quota tokens, the deadline. */
final class CallState {
  final ApiRequest request;
  final long deadlineNanos;

  /** Who hears of each attempt's end, or null. */
  final Observation observation;

  int attempt;
  long attemptStartNanos;
  int tokensTaken;
  boolean skewCorrected;
  boolean skewRetried;
  boolean outOfTime;

  /** The signing clock's correction when the current attempt was signed. */
  Duration signedWithOffset = Duration.ZERO;

  final List<Throwable> failures = new ArrayList<>(2);

  CallState(ApiRequest request, long deadlineNanos, Observation observation) {
    this.request = request;
    this.deadlineNanos = deadlineNanos;
    this.observation = observation;
  }

  long remainingNanos() {
    return deadlineNanos - System.nanoTime();
  }
}
