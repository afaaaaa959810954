package io.dynamo.mapper;

import static io.dynamo.mapper.samples.OrderSchema.ID;
import static io.dynamo.mapper.samples.OrderSchema.SOURCE;
import static io.dynamo.mapper.samples.OrderSchema.STATUS;
import static io.dynamo.mapper.samples.OrderSchema.TAGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.Table;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.mapper.samples.Order;
import io.dynamo.mapper.samples.OrderSchema;
import io.dynamo.sign.HttpHeader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Transactions of typed values with typed conditions and updates (dynalite has no transactions:
 * what is sent is checked instead), and the names the attribute references write.
 */
class TypedTransactionTest {
  /** Answers {} to everything and keeps the request bodies. */
  static final class Recording implements Transport {
    final List<String> bodies = new ArrayList<>();

    @Override
    public synchronized HttpResponse execute(HttpRequest request, Duration timeout) {
      bodies.add(new String(request.body(), StandardCharsets.UTF_8));
      return HttpResponse.of(
          200,
          List.of(HttpHeader.of("Content-Type", "application/x-amz-json-1.0")),
          "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
      return CompletableFuture.completedFuture(execute(request, timeout));
    }

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public void close() {}
  }

  private final Recording transport = new Recording();
  private final DynamoClient db =
      DynamoClient.builder()
          .endpoint("http://127.0.0.1:1")
          .credentials(MappedTableTest.CREDENTIALS)
          .transport(transport)
          .build();

  @Test
  void aTransactionOfTypedValuesUsesTheRecordsNames() {
    Table<Order> orders = OrderSchema.table(db);
    Instant t = Instant.parse("2026-12-01T00:00:00Z");
    orders.transactWrite(
        tx ->
            tx.put(
                    new Order("o-9", t, "c-1", BigDecimal.TEN, Set.of(), "app", Order.Status.NEW),
                    ID.notExists())
                .update(
                    OrderSchema.key("o-1", t),
                    STATUS.set(Order.Status.SHIPPED).and(TAGS.delete(Set.of("gift"))),
                    STATUS.eq(Order.Status.PAID).and(SOURCE.ne("import")))
                .check(OrderSchema.key("o-2", t), ID.exists()));
    String body = transport.bodies.get(0);
    for (String part :
        List.of(
            "\"Item\":{\"id\":{\"S\":\"o-9\"},\"createdAt\":{\"S\":\"2026-12-01T00:00:00.000000000Z\"},"
                + "\"customer\":{\"S\":\"c-1\"},\"total\":{\"N\":\"10\"},\"meta/source\":{\"S\":\"app\"},"
                + "\"status\":{\"S\":\"NEW\"}}",
            "\"ConditionExpression\":\"attribute_not_exists(id)\"",
            "\"UpdateExpression\":\"SET #n0 = :v0 DELETE tags :v1\"",
            "\"ConditionExpression\":\"#n0 = :v2 AND #n1 <> :v3\"",
            "\"ExpressionAttributeNames\":{\"#n0\":\"status\",\"#n1\":\"meta/source\"}",
            "\":v1\":{\"SS\":[\"gift\"]}",
            "\"ConditionCheck\":{\"Key\":{\"id\":{\"S\":\"o-2\"}")) {
      assertTrue(body.contains(part), part + " in " + body);
    }
  }

  @Test
  void attributeReferencesRenderWithTheRecordsNames() {
    assertEquals("meta/source = \"web\"", SOURCE.eq("web").toString());
    assertEquals(
        "status IN (NEW, PAID)", STATUS.in(Order.Status.NEW, Order.Status.PAID).toString());
    assertEquals("SET meta/source = \"app\"", SOURCE.set("app").toString());
    assertEquals("REMOVE tags", TAGS.set(Set.of()).toString(), "an empty set removes it");
    assertEquals("REMOVE meta/source", SOURCE.set(null).toString());
    assertEquals("size(tags) > 2", io.dynamo.api.expr.Condition.gt(TAGS.size(), 2).toString());
    assertEquals("meta/source", SOURCE.name());
    assertEquals(
        io.dynamo.codec.AttributeValue.s("2026-12-01T00:00:00.000000000Z"),
        OrderSchema.CREATED_AT.encode(Instant.parse("2026-12-01T00:00:00Z")));
  }
}
