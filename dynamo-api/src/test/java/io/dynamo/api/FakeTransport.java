package io.dynamo.api;

import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.HttpHeader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;

/**
 * A transport for tests: records every request and answers with canned DynamoDB-shaped responses
 * (with a correct {@code x-amz-crc32} unless told otherwise), {@code {}} when none is queued.
 */
final class FakeTransport implements Transport {
  private final Deque<HttpResponse> responses = new ArrayDeque<>();
  private final List<HttpRequest> requests = new ArrayList<>();

  /** A client over a new fake transport, with retries off. */
  static FakeTransport create() {
    return new FakeTransport();
  }

  /** A client sending through this transport. */
  DynamoClient client() {
    return DynamoClient.builder()
        .endpoint("http://127.0.0.1:8000")
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .transport(this)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** Queues a 200 response with this JSON body and its CRC32. */
  synchronized FakeTransport respond(String json) {
    return respond(200, json, true);
  }

  /** Queues a response. */
  synchronized FakeTransport respond(int status, String json, boolean withCrc) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    List<HttpHeader> headers = new ArrayList<>();
    headers.add(HttpHeader.of("Content-Type", "application/x-amz-json-1.0"));
    headers.add(HttpHeader.of("x-amzn-RequestId", "REQ" + (requests.size() + responses.size())));
    if (withCrc) {
      CRC32 crc = new CRC32();
      crc.update(body);
      headers.add(HttpHeader.of("x-amz-crc32", Long.toString(crc.getValue())));
    }
    responses.add(HttpResponse.of(status, headers, body));
    return this;
  }

  /** Queues a 200 response whose x-amz-crc32 header is {@code crc}, right or not. */
  synchronized FakeTransport respondWithCrc(String json, String crc) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    responses.add(HttpResponse.of(200, List.of(HttpHeader.of("x-amz-crc32", crc)), body));
    return this;
  }

  /** The requests received, in order. */
  synchronized List<HttpRequest> requests() {
    return List.copyOf(requests);
  }

  /** The body of the last request as text. */
  synchronized String lastBody() {
    if (requests.isEmpty()) {
      throw new AssertionError("no request was sent");
    }
    return new String(requests.get(requests.size() - 1).body(), StandardCharsets.UTF_8);
  }

  /** The body of request {@code i} as text. */
  synchronized String body(int i) {
    return new String(requests.get(i).body(), StandardCharsets.UTF_8);
  }

  /** The operation of the last request, from its X-Amz-Target header. */
  synchronized String lastOperation() {
    String target = requests.get(requests.size() - 1).header("X-Amz-Target").orElseThrow();
    return target.substring(target.indexOf('.') + 1);
  }

  @Override
  public synchronized HttpResponse execute(HttpRequest request, Duration timeout) {
    requests.add(request);
    HttpResponse next = responses.poll();
    if (next != null) {
      return next;
    }
    respond("{}");
    return responses.poll();
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
    return CompletableFuture.supplyAsync(() -> execute(request, timeout));
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public void close() {}
}
