package io.dynamo.api.call;

import io.dynamo.api.DynamoAsyncClient;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.DynamoClientBuilder;
import io.dynamo.api.error.Operation;
import io.dynamo.api.model.ConsumedCapacity;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Hears about every call a client makes, for metrics and tracing: when it starts, each attempt, and
 * how it ended. Registered with {@link DynamoClientBuilder#listener}; several may be registered,
 * and they are told in the order added.
 *
 * <p>A listener keeps whatever it needs per call (a span, a timer) as the state {@link
 * #onCallStart} returns; the same object is handed to {@link #onAttemptEnd} and {@link #onCallEnd}
 * of that call. {@code onCallStart} runs on the thread that made the call, so a tracer can take the
 * current span as the parent there. The other two may run on other threads: an asynchronous call
 * ends on the thread that completed it. Every call that starts ends exactly once, before its result
 * is handed to the caller (a synchronous call returns or throws after {@code onCallEnd}; an
 * asynchronous call's future completes after it).
 *
 * <p>Listeners must be thread-safe and quick: they run on the call's path. One that throws does not
 * break the call: the first such exception of each listener is logged at WARNING on {@code
 * io.dynamo.api} (later ones at DEBUG), and the listener's later events of that call are skipped.
 * With no listener registered, a call costs nothing more.
 *
 * <p>The events carry no attribute values of the users' items: only names of operations, tables and
 * indexes, numbers, and the error's type.
 *
 * @param <S> the state this listener keeps per call; {@code Void} if none
 */
public interface CallListener<S> {

  /**
   * A call starts, on the thread that makes it. Returns this listener's state for the call, which
   * may be {@code null}.
   */
  default S onCallStart(CallStart call) {
    return null;
  }

  /** An attempt ended: answered, failed, or about to be retried. */
  default void onAttemptEnd(AttemptEnd attempt, S state) {}

  /** The call ended: its response was read, or it failed for good. */
  default void onCallEnd(CallEnd call, S state) {}

  /**
   * What a call is about, known before it is sent. What the request does not say, or what a raw
   * call's JSON does not give cheaply, is {@code null} (or empty).
   */
  interface CallStart {
    /** The operation called. */
    Operation operation();

    /**
     * The tables the call names, in order: {@code TableName}, or the keys of a batch's {@code
     * RequestItems}. For a raw {@link DynamoClient#apiCall} only a {@code TableName} that opens the
     * JSON is found. Empty if none.
     */
    List<String> tableNames();

    /** The {@code IndexName} of a Query or Scan, or {@code null}. */
    String indexName();

    /** The {@code Limit} of a Query, Scan or ListTables, or {@code null}. */
    Integer limit();

    /** The {@code ConsistentRead} of a GetItem, Query or Scan, or {@code null}. */
    Boolean consistentRead();

    /** The {@code ProjectionExpression} of a GetItem, Query or Scan, or {@code null}. */
    String projection();

    /** The {@code ScanIndexForward} of a Query, or {@code null}. */
    Boolean scanForward();

    /** The {@code Select} of a Query or Scan, such as {@code COUNT}, or {@code null}. */
    String select();

    /** The {@code Segment} of a parallel Scan, or {@code null}. */
    Integer segment();

    /** The {@code TotalSegments} of a parallel Scan, or {@code null}. */
    Integer totalSegments();

    /** The endpoint the call goes to. */
    URI endpoint();

    /** The region the call is signed for. */
    String region();

    /** Whether the call was made without blocking (on {@link DynamoAsyncClient}). */
    boolean async();

    /** The call's start, in {@link System#nanoTime()}. */
    long startNanos();
  }

  /** How one attempt ended. */
  interface AttemptEnd {
    /** The call the attempt belongs to. */
    CallStart call();

    /** The attempt's number, 1 for the first. */
    int attempt();

    /** How long the attempt took: signing, sending and receiving. */
    Duration duration();

    /** The HTTP status, or 0 if no response came. */
    int httpStatus();

    /** The {@code x-amzn-RequestId} of the response, or {@code null}. */
    String requestId();

    /** The attempt's failure, or {@code null} if it succeeded. */
    Throwable error();

    /** DynamoDB's error type, such as {@code ThrottlingException}, or {@code null}. */
    String errorCode();

    /** Whether DynamoDB throttled the attempt. */
    boolean throttled();

    /** Whether the call will try again after this attempt. */
    boolean willRetry();
  }

  /** How a call ended. */
  interface CallEnd {
    /** The call. */
    CallStart call();

    /** How long the call took, from start to its response read or its failure. */
    Duration duration();

    /** How many attempts were sent (0 if an interceptor answered without one). */
    int attempts();

    /** How many attempts DynamoDB throttled. */
    int throttles();

    /** The HTTP status of the last attempt's response, or 0 if it got none. */
    int httpStatus();

    /** The {@code x-amzn-RequestId} of the last attempt's response, or {@code null}. */
    String requestId();

    /** Whether the call succeeded. */
    boolean isSuccess();

    /** The exception the call failed with (as the caller sees it), or {@code null}. */
    Throwable error();

    /** DynamoDB's error type if the call failed with one, such as {@code ValidationException}. */
    String errorCode();

    /**
     * The capacity the call consumed, as DynamoDB reported it (only when the request asked with
     * {@code ReturnConsumedCapacity}); empty otherwise. Typed calls take it from the response read;
     * a raw call's body is read for it only when this is asked.
     */
    List<ConsumedCapacity> consumedCapacity();

    /** The {@code Count} of a Query or Scan response, or {@code null}. */
    Integer count();

    /** The {@code ScannedCount} of a Query or Scan response, or {@code null}. */
    Integer scannedCount();
  }
}
