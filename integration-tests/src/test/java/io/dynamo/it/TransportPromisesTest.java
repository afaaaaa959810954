package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.error.TransportClosedException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.ForwardProxy;
import io.dynamo.testkit.SelfSignedCertificate;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the transport's promises mean for a client call, with whichever transport this run selects
 * ({@code -Dio.dynamo.transport}): a body over the cap, an untrusted certificate and a call cut
 * short by {@code close()} end the call with their typed exception after one attempt, never
 * retried, on the sync and the async path alike; the builder's proxy is used.
 */
class TransportPromisesTest {
  private final StubServer stub = StubServer.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  private DynamoClient client(long maxResponseBytes) {
    return DynamoClient.builder()
        .endpoint(stub.endpoint())
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .retryPolicy(RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(1)).build())
        .maxResponseBytes(maxResponseBytes)
        .build();
  }

  private static String tables(int bytes) {
    return "{\"TableNames\":[\"" + "t".repeat(bytes) + "\"]}";
  }

  @Test
  void aResponseOverTheCapFailsTheCallAfterOneAttempt() {
    stub.defaultResponse(StubResponse.dynamo(tables(10_000)));
    try (DynamoClient db = client(4096)) {
      ResponseTooLargeException e =
          assertThrows(
              ResponseTooLargeException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
      assertEquals(4096, e.limit());
      assertEquals(1, stub.requestCount(), "retried: the same request gets the same answer");

      ExecutionException async =
          assertThrows(
              ExecutionException.class,
              () -> db.async().apiCall(Operation.LIST_TABLES, "{}").get(30, TimeUnit.SECONDS));
      assertInstanceOf(ResponseTooLargeException.class, async.getCause());
      assertEquals(2, stub.requestCount());
    }
  }

  @Test
  void aResponseUnderTheCapIsRead() {
    stub.enqueue(StubResponse.dynamo(tables(3000)));
    try (DynamoClient db = client(4096)) {
      ApiResponse response =
          db.apiCall(io.dynamo.api.call.ApiRequest.of(Operation.LIST_TABLES, "{}".getBytes()));
      assertEquals(tables(3000), response.bodyText());
    }
  }

  @Test
  void anUntrustedCertificateFailsTheCallAfterOneHandshakeSyncAndAsync() {
    try (StubServer tls = StubServer.startTls(SelfSignedCertificate.get().serverContext());
        DynamoClient db =
            DynamoClient.builder()
                .endpoint(tls.endpoint())
                .region("us-east-1")
                .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
                .retryPolicy(
                    RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(1)).build())
                .build()) {
      TransportException e =
          assertThrows(TransportException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
      assertFalse(e.isRetryable());
      assertEquals(1, tls.connectionCount(), "the handshake was retried on the sync path");

      ExecutionException async =
          assertThrows(
              ExecutionException.class,
              () -> db.async().apiCall(Operation.LIST_TABLES, "{}").get(30, TimeUnit.SECONDS));
      assertFalse(assertInstanceOf(TransportException.class, async.getCause()).isRetryable());
      assertEquals(2, tls.connectionCount(), "the handshake was retried on the async path");
      assertEquals(0, tls.requestCount());
    }
  }

  @Test
  void sendsThroughTheProxyTheBuilderNames() {
    try (ForwardProxy proxy = ForwardProxy.start("svc", "proxy-pass-1");
        DynamoClient db =
            DynamoClient.builder()
                .endpoint("http://" + SelfSignedCertificate.PROXIED_HOST + ":" + stub.port())
                .region("us-east-1")
                .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
                .proxy(
                    HttpProxy.of("127.0.0.1", proxy.port()).withCredentials("svc", "proxy-pass-1"))
                .build()) {
      assertEquals("{}", db.apiCall(Operation.LIST_TABLES, "{}"));
      assertEquals("{}", db.async().apiCall(Operation.LIST_TABLES, "{}").join());

      assertEquals(2, stub.requestCount());
      assertEquals(2, proxy.accepted().size(), () -> "seen: " + proxy.requests());
      assertFalse(db.toString().contains("proxy-pass-1"), db::toString);
    }
  }

  @Test
  void closingTheClientEndsASynchronousCallInFlightWithoutRetry() throws Exception {
    stub.defaultResponse(StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)));
    DynamoClient db = client(4096);
    CompletableFuture<String> call = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                call.complete(db.apiCall(Operation.LIST_TABLES, "{}"));
              } catch (Throwable t) {
                call.completeExceptionally(t);
              }
            },
            "it-blocked-caller");
    caller.start();
    stub.awaitRequests(1, Duration.ofSeconds(10));
    long start = System.nanoTime();

    db.close();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
    assertInstanceOf(TransportClosedException.class, e.getCause());
    assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "the call took long to end");
    caller.join(10_000);
    assertFalse(caller.isInterrupted(), "the transport's interrupt must not stay on the thread");
    assertEquals(1, stub.requestCount(), "a call cut short by close() must not be retried");
    assertThrows(TransportClosedException.class, () -> db.apiCall(Operation.LIST_TABLES, "{}"));
  }

  @Test
  void closingTheClientEndsAnAsynchronousCallInFlightWithoutRetry() throws Exception {
    stub.defaultResponse(StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)));
    DynamoClient db = client(4096);
    CompletableFuture<String> call = db.async().apiCall(Operation.LIST_TABLES, "{}");
    stub.awaitRequests(1, Duration.ofSeconds(10));

    db.close();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
    assertInstanceOf(TransportClosedException.class, e.getCause());
    assertEquals(1, stub.requestCount(), "a call cut short by close() must not be retried");
    ExecutionException later =
        assertThrows(
            ExecutionException.class,
            () -> db.async().apiCall(Operation.LIST_TABLES, "{}").get(10, TimeUnit.SECONDS));
    assertInstanceOf(TransportClosedException.class, later.getCause());
  }
}
