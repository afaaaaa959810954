package io.dynamo.examples;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.CallListener;
import io.dynamo.api.call.Interceptor;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.CancellationReason;
import io.dynamo.api.error.TransactionCanceledException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.BackupSummary;
import io.dynamo.api.model.DescribeLimitsRequest;
import io.dynamo.api.model.DescribeLimitsResponse;
import io.dynamo.api.model.ListBackupsRequest;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.spi.HttpProxy;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Auth;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.TokenProvider;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Examples beyond the walk-through, shown in the README the same way (between {@code tag::}
 * markers) and run by a test.
 */
public final class Recipes {
  private Recipes() {}

  /** An amount of money, stored as {@code "12.50 EUR"}. */
  public record Money(BigDecimal amount, String currency) {
    /** Parses {@code "12.50 EUR"}. */
    public static Money parse(String text) {
      String[] parts = text.split(" ");
      return new Money(new BigDecimal(parts[0]), parts[1]);
    }

    @Override
    public String toString() {
      return amount.toPlainString() + " " + currency;
    }
  }

  /** A client whose codecs know {@link Money}, used in items, keys and expression values. */
  public static Money customCodec(URI endpoint, Credentials credentials, String table) {
    // tag::custom-codec[]
    CodecRegistry codecs =
        CodecRegistry.builder()
            .register(Money.class, AttributeCodec.ofString(Money::toString, Money::parse))
            .build();
    DynamoClient db =
        DynamoClient.builder().endpoint(endpoint).credentials(credentials).codecs(codecs).build();

    db.putItem(
        table, codecs.item("id", "order-1", "total", new Money(new BigDecimal("12.50"), "EUR")));
    Money total = db.getItem(table, codecs.key("id", "order-1")).item().get("total", Money.class);
    // total: 12.50 EUR, stored as {"S":"12.50 EUR"}
    // end::custom-codec[]
    db.close();
    return total;
  }

  /** Conditions written in Java: names and values get their aliases and placeholders. */
  public static List<Item> conditions(DynamoClient db, String table) {
    // tag::conditions[]
    db.putItem(
        PutItemRequest.builder()
            .table(table)
            .item(Item.of("id", "order-2", "status", "new", "lines", 3))
            .condition(Condition.attributeNotExists("id")) // create, never overwrite
            .build());

    List<Item> open =
        db.scanAll(
                ScanRequest.builder()
                    .table(table)
                    .filter(Condition.eq("status", "new").and(Condition.gt("lines", 2)))
                    .build())
            .collect(Collectors.toList());
    // sent as FilterExpression "#n0 = :v0 AND lines > :v1", with #n0 = status (a reserved word)
    // end::conditions[]
    return open;
  }

  /** Retries, timeouts and an interceptor that counts attempts. */
  public static int tunedClient(URI endpoint, Credentials credentials, String table) {
    // tag::tuned-client[]
    AtomicInteger attempts = new AtomicInteger();
    Interceptor countAttempts =
        new Interceptor() {
          @Override
          public CompletableFuture<HttpResponse> interceptAttempt(AttemptChain chain) {
            attempts.incrementAndGet();
            return chain.proceed(chain.request());
          }
        };
    DynamoClient db =
        DynamoClient.builder()
            .endpoint(endpoint)
            // credentials default to the AWS chain: environment, profile, container, EC2
            .credentials(credentials)
            .connectTimeout(Duration.ofSeconds(1))
            .attemptTimeout(Duration.ofSeconds(2))
            .callTimeout(Duration.ofSeconds(10))
            .retryPolicy(
                RetryPolicy.builder().maxAttempts(8).baseDelay(Duration.ofMillis(10)).build())
            .interceptor(countAttempts)
            .userAgentSuffix("orders-service/1.4")
            .build();
    db.getItem(table, Key.of("id", "order-1"));
    // attempts.get(): 1
    // end::tuned-client[]
    db.close();
    return attempts.get();
  }

  /** A listener that counts calls, throttles and failures: returns the throttles seen. */
  public static long metrics(URI endpoint, Credentials credentials, String table) {
    // tag::listener[]
    LongAdder calls = new LongAdder();
    LongAdder throttles = new LongAdder();
    CallListener<Void> metrics =
        new CallListener<>() {
          @Override
          public void onCallEnd(CallEnd call, Void state) {
            calls.increment();
            throttles.add(call.throttles());
            if (!call.isSuccess()) {
              System.out.printf(
                  "%s %s failed with %s after %d attempts (request id %s)%n",
                  call.call().operation(),
                  call.call().tableNames(),
                  call.errorCode(),
                  call.attempts(),
                  call.requestId());
            }
          }
        };
    DynamoClient db =
        DynamoClient.builder()
            .endpoint(endpoint)
            .credentials(credentials)
            .listener(metrics) // several may be added; none costs nothing
            .build();
    db.getItem(table, Key.of("id", "order-1"));
    // calls.sum(): 1
    // end::listener[]
    db.close();
    return calls.sum() == 1 ? throttles.sum() : -1;
  }

  /**
   * A client behind a company's HTTP proxy, with a tighter cap on response bodies: returns the
   * number of tables it lists through the proxy.
   */
  public static int behindAProxy(
      URI endpoint, Credentials credentials, String proxyHost, int proxyPort, String password) {
    // tag::proxy[]
    DynamoClient db =
        DynamoClient.builder()
            .endpoint(endpoint)
            .credentials(credentials)
            .proxy(
                HttpProxy.of(proxyHost, proxyPort)
                    .withCredentials("svc-orders", password) // Basic; never printed
                    .bypassing("localhost", "*.internal.example"))
            .maxResponseBytes(16L * 1024 * 1024) // a longer answer fails, unretried
            .build();
    int tables = db.listTables(ListTablesRequest.builder().build()).tableNames().size();
    // end::proxy[]
    db.close();
    return tables;
  }

  /**
   * An unconditional counter increment that must not apply twice: retried only when the failed
   * attempt certainly did not take effect. Returns the counter's value after it.
   */
  public static long incrementOnce(DynamoClient db, String table) {
    // tag::apply-once[]
    DynamoClient once = db.withRetryPolicy(db.retryPolicy().onlyWhenNotApplied());
    long hits =
        once.updateItem(
                UpdateItemRequest.builder()
                    .table(table)
                    .key(Key.of("id", "page-views"))
                    .add("hits", 1)
                    .returnValues(ReturnValue.UPDATED_NEW)
                    .build())
            .attributes()
            .getLong("hits");
    // throttling and refused connections are still retried; a timeout after sending is not
    // end::apply-once[]
    return hits;
  }

  /** Yandex Database's Document API: an endpoint with a path, and an IAM token. */
  public static DynamoClient ydb(TokenProvider iamTokens) {
    // tag::ydb[]
    DynamoClient ydb =
        DynamoClient.builder()
            .endpoint("https://docapi.serverless.yandexcloud.net/ru-central1/b1gexample/etnexample")
            .region("ru-central1")
            .auth(Auth.bearer(iamTokens)) // or credentials(...) for YDB's static keys with SigV4
            .build();
    // end::ydb[]
    return ydb;
  }

  /** A transaction: all of it happens, or none of it. */
  public static List<CancellationReason> transaction(DynamoClient db) {
    // tag::transaction[]
    try {
      db.transactWriteItems(
          TransactWriteItemsRequest.builder()
              .put("orders", Item.of("id", "o1", "total", 12), Condition.attributeNotExists("id"))
              .update(
                  "stock",
                  Key.of("sku", "A"),
                  u -> u.add("reserved", 1).condition(Condition.ge("available", 1)))
              .delete("carts", Key.of("user", "u1"))
              .build());
    } catch (TransactionCanceledException e) {
      // one reason per action, in order: Code "None" for the fine ones
      for (CancellationReason reason : e.reasons()) {
        System.out.println(reason.code() + " " + reason.message());
      }
      return e.reasons();
    }
    // end::transaction[]
    return List.of();
  }

  /** Operations beyond items and tables: every one of the model's is typed. */
  public static List<String> backupNames(DynamoClient db, String table) {
    // tag::every-operation[]
    List<String> names =
        db.listBackupsAll(ListBackupsRequest.builder().tableName(table).limit(25).build())
            .map(BackupSummary::backupName)
            .toList(); // pages are requested as the stream is consumed

    DescribeLimitsResponse limits = db.send(DescribeLimitsRequest.builder().build());
    // send takes a request of any operation; limits.tableMaxReadCapacityUnits(): 40000
    // end::every-operation[]
    System.out.println(limits.tableMaxReadCapacityUnits());
    return names;
  }

  /** Raw responses keep the status, headers and attempts. */
  public static ApiResponse rawResponse(DynamoClient db) {
    return db.apiCall(
        io.dynamo.api.call.ApiRequest.of(
            io.dynamo.api.error.Operation.LIST_TABLES, "{}".getBytes()));
  }

  /** Query with a condition on the key. */
  public static long countOrders(DynamoClient db, String table) {
    return db.queryAll(
            QueryRequest.builder().table(table).keyCondition(Condition.eq("id", "order-1")).build())
        .count();
  }
}
