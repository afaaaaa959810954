package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StubServerTest {
  private final StubServer stub = StubServer.start();

  @AfterEach
  void close() {
    stub.close();
  }

  private HttpResponse<String> call(String operation, String json) throws Exception {
    return DynamoHttp.call(stub.endpoint(), operation, json);
  }

  @Test
  void answersWithTheScriptInOrderThenWithTheDefault() throws Exception {
    stub.enqueue(
        StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"),
        StubResponse.of(503, "text/plain", "busy"));
    stub.enqueue(2, StubResponse.dynamo("{\"TableNames\":[\"t\"]}"));

    assertEquals(400, call("ListTables", "{}").statusCode());
    assertEquals("busy", call("ListTables", "{}").body());
    assertEquals(2, stub.pendingResponses());
    assertEquals("{\"TableNames\":[\"t\"]}", call("ListTables", "{}").body());
    assertEquals("{\"TableNames\":[\"t\"]}", call("ListTables", "{}").body());
    HttpResponse<String> fallback = call("ListTables", "{}");
    assertEquals(200, fallback.statusCode());
    assertEquals("{}", fallback.body());

    stub.defaultResponse(StubResponse.of(404));
    assertEquals(404, call("ListTables", "{}").statusCode());
    assertEquals(6, stub.requestCount());
  }

  @Test
  void recordsMethodPathHeadersAndBody() throws Exception {
    call("GetItem", "{\"TableName\":\"users\"}");

    RecordedRequest request = stub.lastRequest();
    assertEquals("POST", request.method());
    assertEquals("/", request.path());
    assertEquals(Optional.of("DynamoDB_20120810.GetItem"), request.header("x-amz-target"));
    assertEquals(Optional.of("DynamoDB_20120810.GetItem"), request.header("X-AMZ-TARGET"));
    assertEquals(List.of("application/x-amz-json-1.0"), request.headers().get("content-type"));
    assertEquals(List.of(), request.headerValues("X-Missing"));
    assertEquals(Optional.of("GetItem"), request.operation());
    assertEquals("{\"TableName\":\"users\"}", request.bodyAsString());
    assertArrayEquals("{\"TableName\":\"users\"}".getBytes(StandardCharsets.UTF_8), request.body());
    assertEquals(List.of(request), stub.requests());
    assertEquals(request, stub.request(0));
    assertTrue(request.toString().contains("GetItem"), request.toString());
    assertTrue(!request.toString().contains("Signature"), "toString must not show headers");
  }

  @Test
  void dynamoResponsesCarryTheCrc32OfTheirBodyAndARequestId() throws Exception {
    String json = "{\"Item\":{\"id\":{\"S\":\"h\u00e9llo\"}}}";
    stub.enqueue(StubResponse.dynamo(json));

    HttpResponse<String> response = call("GetItem", "{}");

    assertEquals(json, response.body());
    assertEquals(
        "application/x-amz-json-1.0", response.headers().firstValue("content-type").orElseThrow());
    long expected = ResponseWriter.crc32(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        Long.toString(expected), response.headers().firstValue("x-amz-crc32").orElseThrow());
    assertTrue(
        response.headers().firstValue("x-amzn-RequestId").orElseThrow().matches("[A-Z0-9]{52}"));
  }

  @Test
  void canSendAWrongCrcOrNone() throws Exception {
    stub.enqueue(
        StubResponse.dynamo("{}").withCrc32(12345), StubResponse.dynamo("{}").withoutCrc32());

    assertEquals(
        Optional.of("12345"), call("ListTables", "{}").headers().firstValue("x-amz-crc32"));
    assertEquals(Optional.empty(), call("ListTables", "{}").headers().firstValue("x-amz-crc32"));
  }

  @Test
  void crcFollowsAReplacedBody() throws Exception {
    stub.enqueue(StubResponse.dynamo("{}").withBody("{\"Count\":1}"));

    HttpResponse<String> response = call("Scan", "{}");

    long expected = ResponseWriter.crc32("{\"Count\":1}".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        Optional.of(Long.toString(expected)), response.headers().firstValue("x-amz-crc32"));
  }

  @Test
  void errorsAreShapedLikeDynamoDbs() throws Exception {
    stub.enqueue(
        StubResponse.dynamoError(
            400, "ConditionalCheckFailedException", "The \"conditional\" failed"),
        StubResponse.dynamoError(400, "com.amazon.coral.validate#ValidationException", "bad"));

    HttpResponse<String> conditional = call("PutItem", "{}");
    HttpResponse<String> validation = call("PutItem", "{}");

    assertEquals(
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
            + "\"message\":\"The \\\"conditional\\\" failed\"}",
        conditional.body());
    assertEquals(
        "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"bad\"}",
        validation.body());
  }

  @Test
  void sendsHtmlPagesAndCustomHeaders() throws Exception {
    stub.enqueue(StubResponse.html(502, "<html>Bad Gateway</html>").withHeader("Retry-After", "1"));

    HttpResponse<String> response = call("GetItem", "{}");

    assertEquals(502, response.statusCode());
    assertEquals("<html>Bad Gateway</html>", response.body());
    assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
    assertEquals(Optional.of("1"), response.headers().firstValue("retry-after"));
  }

  @Test
  void delaysAnswers() throws Exception {
    stub.enqueue(StubResponse.dynamo("{}").delayed(Duration.ofMillis(300)));

    long start = System.nanoTime();
    HttpResponse<String> response = call("ListTables", "{}");

    assertEquals(200, response.statusCode());
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
  }

  @Test
  void aDelayLongerThanTheClientsTimeoutTimesItOut() throws Exception {
    stub.enqueue(StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)));

    assertThrows(
        java.net.http.HttpTimeoutException.class,
        () ->
            DynamoHttp.client()
                .send(
                    DynamoHttp.request(stub.endpoint(), "ListTables", "{}")
                        .timeout(Duration.ofMillis(200))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()));
    assertEquals(1, stub.requestCount());
  }

  @Test
  void delaysTheBodyAfterTheHeaders() throws Exception {
    stub.enqueue(StubResponse.dynamo("{\"a\":1}").delayedBody(Duration.ofMillis(200)));

    long start = System.nanoTime();
    String raw = RawHttp.exchange(stub.port(), RawHttp.post("{}"));

    assertTrue(raw.endsWith("\r\n\r\n{\"a\":1}"), raw);
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos());
  }

  @Test
  void disconnectsWithoutAnswering() throws Exception {
    stub.enqueue(StubResponse.disconnect());

    assertThrows(IOException.class, () -> call("GetItem", "{}"));
    assertEquals(Optional.of("GetItem"), stub.request(0).operation());
  }

  @Test
  void disconnectSendsNothingAtAll() throws Exception {
    stub.enqueue(StubResponse.disconnect());

    assertEquals("", RawHttp.exchange(stub.port(), RawHttp.post("{}")));
  }

  @Test
  void sendsARawAnswerAsItIsThenCloses() throws Exception {
    String answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n";
    stub.enqueue(StubResponse.raw(answer.getBytes(StandardCharsets.ISO_8859_1)));

    assertEquals(answer, RawHttp.exchange(stub.port(), RawHttp.post("{}")));
    assertEquals(0, StubResponse.raw(new byte[0]).status());
    assertEquals(1, stub.requestCount());
  }

  @Test
  void truncatesTheBodyAtTheGivenByte() throws Exception {
    stub.enqueue(StubResponse.dynamo("{\"TableNames\":[]}").truncatedAfter(5));

    String raw = RawHttp.exchange(stub.port(), RawHttp.post("{}"));

    assertTrue(raw.contains("Content-Length: 17\r\n"), raw);
    assertTrue(raw.endsWith("\r\n\r\n{\"Tab"), raw);
  }

  @Test
  void aTruncatedBodyFailsARealClient() {
    stub.enqueue(StubResponse.dynamo("{\"TableNames\":[]}").truncatedAfter(5));

    assertThrows(IOException.class, () -> call("ListTables", "{}"));
  }

  @Test
  void resetsTheConnection() throws Exception {
    stub.enqueue(StubResponse.reset());

    IOException e =
        assertThrows(IOException.class, () -> RawHttp.exchange(stub.port(), RawHttp.post("{}")));

    assertTrue(e.getMessage().contains("reset"), e.getMessage());
    assertEquals(1, stub.requestCount());
  }

  @Test
  void keepsConnectionsAliveAcrossRequests() throws Exception {
    stub.enqueue(StubResponse.dynamo("{\"n\":1}"), StubResponse.dynamo("{\"n\":2}"));
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), stub.port())) {
      socket.setSoTimeout(10_000);
      String keepAlive = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
      String close =
          "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}";
      socket.getOutputStream().write((keepAlive + close).getBytes(StandardCharsets.US_ASCII));

      String raw = RawHttp.readAll(socket.getInputStream());

      assertTrue(raw.contains("{\"n\":1}HTTP/1.1 200 OK\r\n"), raw);
      assertTrue(raw.endsWith("{\"n\":2}"), raw);
    }
    assertEquals(2, stub.requestCount());
  }

  @Test
  void readsChunkedBodiesAndAnswersExpectContinue() throws Exception {
    String request =
        "POST /p?q=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nExpect: 100-continue\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n3\r\n{\"a\r\n4;ext=1\r\n\":1}\r\n0\r\n\r\n";

    String raw = RawHttp.exchange(stub.port(), request);

    assertTrue(raw.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"), raw);
    assertEquals("{\"a\":1}", stub.lastRequest().bodyAsString());
    assertEquals("/p?q=1", stub.lastRequest().path());
  }

  @Test
  void answersGarbageWith400() throws Exception {
    String raw = RawHttp.exchange(stub.port(), "NOT HTTP\r\n\r\n");

    assertTrue(raw.startsWith("HTTP/1.1 400 Bad Request"), raw);
    assertEquals(0, stub.requestCount());
  }

  @Test
  void recordsConcurrentRequestsFromManyConnections() throws Exception {
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls =
        new java.util.ArrayList<>();
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    for (int i = 0; i < 20; i++) {
      calls.add(
          client.sendAsync(
              DynamoHttp.request(stub.endpoint(), "GetItem", "{\"i\":" + i + "}").build(),
              HttpResponse.BodyHandlers.ofString()));
    }

    List<RecordedRequest> requests = stub.awaitRequests(20, Duration.ofSeconds(10));

    assertEquals(20, requests.size());
    for (java.util.concurrent.CompletableFuture<HttpResponse<String>> call : calls) {
      assertEquals(200, call.get().statusCode());
    }
  }

  @Test
  void awaitRequestsFailsWhenTooFewArrive() {
    AssertionError e =
        assertThrows(AssertionError.class, () -> stub.awaitRequests(1, Duration.ofMillis(50)));

    assertTrue(e.getMessage().contains("expected 1 requests"), e.getMessage());
  }

  @Test
  void clearForgetsRequestsAndScript() throws Exception {
    stub.enqueue(StubResponse.of(500));
    stub.enqueue(StubResponse.of(500));
    call("GetItem", "{}");

    stub.clear();

    assertEquals(0, stub.requestCount());
    assertEquals(0, stub.pendingResponses());
    assertThrows(AssertionError.class, stub::lastRequest);
  }

  @Test
  void closeStopsListeningAndDropsOpenConnections() throws Exception {
    stub.enqueue(StubResponse.dynamo("{}").delayed(Duration.ofSeconds(30)));
    Socket waiting = new Socket(InetAddress.getLoopbackAddress(), stub.port());
    waiting.getOutputStream().write(RawHttp.post("{}").getBytes(StandardCharsets.US_ASCII));
    stub.awaitRequests(1, Duration.ofSeconds(10));

    long start = System.nanoTime();
    stub.close();

    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    waiting.setSoTimeout(10_000);
    assertEquals("", RawHttp.readAll(waiting.getInputStream()));
    waiting.close();
    assertThrows(
        ConnectException.class,
        () -> new Socket(InetAddress.getLoopbackAddress(), stub.port()).close());
  }

  @Test
  void responsesValidateTheirArguments() {
    assertThrows(IllegalArgumentException.class, () -> StubResponse.of(42));
    assertThrows(IllegalArgumentException.class, () -> StubResponse.dynamo("{}").truncatedAfter(2));
    assertThrows(
        IllegalArgumentException.class,
        () -> StubResponse.dynamo("{}").delayed(Duration.ofMillis(-1)));
  }
}
