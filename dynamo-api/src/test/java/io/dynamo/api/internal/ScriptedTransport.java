package io.dynamo.api.internal;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.sign.HttpHeader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/** A transport that answers from a script and records what it was sent. */
final class ScriptedTransport implements Transport {
  private final Deque<Supplier<HttpResponse>> script = new ArrayDeque<>();
  final List<HttpRequest> requests = Collections.synchronizedList(new ArrayList<>());
  final List<Duration> timeouts = Collections.synchronizedList(new ArrayList<>());
  boolean closed;

  ScriptedTransport then(Supplier<HttpResponse> step) {
    script.add(step);
    return this;
  }

  ScriptedTransport thenJson(int status, String body) {
    return then(() -> json(status, body));
  }

  ScriptedTransport thenFail(RuntimeException e) {
    return then(
        () -> {
          throw e;
        });
  }

  static HttpResponse json(int status, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return HttpResponse.of(
        status,
        List.of(
            HttpHeader.of("Content-Type", "application/x-amz-json-1.0"),
            HttpHeader.of("x-amzn-RequestId", "REQ" + status),
            HttpHeader.of("x-amz-crc32", Long.toString(crc.getValue()))),
        bytes);
  }

  static HttpResponse raw(int status, List<HttpHeader> headers, String body) {
    return HttpResponse.of(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public synchronized HttpResponse execute(HttpRequest request, Duration timeout) {
    requests.add(request);
    timeouts.add(timeout);
    Supplier<HttpResponse> step = script.poll();
    if (step == null) {
      throw new AssertionError("unexpected request " + requests.size() + ": " + request);
    }
    return step.get();
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
    return CompletableFuture.supplyAsync(() -> execute(request, timeout));
  }

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public void close() {
    closed = true;
  }
}
