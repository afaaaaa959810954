package io.dynamo.transport.vertx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.Operation;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end against a real DynamoDB-compatible server: the client, signed, over this transport, on
 * a Vert.x of its own and, asynchronously from a verticle's point of view, on a given one.
 */
@ExtendWith(DynaliteExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DynaliteSmokeTest {
  private final Dynalite dynalite;

  DynaliteSmokeTest(Dynalite dynalite) {
    this.dynalite = dynalite;
  }

  private DynamoClient client(VertxTransport transport) {
    return DynamoClient.builder()
        .endpoint(dynalite.endpoint())
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
        .transport(transport)
        .build();
  }

  @Test
  void listsTablesSynchronously() {
    try (DynamoClient client = client(VertxTransport.create())) {
      for (int i = 0; i < 3; i++) {
        String json = client.apiCall(Operation.LIST_TABLES, "{}");

        assertTrue(json.contains("\"TableNames\""), json);
      }
    }
  }

  @Test
  void writesAndReadsAnItemAsynchronouslyFromAVertxContext() throws Exception {
    Vertx vertx = Vertx.vertx();
    String table = Dynalite.uniqueName("vertx");
    try (DynamoClient client = client(VertxTransport.create(vertx, TransportOptions.defaults()))) {
      CompletableFuture<String> chain = new CompletableFuture<>();
      vertx.runOnContext(
          ignored -> {
            Thread loop = Thread.currentThread();
            client
                .async()
                .apiCall(
                    Operation.CREATE_TABLE,
                    "{\"TableName\":\""
                        + table
                        + "\",\"AttributeDefinitions\":[{\"AttributeName\":\"id\","
                        + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"id\","
                        + "\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}")
                .thenCompose(created -> awaitActive(vertx, client, table))
                .thenCompose(
                    active ->
                        client
                            .async()
                            .apiCall(
                                Operation.PUT_ITEM,
                                "{\"TableName\":\""
                                    + table
                                    + "\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1.5\"}}}"))
                .thenCompose(
                    put ->
                        client
                            .async()
                            .apiCall(
                                Operation.GET_ITEM,
                                "{\"TableName\":\"" + table + "\",\"Key\":{\"id\":{\"S\":\"a\"}}}"))
                .whenComplete(
                    (item, failure) -> {
                      if (failure != null) {
                        chain.completeExceptionally(failure);
                      } else if (Thread.currentThread() != loop) {
                        chain.completeExceptionally(
                            new AssertionError("completed on " + Thread.currentThread()));
                      } else {
                        chain.complete(item);
                      }
                    });
          });

      String item = chain.get(60, TimeUnit.SECONDS);

      assertTrue(item.contains("\"n\":{\"N\":\"1.5\"}"), item);
      String deleted = client.apiCall(Operation.DELETE_TABLE, "{\"TableName\":\"" + table + "\"}");
      assertTrue(deleted.contains("\"TableDescription\""), deleted);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Polls DescribeTable every 20 ms, without blocking, until the table is ACTIVE (dynalite takes a
   * moment).
   */
  private static CompletableFuture<String> awaitActive(
      Vertx vertx, DynamoClient client, String table) {
    return client
        .async()
        .apiCall(Operation.DESCRIBE_TABLE, "{\"TableName\":\"" + table + "\"}")
        .thenCompose(
            json -> {
              if (json.contains("\"TableStatus\":\"ACTIVE\"")) {
                return CompletableFuture.completedFuture(json);
              }
              CompletableFuture<String> later = new CompletableFuture<>();
              vertx.setTimer(
                  20,
                  id ->
                      awaitActive(vertx, client, table)
                          .whenComplete(
                              (again, failure) -> {
                                if (failure != null) {
                                  later.completeExceptionally(failure);
                                } else {
                                  later.complete(again);
                                }
                              }));
              return later;
            });
  }
}
