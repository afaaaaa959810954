package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.RequestOptions;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.InternalServerErrorException;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.HttpHeader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** Per-call timeouts, retry policy and headers through {@link DynamoClient#withOptions}. */
class RequestOptionsTest {
  private static final Key KEY = Key.of("id", "u1");

  /** Answers each attempt from a script (500 or 200) and records what each attempt was given. */
  static final class Recorder implements Transport {
    final List<HttpRequest> requests = new ArrayList<>();
    final List<Duration> timeouts = new ArrayList<>();
    final List<Integer> script = new ArrayList<>();
    boolean neverAnswerAsync;

    @Override
    public synchronized HttpResponse execute(HttpRequest request, Duration timeout) {
      requests.add(request);
      timeouts.add(timeout);
      int status = script.isEmpty() ? 200 : script.remove(0);
      byte[] body =
          (status == 200 ? "{}" : "{\"__type\":\"InternalServerError\",\"message\":\"boom\"}")
              .getBytes(StandardCharsets.UTF_8);
      CRC32 crc = new CRC32();
      crc.update(body);
      return HttpResponse.of(
          status, List.of(HttpHeader.of("x-amz-crc32", Long.toString(crc.getValue()))), body);
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
      if (neverAnswerAsync) {
        synchronized (this) {
          requests.add(request);
          timeouts.add(timeout);
        }
        return new CompletableFuture<>();
      }
      return CompletableFuture.completedFuture(execute(request, timeout));
    }

    @Override
    public String name() {
      return "recorder";
    }

    @Override
    public void close() {}
  }

  private static DynamoClient client(Recorder t) {
    return DynamoClient.builder()
        .endpoint("http://127.0.0.1:8000")
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .transport(t)
        .attemptTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(30))
        .retryPolicy(RetryPolicy.standard().toBuilder().baseDelay(Duration.ofMillis(1)).build())
        .build();
  }

  @Test
  void timeoutsApplyToTheCallsOfTheOptionedClientOnly() {
    Recorder t = new Recorder();
    try (DynamoClient db = client(t)) {
      DynamoClient quick =
          db.withOptions(
              RequestOptions.builder()
                  .attemptTimeout(Duration.ofSeconds(2))
                  .callTimeout(Duration.ofSeconds(5))
                  .build());
      quick.getItem("users", KEY);
      db.getItem("users", KEY);
      assertEquals(Duration.ofSeconds(2), t.timeouts.get(0));
      assertEquals(Duration.ofSeconds(10), t.timeouts.get(1));
      assertEquals(Duration.ofSeconds(5), quick.callTimeout());
      assertEquals(Duration.ofSeconds(30), db.callTimeout());

      // a call timeout shorter than the attempt timeout bounds the attempt
      db.withOptions(RequestOptions.builder().callTimeout(Duration.ofMillis(300)).build())
          .getItem("users", KEY);
      Duration bounded = t.timeouts.get(2);
      assertTrue(bounded.compareTo(Duration.ofMillis(300)) <= 0, bounded.toString());
      assertTrue(bounded.compareTo(Duration.ZERO) > 0, bounded.toString());
    }
  }

  @Test
  void theRetryPolicyOfTheOptionsReplacesTheClients() {
    Recorder t = new Recorder();
    try (DynamoClient db = client(t)) {
      t.script.add(500);
      db.getItem("users", KEY);
      assertEquals(2, t.requests.size(), "the client's policy retries the 500");

      t.script.add(500);
      DynamoClient once =
          db.withOptions(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build());
      assertThrows(InternalServerErrorException.class, () -> once.getItem("users", KEY));
      assertEquals(3, t.requests.size(), "no retry under RetryPolicy.none()");
      assertEquals(RetryPolicy.none().maxAttempts(), once.retryPolicy().maxAttempts());

      t.script.add(500);
      CompletionException e =
          assertThrows(
              CompletionException.class,
              () ->
                  once.async()
                      .getItem(
                          io.dynamo.api.model.GetItemRequest.builder()
                              .table("users")
                              .key(KEY)
                              .build())
                      .join());
      assertTrue(e.getCause() instanceof InternalServerErrorException, e.getCause().toString());
      assertEquals(4, t.requests.size());
    }
  }

  @Test
  void headersAreSentAndSignedOnEveryAttemptAndAddUp() {
    Recorder t = new Recorder();
    try (DynamoClient db = client(t)) {
      DynamoClient traced =
          db.withOptions(RequestOptions.builder().header("X-Trace-Id", "t-1").build())
              .withOptions(
                  RequestOptions.builder()
                      .header("X-Tenant", "acme")
                      .header("x-trace-id", "t-2")
                      .build());
      t.script.add(500);
      traced.getItem("users", KEY);
      db.getItem("users", KEY);
      assertEquals(3, t.requests.size());
      for (int i = 0; i < 2; i++) {
        HttpRequest r = t.requests.get(i);
        assertEquals("t-2", r.header("X-Trace-Id").orElseThrow());
        assertEquals(
            1, r.headers().stream().filter(h -> h.name().equalsIgnoreCase("x-trace-id")).count());
        assertEquals("acme", r.header("X-Tenant").orElseThrow());
        String auth = r.header("Authorization").orElseThrow();
        assertTrue(auth.contains("x-tenant") && auth.contains("x-trace-id"), auth);
      }
      HttpRequest plain = t.requests.get(2);
      assertFalse(plain.header("X-Trace-Id").isPresent());
      assertFalse(plain.header("Authorization").orElseThrow().contains("x-tenant"));
    }
  }

  @Test
  void badOptionsAreRefusedWhenGivenWithTheFieldAndTheRule() {
    RequestOptions.Builder b = RequestOptions.builder();
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> b.callTimeout(Duration.ZERO));
    assertTrue(e.getMessage().contains("callTimeout") && e.getMessage().contains("positive"));
    e = assertThrows(InvalidRequestException.class, () -> b.attemptTimeout(Duration.ofSeconds(-1)));
    assertTrue(e.getMessage().contains("attemptTimeout"));
    e = assertThrows(InvalidRequestException.class, () -> b.header("Authorization", "x"));
    assertTrue(e.getMessage().contains("itself"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> b.header("X-Amz-Date", "x"));
    assertTrue(e.getMessage().contains("X-Amz-Date"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> b.header("Bad Name", "x"));
    assertTrue(e.getMessage().contains("HTTP token"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> b.header("X-Ok", "secret\r\nX-Evil: 1"));
    assertTrue(e.getMessage().contains("U+000D"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), "the value is not quoted: " + e.getMessage());
    assertThrows(NullPointerException.class, () -> b.retryPolicy(null));
    assertEquals(RequestOptions.none(), b.build(), "a refused setting leaves nothing behind");
  }

  @Test
  void toStringNamesHeadersButNeverTheirValues() {
    RequestOptions o =
        RequestOptions.builder()
            .callTimeout(Duration.ofSeconds(1))
            .header("X-Api-Token", "s3cr3t-value")
            .build();
    assertTrue(o.toString().contains("X-Api-Token"), o.toString());
    assertTrue(o.toString().contains("PT1S"), o.toString());
    assertFalse(o.toString().contains("s3cr3t"), o.toString());
    assertEquals(o, o.toBuilder().build());
    assertEquals("RequestOptions[]", RequestOptions.none().toString());
  }
}
