package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.codec.DynamoException;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.HttpHeader;
import io.dynamo.testkit.Fuzz;
import java.time.Duration;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;

/**
 * Random and mutated response bodies, statuses and headers through the client's typed operations,
 * synchronous and asynchronous, from a transport that answers at once: every call ends in its
 * result or a {@link DynamoException} within its call timeout; never another exception, a hang, a
 * {@link StackOverflowError} or an {@link OutOfMemoryError}. An {@link InvalidResponseException}
 * that stands for an unexpected exception of the client's own reading (its last resort) fails the
 * test too. What a call returns prints.
 *
 * <p>25,000 calls in the normal run (a call costs about ten times a read of dynamo-codec's
 * DynamoJsonFuzzTest: signing, the error mapping and the message's view of the body, each parse of
 * a body with a name Jackson has not seen copying its shared table of names), 250,000 with {@code
 * -Ddynamo.long=true}, any number with {@code -Ddynamo.fuzz.cases=N}. The seed is printed with a
 * failure; {@code -Ddynamo.fuzz.seed=S -Ddynamo.fuzz.case=N} replays one call.
 */
class ResponseFuzzTest {
  private static final boolean LONG = Boolean.getBoolean("dynamo.long");
  private static final long SEED = Fuzz.seed(0xA91F022L);
  private static final int CASES = Integer.getInteger("dynamo.fuzz.cases", LONG ? 250_000 : 25_000);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

  /** How much later than its call timeout a call may end: a pause of the JVM, a busy machine. */
  private static final Duration MARGIN = Duration.ofSeconds(3);

  private static final Key KEY = Key.of("id", "user#1");
  private static final Item ITEM = Item.of("id", "user#1", "n", 1);

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

  private static final String[] ERRORS = {
    Fuzz.CONDITIONAL_CHECK_FAILED, Fuzz.TRANSACTION_CANCELED, Fuzz.THROTTLED, Fuzz.VALIDATION
  };

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
              new String[] {Fuzz.SCAN, Fuzz.QUERY},
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

  /** Answers every request with the response set for the case. */
  private static final class Canned implements Transport {
    volatile HttpResponse next;
    final AtomicLong attempts = new AtomicLong();

    @Override
    public HttpResponse execute(HttpRequest request, Duration timeout) {
      attempts.incrementAndGet();
      return next;
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
      attempts.incrementAndGet();
      return CompletableFuture.completedFuture(next);
    }

    @Override
    public String name() {
      return "canned";
    }

    @Override
    public void close() {}
  }

  private final Canned transport = new Canned();
  private final DynamoClient once = client(RetryPolicy.none());
  // retries (after a millisecond) of what may be retried, as in most uses
  private final DynamoClient retrying =
      client(
          RetryPolicy.builder()
              .maxAttempts(3)
              .baseDelay(Duration.ofMillis(1))
              .throttlingBaseDelay(Duration.ofMillis(1))
              .build());
  private final AtomicLong current = new AtomicLong(-1);
  private final Map<String, Integer> outcomes = new TreeMap<>();
  private long succeeded;
  private long slowest;
  private long slowestCase = -1;

  private DynamoClient client(RetryPolicy policy) {
    return DynamoClient.builder()
        .endpoint("http://127.0.0.1:8000")
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .transport(transport)
        .retryPolicy(policy)
        .callTimeout(CALL_TIMEOUT)
        .build();
  }

  @Test
  void everyResponseEndsTheCallInItsResultOrATypedExceptionInTime() {
    Duration bound = Duration.ofMinutes(LONG ? 30 : 5); // a hang: each call is checked on its own
    long started = System.nanoTime();
    assertTimeoutPreemptively(
        bound,
        this::run,
        () -> "hung in " + Fuzz.replay(SEED, current.get()) + ": took over " + bound);
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    long cases = Fuzz.onlyCase() >= 0 ? 1 : CASES;
    System.out.printf(
        "ResponseFuzzTest: %,d calls (%,d attempts) in %,d ms (seed 0x%x), the slowest %,d ms (case %d):"
            + " %,d results; failures %s%n",
        cases,
        transport.attempts.get(),
        millis,
        SEED,
        slowest / 1_000_000,
        slowestCase,
        succeeded,
        outcomes);
    if (Fuzz.onlyCase() < 0) {
      // the bodies must reach past the syntax: a good share of calls gets a result
      assertTrue(succeeded > CASES / 20, "only " + succeeded + " of " + CASES + " calls succeeded");
    }
  }

  private void run() {
    long only = Fuzz.onlyCase();
    for (long i = only >= 0 ? only : 0; i < (only >= 0 ? only + 1 : CASES); i++) {
      current.set(i);
      one(i);
    }
  }

  private void one(long index) {
    SplittableRandom r = Fuzz.random(SEED, index);
    Op op = OPS.get(r.nextInt(OPS.size()));
    boolean error = r.nextInt(4) == 0;
    String[] bodies = error ? ERRORS : op.bodies;
    byte[] body = Fuzz.body(r, bodies);
    HttpResponse response = response(r, error, body);
    transport.next = response;
    Ctx ctx = new Ctx(r.nextInt(8) == 0 ? retrying : once, r.nextInt(6) == 0);
    String where =
        op.name
            + (ctx.async ? " (async)" : "")
            + " answered with status "
            + response.statusCode()
            + " and headers "
            + response.headers()
            + " in "
            + Fuzz.replay(SEED, index);
    long start = System.nanoTime();
    try {
      Object result = op.call.apply(ctx);
      String shown = result.toString(); // what was read prints (values stay out of it)
      assertTrue(shown != null, where);
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

  /** The body with a status (mostly 200, or 400 for an error) and headers, right or not. */
  private static HttpResponse response(SplittableRandom r, boolean error, byte[] body) {
    int[] odd = {100, 201, 204, 299, 301, 404, 413, 429, 500, 502, 503, 504, 599, 0, 999};
    int status =
        r.nextInt(20) == 0
            ? odd[r.nextInt(odd.length)]
            : error ? (r.nextInt(8) == 0 ? 500 : 400) : 200;
    List<HttpHeader> headers = new ArrayList<>();
    if (r.nextInt(10) != 0) {
      headers.add(HttpHeader.of("Content-Type", "application/x-amz-json-1.0"));
    }
    headers.add(HttpHeader.of("x-amzn-RequestId", r.nextInt(20) == 0 ? "" : "REQ" + r.nextInt()));
    int crc = r.nextInt(40);
    if (crc < 34) {
      CRC32 sum = new CRC32();
      sum.update(body);
      headers.add(HttpHeader.of("x-amz-crc32", Long.toString(sum.getValue())));
    } else if (crc < 36) {
      headers.add(HttpHeader.of("x-amz-crc32", Long.toString(r.nextLong() >>> 32)));
    } else if (crc < 38) {
      String[] garbage = {"", " ", "-1", "abc", "99999999999999999999", "0x1F", "１２"};
      headers.add(HttpHeader.of("x-amz-crc32", garbage[r.nextInt(garbage.length)]));
    }
    if (r.nextInt(30) == 0) {
      String[] types = {
        "ThrottlingException",
        "",
        "#",
        ":",
        "com.amazon#RequestTimeTooSkewed:http://x",
        "TransactionCanceledException",
        "\u0001",
        "x".repeat(1000),
      };
      headers.add(HttpHeader.of("x-amzn-ErrorType", types[r.nextInt(types.length)]));
    }
    if (r.nextInt(30) == 0) {
      String[] dates = {
        "Mon, 01 Jan 2001 00:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "yesterday",
        "",
        "Thu, 01 Jan 1970 00:00:00 +0000",
        "Sun, 06 Nov 1994 08:49:37 GMT",
      };
      headers.add(HttpHeader.of("Date", dates[r.nextInt(dates.length)]));
    }
    return HttpResponse.of(status, headers, body);
  }
}
