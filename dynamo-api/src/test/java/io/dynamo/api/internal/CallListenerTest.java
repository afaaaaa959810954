package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.CallListener;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallListenerTest {
  private static final String ITEM =
      "{\"Item\":{\"id\":{\"S\":\"alice\"}},\"ConsumedCapacity\":{\"TableName\":\"users\","
          + "\"CapacityUnits\":0.5,\"Table\":{\"CapacityUnits\":0.5}}}";

  private final ScriptedTransport transport = new ScriptedTransport();
  private final Recorder recorder = new Recorder();

  /** Everything a listener is told, in order, with the thread that told it. */
  static final class Recorder implements CallListener<List<String>> {
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    final List<CallStart> starts = Collections.synchronizedList(new ArrayList<>());
    final List<AttemptEnd> attempts = Collections.synchronizedList(new ArrayList<>());
    final List<CallEnd> ends = Collections.synchronizedList(new ArrayList<>());
    final List<Thread> endThreads = Collections.synchronizedList(new ArrayList<>());
    final List<List<String>> endStates = Collections.synchronizedList(new ArrayList<>());

    @Override
    public List<String> onCallStart(CallStart call) {
      starts.add(call);
      log.add("start " + call.operation());
      return new ArrayList<>(List.of("state of " + call.operation()));
    }

    @Override
    public void onAttemptEnd(AttemptEnd attempt, List<String> state) {
      attempts.add(attempt);
      state.add("attempt " + attempt.attempt());
      log.add("attempt " + attempt.attempt() + " " + attempt.httpStatus());
    }

    @Override
    public void onCallEnd(CallEnd call, List<String> state) {
      ends.add(call);
      endThreads.add(Thread.currentThread());
      endStates.add(state);
      log.add("end " + call.call().operation() + " " + (call.isSuccess() ? "ok" : "failed"));
    }
  }

  private DynamoClient client(RetryPolicy policy, CallListener<?>... listeners) {
    var b =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:9")
            .region("eu-west-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
            .transport(transport)
            .retryPolicy(policy);
    for (CallListener<?> l : listeners) {
      b.listener(l);
    }
    return b.build();
  }

  private static RetryPolicy fastRetries(int attempts) {
    return RetryPolicy.builder()
        .maxAttempts(attempts)
        .baseDelay(Duration.ZERO)
        .throttlingBaseDelay(Duration.ZERO)
        .build();
  }

  private static String error(String type) {
    return "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + type + "\",\"message\":\"no\"}";
  }

  private static GetItemRequest getAlice() {
    return GetItemRequest.builder()
        .table("users")
        .key(Key.of("id", "alice"))
        .consistentRead(true)
        .project("name")
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .build();
  }

  @Test
  void aSuccessfulTypedCallIsToldItsStartAttemptAndEnd() {
    transport.thenJson(200, ITEM);
    try (DynamoClient db = client(RetryPolicy.none(), recorder)) {
      db.getItem(getAlice());
    }
    assertEquals(List.of("start GetItem", "attempt 1 200", "end GetItem ok"), recorder.log);
    CallListener.CallStart start = recorder.starts.get(0);
    assertEquals(Operation.GET_ITEM, start.operation());
    assertEquals(List.of("users"), start.tableNames());
    assertEquals(Boolean.TRUE, start.consistentRead());
    assertTrue(start.projection() != null && !start.projection().isEmpty());
    assertEquals("eu-west-1", start.region());
    assertEquals("http://127.0.0.1:9/", start.endpoint().toString());
    assertFalse(start.async());

    CallListener.AttemptEnd attempt = recorder.attempts.get(0);
    assertSame(start, attempt.call());
    assertEquals(1, attempt.attempt());
    assertEquals("REQ200", attempt.requestId());
    assertNull(attempt.error());
    assertFalse(attempt.throttled());
    assertFalse(attempt.willRetry());

    CallListener.CallEnd end = recorder.ends.get(0);
    assertTrue(end.isSuccess());
    assertEquals(1, end.attempts());
    assertEquals(0, end.throttles());
    assertEquals(200, end.httpStatus());
    assertEquals("REQ200", end.requestId());
    assertEquals(1, end.consumedCapacity().size());
    assertEquals(0.5, end.consumedCapacity().get(0).capacityUnits());
    assertEquals("users", end.consumedCapacity().get(0).tableName());
    assertTrue(end.duration().compareTo(attempt.duration()) >= 0);
    // the state onCallStart returned is handed back, with what the attempt added
    assertEquals(List.of("state of GetItem", "attempt 1"), recorder.endStates.get(0));
  }

  @Test
  void throttledThenRetriedCallsCountAttemptsAndThrottles() {
    transport
        .thenJson(400, error("ProvisionedThroughputExceededException"))
        .thenJson(500, error("InternalServerError"))
        .thenJson(200, ITEM);
    try (DynamoClient db = client(fastRetries(3), recorder)) {
      db.getItem(getAlice());
    }
    assertEquals(
        List.of(
            "start GetItem", "attempt 1 400", "attempt 2 500", "attempt 3 200", "end GetItem ok"),
        recorder.log);
    CallListener.AttemptEnd first = recorder.attempts.get(0);
    assertTrue(first.throttled());
    assertTrue(first.willRetry());
    assertEquals("ProvisionedThroughputExceededException", first.errorCode());
    assertEquals("REQ400", first.requestId());
    assertFalse(recorder.attempts.get(1).throttled());
    assertEquals("InternalServerError", recorder.attempts.get(1).errorCode());
    CallListener.CallEnd end = recorder.ends.get(0);
    assertEquals(3, end.attempts());
    assertEquals(1, end.throttles());
    assertEquals(200, end.httpStatus());
    assertTrue(end.isSuccess());
  }

  @Test
  void aFailedCallEndsWithTheExceptionTheCallerGets() {
    transport.thenJson(400, error("ConditionalCheckFailedException"));
    ConditionalCheckFailedException thrown;
    try (DynamoClient db = client(fastRetries(3), recorder)) {
      thrown =
          assertThrows(
              ConditionalCheckFailedException.class,
              () ->
                  db.putItem(
                      PutItemRequest.builder()
                          .table("users")
                          .item(Item.of("id", "alice"))
                          .build()));
    }
    assertEquals(List.of("start PutItem", "attempt 1 400", "end PutItem failed"), recorder.log);
    CallListener.CallEnd end = recorder.ends.get(0);
    assertSame(thrown, end.error());
    assertEquals("ConditionalCheckFailedException", end.errorCode());
    assertEquals(400, end.httpStatus());
    assertEquals("REQ400", end.requestId());
    assertFalse(recorder.attempts.get(0).willRetry());
    assertTrue(end.consumedCapacity().isEmpty());
  }

  @Test
  void aTransportFailureHasNoStatus() {
    transport.thenFail(new TransportException("connection refused", null));
    try (DynamoClient db = client(RetryPolicy.none(), recorder)) {
      assertThrows(TransportException.class, () -> db.getItem(getAlice()));
    }
    CallListener.CallEnd end = recorder.ends.get(0);
    assertEquals(0, end.httpStatus());
    assertNull(end.errorCode());
    assertInstanceOf(TransportException.class, end.error());
    assertEquals(1, end.attempts());
  }

  @Test
  void anAsynchronousCallEndsBeforeItsFutureCompletesOnAnotherThread() {
    transport.thenJson(400, error("ThrottlingException")).thenJson(200, ITEM);
    try (DynamoClient db = client(fastRetries(2), recorder)) {
      CompletableFuture<?> call = db.async().getItem(getAlice());
      call.join();
      // onCallEnd ran before the future completed: no waiting needed
      assertEquals(
          List.of("start GetItem", "attempt 1 400", "attempt 2 200", "end GetItem ok"),
          recorder.log);
    }
    assertTrue(recorder.starts.get(0).async());
    assertNotEquals(Thread.currentThread(), recorder.endThreads.get(0));
    assertEquals(2, recorder.ends.get(0).attempts());
    assertEquals(1, recorder.ends.get(0).throttles());
    assertEquals(0.5, recorder.ends.get(0).consumedCapacity().get(0).capacityUnits());
  }

  @Test
  void anAsynchronousFailureEndsTheCallToo() {
    transport.thenJson(400, error("ConditionalCheckFailedException"));
    try (DynamoClient db = client(RetryPolicy.none(), recorder)) {
      CompletionException e =
          assertThrows(
              CompletionException.class,
              () -> db.async().apiCall(Operation.PUT_ITEM, "{\"TableName\":\"users\"}").join());
      assertInstanceOf(ConditionalCheckFailedException.class, e.getCause());
    }
    assertEquals(List.of("start PutItem", "attempt 1 400", "end PutItem failed"), recorder.log);
    assertEquals(List.of("users"), recorder.starts.get(0).tableNames());
    assertEquals("ConditionalCheckFailedException", recorder.ends.get(0).errorCode());
  }

  @Test
  void aRawCallNamesALeadingTableAndReadsCapacityOnlyWhenAsked() {
    transport.thenJson(200, ITEM).thenJson(200, "{\"TableNames\":[]}");
    try (DynamoClient db = client(RetryPolicy.none(), recorder)) {
      ApiResponse response =
          db.apiCall(
              io.dynamo.api.call.ApiRequest.of(
                  Operation.GET_ITEM,
                  " { \"TableName\" : \"users\", \"Key\":{\"id\":{\"S\":\"alice\"}}}"
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertEquals(1, response.attempts());
      db.apiCall(Operation.LIST_TABLES, "{}");
    }
    assertEquals(List.of("users"), recorder.starts.get(0).tableNames());
    assertEquals(0.5, recorder.ends.get(0).consumedCapacity().get(0).capacityUnits());
    assertEquals(List.of(), recorder.starts.get(1).tableNames());
    assertEquals(List.of(), recorder.ends.get(1).consumedCapacity());
    assertNull(recorder.ends.get(1).count());
  }

  @Test
  void queryFactsComeFromTheTypedRequestAndResponse() {
    transport.thenJson(200, "{\"Items\":[],\"Count\":0,\"ScannedCount\":7}");
    try (DynamoClient db = client(RetryPolicy.none(), recorder)) {
      db.query(
          QueryRequest.builder()
              .table("users")
              .index("by-name")
              .keyCondition("#k = :v")
              .name("#k", "name")
              .value(":v", "alice")
              .limit(5)
              .scanIndexForward(false)
              .build());
    }
    CallListener.CallStart start = recorder.starts.get(0);
    assertEquals("by-name", start.indexName());
    assertEquals(5, start.limit());
    assertEquals(Boolean.FALSE, start.scanForward());
    assertEquals(0, recorder.ends.get(0).count());
    assertEquals(7, recorder.ends.get(0).scannedCount());
  }

  @Test
  void aListenerThatThrowsBreaksNeitherTheCallNorTheOthers() {
    AtomicInteger calls = new AtomicInteger();
    CallListener<Object> broken =
        new CallListener<>() {
          @Override
          public Object onCallStart(CallStart call) {
            if (calls.incrementAndGet() == 1) {
              throw new IllegalStateException("broken at start");
            }
            return null;
          }

          @Override
          public void onAttemptEnd(AttemptEnd attempt, Object state) {
            throw new IllegalStateException("broken at attempt");
          }

          @Override
          public void onCallEnd(CallEnd call, Object state) {
            throw new IllegalStateException("broken at end");
          }
        };
    transport.thenJson(200, ITEM).thenJson(200, ITEM);
    try (DynamoClient db = client(RetryPolicy.none(), broken, recorder)) {
      db.getItem(getAlice());
      db.async().getItem(getAlice()).join();
    }
    assertEquals(2, calls.get());
    assertEquals(
        List.of(
            "start GetItem",
            "attempt 1 200",
            "end GetItem ok",
            "start GetItem",
            "attempt 1 200",
            "end GetItem ok"),
        recorder.log);
  }

  @Test
  void interceptorsRunInsideTheListenedCall() {
    Interceptor answering =
        new Interceptor() {
          @Override
          public CompletableFuture<ApiResponse> interceptCall(CallChain chain) {
            return CompletableFuture.completedFuture(
                ApiResponse.of(chain.request().operation(), ScriptedTransport.json(200, ITEM), 0));
          }
        };
    try (DynamoClient db =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:9")
            .region("eu-west-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .transport(transport)
            .interceptor(answering)
            .listener(recorder)
            .build()) {
      db.getItem(getAlice());
    }
    assertEquals(List.of("start GetItem", "end GetItem ok"), recorder.log);
    assertEquals(0, recorder.ends.get(0).attempts());
    assertTrue(transport.requests.isEmpty());
  }

  @Test
  void aCopyWithAnotherRetryPolicyKeepsTheListeners() {
    transport.thenJson(200, ITEM);
    try (DynamoClient db = client(RetryPolicy.none(), recorder)) {
      db.withRetryPolicy(RetryPolicy.standard()).getItem(getAlice());
    }
    assertEquals(List.of("start GetItem", "attempt 1 200", "end GetItem ok"), recorder.log);
  }
}
