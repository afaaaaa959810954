package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.CrcMismatchException;
import io.dynamo.api.error.InternalServerErrorException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ServiceError;
import io.dynamo.api.error.ThrottlingException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.TransportFailures;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Which failures may have applied a request, and the policy that retries only those that did not.
 */
class RetryWhenAppliedTest {
  private static final ServiceError THROTTLED =
      new ServiceError(Operation.UPDATE_ITEM, 400, "ThrottlingException", "Rate exceeded", null);
  private static final ServiceError BROKE =
      new ServiceError(Operation.UPDATE_ITEM, 500, "InternalServerError", "boom", null);

  @Test
  void whatMayHaveBeenApplied() {
    assertFalse(RetryPolicy.mayHaveBeenApplied(new ThrottlingException(THROTTLED)));
    assertTrue(RetryPolicy.mayHaveBeenApplied(new InternalServerErrorException(BROKE)));
    assertFalse(
        RetryPolicy.mayHaveBeenApplied(
            TransportFailures.couldNotConnect("POST http://127.0.0.1:1/", new ConnectException())));
    assertTrue(RetryPolicy.mayHaveBeenApplied(new TransportException("connection reset")));
    assertTrue(
        RetryPolicy.mayHaveBeenApplied(TransportFailures.attemptTimeout("POST x", 100, null)));
    assertTrue(RetryPolicy.mayHaveBeenApplied(new CrcMismatchException("damaged")));
    assertTrue(RetryPolicy.mayHaveBeenApplied(new IllegalStateException("unknown")));
  }

  @Test
  void onlyWhenNotAppliedRetriesWhatCertainlyDidNotTakeEffect() {
    RetryPolicy standard = RetryPolicy.standard();
    RetryPolicy once = standard.onlyWhenNotApplied();
    assertTrue(standard.retriesWhenMaybeApplied());
    assertFalse(once.retriesWhenMaybeApplied());
    assertTrue(once.isRetryable(new ThrottlingException(THROTTLED)));
    assertTrue(
        once.isRetryable(
            TransportFailures.couldNotConnect("POST http://127.0.0.1:1/", new ConnectException())));
    assertFalse(once.isRetryable(new InternalServerErrorException(BROKE)));
    assertFalse(once.isRetryable(TransportFailures.attemptTimeout("POST x", 100, null)));
    assertTrue(standard.isRetryable(new InternalServerErrorException(BROKE)));
    assertTrue(once.toString().contains("onlyWhenNotApplied"), once.toString());
  }

  @Test
  void toBuilderKeepsEverySetting() {
    RetryPolicy p =
        RetryPolicy.builder()
            .maxAttempts(7)
            .baseDelay(Duration.ofMillis(3))
            .throttlingBaseDelay(Duration.ofMillis(9))
            .maxDelay(Duration.ofSeconds(2))
            .quotaCapacity(40)
            .retryCost(2)
            .random(() -> 0.25)
            .retryWhenMaybeApplied(false)
            .build();
    RetryPolicy copy = p.toBuilder().build();
    assertEquals(p.toString(), copy.toString());
    assertEquals(p.delayBefore(3, new TransportException("x")), copy.delayBefore(3, null));
    assertFalse(copy.retriesWhenMaybeApplied());
  }

  @Test
  void aClientWithAnotherPolicySharesTheTransportAndLeavesItOpen() {
    FakeTransport t = FakeTransport.create();
    try (DynamoClient db = t.client()) {
      DynamoClient once = db.withRetryPolicy(db.retryPolicy().onlyWhenNotApplied());
      assertFalse(once.retryPolicy().retriesWhenMaybeApplied());
      assertTrue(db.retryPolicy().retriesWhenMaybeApplied());
      t.respond("{\"TableNames\":[]}");
      once.listTables();
      once.close();
      t.respond("{\"TableNames\":[]}");
      db.listTables();
      assertEquals(2, t.requests().size());
      assertSame(db.codecs(), once.codecs());
    }
  }
}
