package io.dynamo.api.internal;

import io.dynamo.api.call.CallListener;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.spi.HttpResponse;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One observed call: what its listeners are told at its start (this object is the {@link
 * CallListener.CallStart}), each attempt's end, and its end, plus the DEBUG line. Made only when
 * someone observes. Its methods are called one after another, possibly from several threads (an
 * asynchronous call's attempts end where their responses arrive); they synchronize for that.
 */
final class Observation implements CallListener.CallStart {
  private static final Object FAILED = new Object();

  private final Telemetry telemetry;
  private final Operation operation;
  private final boolean async;
  private final boolean debug;
  private final long startNanos;
  private final Object[] states;

  // facts about the request, filled by RequestFacts
  List<String> tableNames = List.of();
  String indexName;
  Integer limit;
  Boolean consistentRead;
  String projection;
  Boolean scanForward;
  String select;
  Integer segment;
  Integer totalSegments;

  private int attempts;
  private int throttles;
  private int lastStatus;
  private String lastRequestId;
  private boolean ended;

  Observation(
      Telemetry telemetry,
      Operation operation,
      Object typed,
      byte[] body,
      boolean async,
      boolean debug) {
    this.telemetry = telemetry;
    this.operation = operation;
    this.async = async;
    this.debug = debug;
    this.startNanos = System.nanoTime();
    this.states = new Object[telemetry.slots.length];
    RequestFacts.fill(this, typed, body);
  }

  /** Tells the listeners that the call starts. */
  Observation begin() {
    Telemetry.Slot[] slots = telemetry.slots;
    for (int i = 0; i < slots.length; i++) {
      try {
        states[i] = slots[i].listener.onCallStart(this);
      } catch (RuntimeException e) {
        states[i] = FAILED;
        slots[i].failed(e, "onCallStart", operation);
      }
    }
    return this;
  }

  /** An attempt that started at {@code attemptStartNanos} ended with a response or a failure. */
  synchronized void attemptEnded(
      int attempt,
      long attemptStartNanos,
      HttpResponse response,
      Throwable failure,
      boolean willRetry) {
    attempts++;
    int status = 0;
    String requestId = null;
    String code = null;
    boolean throttled = false;
    if (failure instanceof DynamoServiceException e) {
      status = e.statusCode();
      requestId = e.requestId();
      code = e.errorType();
      throttled = e.isThrottling();
    }
    if (response != null) {
      status = response.statusCode();
      requestId = response.header("x-amzn-RequestId").orElse(requestId);
    }
    if (throttled) {
      throttles++;
    }
    lastStatus = status;
    lastRequestId = requestId;
    Telemetry.Slot[] slots = telemetry.slots;
    if (slots.length == 0) {
      return;
    }
    AttemptEvent event =
        new AttemptEvent(
            this,
            attempt,
            Duration.ofNanos(System.nanoTime() - attemptStartNanos),
            status,
            requestId,
            failure,
            code,
            throttled,
            willRetry);
    for (int i = 0; i < slots.length; i++) {
      if (states[i] == FAILED) {
        continue;
      }
      try {
        slots[i].listener.onAttemptEnd(event, states[i]);
      } catch (RuntimeException e) {
        states[i] = FAILED;
        slots[i].failed(e, "onAttemptEnd", operation);
      }
    }
  }

  /**
   * The call ended: with {@code typedResponse} (a typed call's record) or {@code rawBody} (a raw
   * call's response body), or with {@code error}. Only the first end counts.
   */
  synchronized void ended(Object typedResponse, byte[] rawBody, Throwable error) {
    if (ended) {
      return;
    }
    ended = true;
    long nanos = System.nanoTime() - startNanos;
    String code = error instanceof DynamoServiceException e ? e.errorType() : null;
    if (debug) {
      logLine(nanos, error, code);
    }
    Telemetry.Slot[] slots = telemetry.slots;
    if (slots.length == 0) {
      return;
    }
    EndEvent event =
        new EndEvent(
            this,
            Duration.ofNanos(nanos),
            attempts,
            throttles,
            lastStatus,
            lastRequestId,
            error,
            code,
            typedResponse,
            rawBody);
    for (int i = 0; i < slots.length; i++) {
      if (states[i] == FAILED) {
        continue;
      }
      try {
        slots[i].listener.onCallEnd(event, states[i]);
      } catch (RuntimeException e) {
        states[i] = FAILED;
        slots[i].failed(e, "onCallEnd", operation);
      }
    }
  }

  private void logLine(long nanos, Throwable error, String code) {
    StringBuilder line = new StringBuilder(96).append(operation.operationName());
    if (!tableNames.isEmpty()) {
      line.append(" table=").append(String.join(",", tableNames));
    }
    if (error != null) {
      line.append(" failed=").append(code != null ? code : error.getClass().getSimpleName());
    }
    line.append(" status=").append(lastStatus);
    line.append(" attempts=").append(attempts);
    if (throttles > 0) {
      line.append(" throttles=").append(throttles);
    }
    line.append(" duration=").append(nanos / 1_000_000).append('.');
    long tenths = (nanos / 100_000) % 10;
    line.append(tenths).append("ms");
    if (lastRequestId != null) {
      line.append(" requestId=").append(lastRequestId);
    }
    Telemetry.LOG.log(Level.DEBUG, line.toString());
  }

  @Override
  public Operation operation() {
    return operation;
  }

  @Override
  public List<String> tableNames() {
    return tableNames;
  }

  @Override
  public String indexName() {
    return indexName;
  }

  @Override
  public Integer limit() {
    return limit;
  }

  @Override
  public Boolean consistentRead() {
    return consistentRead;
  }

  @Override
  public String projection() {
    return projection;
  }

  @Override
  public Boolean scanForward() {
    return scanForward;
  }

  @Override
  public String select() {
    return select;
  }

  @Override
  public Integer segment() {
    return segment;
  }

  @Override
  public Integer totalSegments() {
    return totalSegments;
  }

  @Override
  public URI endpoint() {
    return telemetry.endpoint;
  }

  @Override
  public String region() {
    return telemetry.region;
  }

  @Override
  public boolean async() {
    return async;
  }

  @Override
  public long startNanos() {
    return startNanos;
  }

  @Override
  public String toString() {
    return "CallStart[" + operation + ", tables=" + tableNames + (async ? ", async]" : "]");
  }

  /** One attempt's end. */
  private record AttemptEvent(
      CallListener.CallStart call,
      int attempt,
      Duration duration,
      int httpStatus,
      String requestId,
      Throwable error,
      String errorCode,
      boolean throttled,
      boolean willRetry)
      implements CallListener.AttemptEnd {}

  /** The call's end; a raw body is read for consumed capacity only when asked. */
  private static final class EndEvent implements CallListener.CallEnd {
    private final CallListener.CallStart call;
    private final Duration duration;
    private final int attempts;
    private final int throttles;
    private final int httpStatus;
    private final String requestId;
    private final Throwable error;
    private final String errorCode;
    private final Object typedResponse;
    private final byte[] rawBody;
    private List<ConsumedCapacity> consumed;

    EndEvent(
        CallListener.CallStart call,
        Duration duration,
        int attempts,
        int throttles,
        int httpStatus,
        String requestId,
        Throwable error,
        String errorCode,
        Object typedResponse,
        byte[] rawBody) {
      this.call = call;
      this.duration = duration;
      this.attempts = attempts;
      this.throttles = throttles;
      this.httpStatus = httpStatus;
      this.requestId = requestId;
      this.error = error;
      this.errorCode = errorCode;
      this.typedResponse = typedResponse;
      this.rawBody = rawBody;
    }

    @Override
    public CallListener.CallStart call() {
      return call;
    }

    @Override
    public Duration duration() {
      return duration;
    }

    @Override
    public int attempts() {
      return attempts;
    }

    @Override
    public int throttles() {
      return throttles;
    }

    @Override
    public int httpStatus() {
      return httpStatus;
    }

    @Override
    public String requestId() {
      return requestId;
    }

    @Override
    public boolean isSuccess() {
      return error == null;
    }

    @Override
    public Throwable error() {
      return error;
    }

    @Override
    public String errorCode() {
      return errorCode;
    }

    @Override
    public synchronized List<ConsumedCapacity> consumedCapacity() {
      if (consumed == null) {
        consumed =
            typedResponse != null
                ? RequestFacts.consumedCapacity(typedResponse)
                : CapacityJson.read(rawBody);
      }
      return consumed;
    }

    @Override
    public Integer count() {
      int[] counts = RequestFacts.counts(typedResponse);
      return counts == null ? null : counts[0];
    }

    @Override
    public Integer scannedCount() {
      int[] counts = RequestFacts.counts(typedResponse);
      return counts == null ? null : counts[1];
    }

    @Override
    public String toString() {
      return "CallEnd["
          + call.operation()
          + (error == null ? ", success" : ", failed: " + error.getClass().getSimpleName())
          + ", status="
          + httpStatus
          + ", attempts="
          + attempts
          + ", "
          + duration.toMillis()
          + " ms]";
    }
  }
}
