package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.codec.DynamoException;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Fuzz;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated response bodies over real loopback HTTP, through the transport of this run
 * (the suite runs once per transport), with broken framing as well: wrong {@code Content-Length},
 * wrong or garbage {@code x-amz-crc32}, chunked encoding broken in every way, malformed status
 * lines and headers, informational and bodiless statuses with a body, cut-off and reset
 * connections, bodies past the response size limit. Every call ends in its result or a {@link
 * DynamoException} within its call timeout (short, so that a response that never completes shows as
 * a timeout); never another exception or a hang.
 *
 * <p>500 calls in the normal run, 100,000 with {@code -Ddynamo.long=true}, any number with {@code
 * -Ddynamo.fuzz.cases=N}. The seed is printed with a failure; {@code -Ddynamo.fuzz.seed=S
 * -Ddynamo.fuzz.case=N} replays one call (what an earlier answer left on a kept-alive connection
 * aside).
 */
class HttpResponseFuzzTest {
  private static final boolean LONG = Boolean.getBoolean("dynamo.long");
  private static final long SEED = Fuzz.seed(0x477F022L);
  private static final int CASES = Integer.getInteger("dynamo.fuzz.cases", LONG ? 100_000 : 500);
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(250);
  private static final Duration CALL_TIMEOUT = Duration.ofMillis(500);

  /** How much later than its call timeout a call may end: a pause of the JVM, a busy machine. */
  private static final Duration MARGIN = Duration.ofSeconds(2);

  /** Answers that leave the client waiting for bytes that never come: one in this many. */
  private static final int STALLS = 1000;

  private static final Key KEY = Key.of("id", "user#1");
  private static final Item ITEM = Item.of("id", "user#1", "n", 1);
  private static final String[] ERRORS = {
    Fuzz.CONDITIONAL_CHECK_FAILED, Fuzz.TRANSACTION_CANCELED, Fuzz.THROTTLED, Fuzz.VALIDATION
  };

  /** An operation: the bodies it is answered with, and the call. */
  private record Op(String name, String[] bodies, Function<Ctx, Object> call) {}

  /** The client to call with, and whether to call it asynchronously. */
  private record Ctx(DynamoClient db, boolean async) {
    <T> Object await(CompletableFuture<T> future) {
      try {
        return future.get(CALL_TIMEOUT.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw new AssertionError("the future failed with " + e.getCause(), e.getCause());
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("the future did not complete within the call timeout", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static final List<Op> OPS =
      List.of(
          new Op(
              "GetItem",
              new String[] {Fuzz.GET_ITEM},
              c ->
                  c.async
                      ? c.await(c.db.async().getItem("users", KEY))
                      : c.db.getItem("users", KEY)),
          new Op(
              "Query",
              new String[] {Fuzz.QUERY, Fuzz.SCAN},
              c -> {
                QueryRequest q =
                    QueryRequest.builder()
                        .table("users")
                        .keyCondition("id = :id")
                        .value(":id", "user#1")
                        .build();
                return c.async ? c.await(c.db.async().query(q)) : c.db.query(q);
              }),
          new Op(
              "Scan",
              new String[] {Fuzz.SCAN},
              c -> {
                ScanRequest s = ScanRequest.builder().table("users").build();
                return c.async ? c.await(c.db.async().scan(s)) : c.db.scan(s);
              }),
          new Op(
              "DescribeTable",
              new String[] {Fuzz.DESCRIBE_TABLE},
              c ->
                  c.async
                      ? c.await(c.db.async().describeTable("users"))
                      : c.db.describeTable("users")),
          new Op(
              "BatchGetItem",
              new String[] {Fuzz.BATCH_GET_ITEM},
              c -> {
                BatchGetItemRequest b =
                    BatchGetItemRequest.builder().get("users", KEY, Key.of("id", "user#2")).build();
                return c.async ? c.await(c.db.async().batchGetItem(b)) : c.db.batchGetItem(b);
              }),
          new Op(
              "TransactWriteItems",
              new String[] {Fuzz.TRANSACT_WRITE_ITEMS, Fuzz.TRANSACTION_CANCELED},
              c -> {
                TransactWriteItemsRequest w =
                    TransactWriteItemsRequest.builder()
                        .put("users", ITEM)
                        .delete("users", Key.of("id", "user#2"))
                        .build();
                return c.async
                    ? c.await(c.db.async().transactWriteItems(w))
                    : c.db.transactWriteItems(w);
              }),
          new Op(
              "PutItem",
              new String[] {Fuzz.PUT_ITEM, Fuzz.CONDITIONAL_CHECK_FAILED},
              c -> {
                PutItemRequest p =
                    PutItemRequest.builder()
                        .table("users")
                        .item(ITEM)
                        .returnValues(ReturnValue.ALL_OLD)
                        .build();
                return c.async ? c.await(c.db.async().putItem(p)) : c.db.putItem(p);
              }),
          new Op(
              "ListTables",
              new String[] {Fuzz.LIST_TABLES},
              c -> c.async ? c.await(c.db.async().listTables()) : c.db.listTables()));

  private final StubServer stub = StubServer.start();
  private final DynamoClient once = client(RetryPolicy.none(), 64 * 1024 * 1024);
  // retries (after a millisecond) of what may be retried, as in most uses
  private final DynamoClient retrying =
      client(
          RetryPolicy.builder()
              .maxAttempts(3)
              .baseDelay(Duration.ofMillis(1))
              .throttlingBaseDelay(Duration.ofMillis(1))
              .build(),
          64 * 1024 * 1024);
  // bodies of the corpus pass this limit only when a mutation makes them huge
  private final DynamoClient capped = client(RetryPolicy.none(), 64 * 1024);
  private final AtomicLong current = new AtomicLong(-1);
  private final Map<String, Integer> outcomes = new TreeMap<>();
  private long succeeded;
  private long slowest;
  private long slowestCase = -1;

  private DynamoClient client(RetryPolicy policy, long maxResponseBytes) {
    return DynamoClient.builder()
        .endpoint(stub.endpoint())
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .retryPolicy(policy)
        .connectTimeout(ATTEMPT_TIMEOUT)
        .attemptTimeout(ATTEMPT_TIMEOUT)
        .callTimeout(CALL_TIMEOUT)
        .maxResponseBytes(maxResponseBytes)
        .build();
  }

  @AfterEach
  void stop() {
    once.close();
    retrying.close();
    capped.close();
    stub.close();
  }

  @Test
  void everyAnswerOverHttpEndsTheCallInItsResultOrATypedExceptionInTime() {
    String transport = System.getProperty("io.dynamo.transport", "default");
    Duration bound = Duration.ofMinutes(LONG ? 60 : 5); // a hang: each call is checked on its own
    long started = System.nanoTime();
    assertTimeoutPreemptively(
        bound,
        this::run,
        () ->
            "hung with transport "
                + transport
                + " in "
                + Fuzz.replay(SEED, current.get())
                + ": took over "
                + bound);
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    long cases = Fuzz.onlyCase() >= 0 ? 1 : CASES;
    System.out.printf(
        "HttpResponseFuzzTest (%s): %,d calls (%,d connections) in %,d ms (seed 0x%x), the slowest"
            + " %,d ms (case %d): %,d results; failures %s%n",
        transport,
        cases,
        stub.connectionCount(),
        millis,
        SEED,
        slowest / 1_000_000,
        slowestCase,
        succeeded,
        outcomes);
    if (Fuzz.onlyCase() < 0) {
      assertTrue(succeeded > CASES / 50, "only " + succeeded + " of " + CASES + " calls succeeded");
    }
  }

  private void run() {
    long only = Fuzz.onlyCase();
    for (long i = only >= 0 ? only : 0; i < (only >= 0 ? only + 1 : CASES); i++) {
      current.set(i);
      one(i);
      if (i % 1000 == 999) {
        stub.clear(); // the recorded requests, which nothing here reads
      }
    }
  }

  private void one(long index) {
    SplittableRandom r = Fuzz.random(SEED, index);
    Op op = OPS.get(r.nextInt(OPS.size()));
    boolean error = r.nextInt(4) == 0;
    byte[] body = Fuzz.body(r, error ? ERRORS : op.bodies);
    StubResponse response = response(r, error, body);
    stub.defaultResponse(response);
    int pick = r.nextInt(10);
    Ctx ctx = new Ctx(pick == 0 ? retrying : pick == 1 ? capped : once, r.nextInt(4) == 0);
    String where =
        op.name
            + (ctx.async ? " (async)" : "")
            + " answered with "
            + response
            + " in "
            + Fuzz.replay(SEED, index);
    long start = System.nanoTime();
    try {
      Object result = op.call.apply(ctx);
      assertTrue(result.toString() != null, where);
      succeeded++;
    } catch (DynamoException e) {
      outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
      if (e instanceof InvalidResponseException && e.getMessage().contains("could not be read (")) {
        // the client's last resort: an unexpected exception of its own reading, typed
        throw new AssertionError(
            "reading threw " + e.getCause() + " in " + where + ", body of " + Fuzz.show(body), e);
      }
    } catch (Throwable t) {
      throw new AssertionError(
          "the call threw "
              + t.getClass().getName()
              + " (not a DynamoException) in "
              + where
              + ", body of "
              + Fuzz.show(body),
          t);
    }
    long took = System.nanoTime() - start;
    if (took > slowest) {
      slowest = took;
      slowestCase = index;
    }
    if (took > CALL_TIMEOUT.plus(MARGIN).toNanos()) {
      throw new AssertionError(
          "took "
              + took / 1_000_000
              + " ms, over the call timeout of "
              + CALL_TIMEOUT
              + ", in "
              + where
              + ", body of "
              + Fuzz.show(body));
    }
  }

  /** How the stub answers: mostly a well-framed response, else framing broken one way or more. */
  private static StubResponse response(SplittableRandom r, boolean error, byte[] body) {
    int status = error ? (r.nextInt(8) == 0 ? 500 : 400) : 200;
    int kind = r.nextInt(100);
    if (kind < 8) {
      return StubResponse.raw(chunked(r, status, body));
    }
    if (kind < 14) {
      return StubResponse.raw(rawHead(r, status, body));
    }
    if (kind == 14) {
      return r.nextBoolean() ? StubResponse.disconnect() : StubResponse.reset();
    }
    if (kind == 15 && body.length > 0) {
      return StubResponse.dynamo(status, "").withBody(body).truncatedAfter(r.nextInt(body.length));
    }
    if (kind == 16) {
      int[] odd = {201, 204, 299, 301, 304, 404, 413, 429, 502, 503, 504, 599, 999};
      status = odd[r.nextInt(odd.length)];
    }
    StubResponse response = StubResponse.dynamo(status, "").withBody(body);
    int crc = r.nextInt(40);
    if (crc == 0) {
      response = response.withCrc32(r.nextLong() >>> 32);
    } else if (crc == 1) {
      String[] garbage = {"", " ", "-1", "abc", "99999999999999999999", "0x1F"};
      response = response.withHeader("x-amz-crc32", garbage[r.nextInt(garbage.length)]);
    } else if (crc == 2) {
      response = response.withoutCrc32();
    }
    int length = r.nextInt(40);
    if (length == 0 && body.length > 0) {
      // shorter: the rest stays on the connection, where the next response is looked for
      response = response.withHeader("Content-Length", Integer.toString(r.nextInt(body.length)));
    } else if (length == 1) {
      // longer: the connection closes before the rest comes
      response =
          response
              .withHeader("Content-Length", Integer.toString(body.length + 1 + r.nextInt(100)))
              .closingConnection();
    } else if (length == 2 && r.nextInt(STALLS / 40) == 0) {
      // longer, on a connection that stays open: the read stalls until the attempt times out
      response = response.withHeader("Content-Length", Integer.toString(body.length + 1));
    }
    if (r.nextInt(10) == 0) {
      response = response.closingConnection();
    }
    return response;
  }

  /** A response with a chunked body: framed right, mostly, or broken in one place. */
  private static byte[] chunked(SplittableRandom r, int status, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
    write(out, "HTTP/1.1 " + status + " OK\r\nContent-Type: application/x-amz-json-1.0\r\n");
    if (r.nextBoolean()) {
      write(out, "x-amz-crc32: " + crc32(body) + "\r\n");
    }
    write(out, "Transfer-Encoding: chunked\r\n\r\n");
    int broken = r.nextInt(3) == 0 ? r.nextInt(10) : -1;
    int at = 0;
    while (at < body.length) {
      int n = Math.min(body.length - at, 1 + r.nextInt(r.nextBoolean() ? 16 : 8192));
      String size = Integer.toHexString(n);
      boolean here = broken >= 0 && r.nextInt(4) == 0;
      if (here) {
        size =
            switch (broken) {
              case 0 -> "zz";
              case 1 -> Integer.toHexString(n + 1 + r.nextInt(64));
              case 2 -> Integer.toHexString(Math.max(0, n - 1 - r.nextInt(4)));
              case 3 -> "ffffffffffffffff";
              case 4 -> "-" + size;
              case 5 -> size + ";ext=\"x\"";
              case 6 -> " " + size.toUpperCase(java.util.Locale.ROOT);
              default -> size;
            };
      }
      write(out, size + (here && broken == 7 ? "\n" : "\r\n"));
      out.write(body, at, n);
      write(out, here && broken == 8 ? "" : "\r\n");
      at += n;
    }
    if (broken != 9) {
      write(out, r.nextBoolean() ? "0\r\n\r\n" : "0\r\nx-trailer: 1\r\n\r\n");
    }
    return out.toByteArray();
  }

  /** A response whose status line or headers are odd, malformed or contradict each other. */
  private static byte[] rawHead(SplittableRandom r, int status, byte[] body) {
    String[] statusLines = {
      "HTTP/1.1 " + status + " OK",
      "HTTP/1.0 " + status + " OK",
      "HTTP/1.1 " + status,
      "HTTP/1.1 2OO OK",
      "HTTP/2 200 OK",
      "HTTP/1.1 99999 Big",
      "HTTP/1.1 -200 OK",
      "ICY 200 OK",
      "HTTP/1.1  200  OK",
      "",
      "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 " + status + " OK",
      "HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\nHTTP/1.1 " + status + " OK",
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade",
      "http/1.1 200 ok",
    };
    String[] lengths = {
      "Content-Length: " + body.length,
      "Content-Length: " + body.length + "\r\nContent-Length: " + (body.length + 1),
      "Content-Length: -1",
      "Content-Length: abc",
      "Content-Length: 99999999999999999999",
      "Content-Length: " + body.length + "\r\nTransfer-Encoding: chunked",
      "Content-Length: " + body.length + ", " + body.length,
      "", // the body ends where the connection does
    };
    String[] odd = {
      "",
      "Garbage",
      ": no name",
      "X-Long: " + "a".repeat(1 << r.nextInt(17)),
      "X-Fold: a\r\n b",
      "X-Nul: a\u0000b",
      "X-Utf8: \u00e9\u4e2d",
      "x-amz-crc32: " + crc32(body),
      "x-amz-crc32: " + crc32(body) + "\r\nx-amz-crc32: 1",
      "Content-Type: text/html",
      "Content-Encoding: gzip",
      "Content-Encoding: identity",
      "Connection: keep-alive",
    };
    String eol = r.nextInt(10) == 0 ? "\n" : "\r\n";
    String head =
        statusLines[r.nextInt(statusLines.length)]
            + "\r\nContent-Type: application/x-amz-json-1.0\r\n"
            + lengths[r.nextInt(lengths.length)]
            + "\r\n"
            + odd[r.nextInt(odd.length)]
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + head.length());
    write(out, head.replace("\r\n", eol));
    out.write(body, 0, body.length);
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static long crc32(byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body);
    return crc.getValue();
  }
}
