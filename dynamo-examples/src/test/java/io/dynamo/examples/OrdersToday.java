package io.dynamo.examples;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.Table;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.GlobalIndex;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The orders recipe written without dynamo-mapper, with the API of {@code Table<T>} before it grew
 * (a hand-written codec, the schema written again in createTable, keys and names in each request):
 * the comparison for the README's line count, run by {@link OrdersRecipeTest}. Not in the README.
 */
final class OrdersToday {
  private OrdersToday() {}

  // tag::today-record[]
  record PlainOrder(
      String id,
      Instant createdAt,
      String customer,
      BigDecimal total,
      Set<String> tags,
      String source,
      Order.Status status) {}

  static final ItemCodec<PlainOrder> ORDER =
      ItemCodec.of(
          (o, w) -> {
            w.string("id", o.id())
                .value("createdAt", o.createdAt())
                .string("customer", o.customer())
                .number("total", o.total())
                .string("meta/source", o.source())
                .string("status", o.status().name());
            if (!o.tags().isEmpty()) { // an empty set throws
              w.stringSet("tags", o.tags());
            }
          },
          r ->
              new PlainOrder(
                  r.getString("id"),
                  r.get("createdAt", Instant.class),
                  r.getString("customer"),
                  r.getBigDecimal("total"),
                  r.has("tags") ? r.getStringSet("tags") : Set.of(),
                  r.find("meta/source", String.class).orElse(null),
                  Order.Status.valueOf(r.getString("status"))));

  // end::today-record[]

  static OrdersRecipe.Found run(DynamoClient db, Instant start) {
    // tag::today-program[]
    db.createTable(
        CreateTableRequest.builder()
            .table("orders")
            .hashKey("id", ScalarType.S)
            .rangeKey("createdAt", ScalarType.S)
            .globalSecondaryIndex(
                GlobalIndex.builder("byCustomer").hashKey("customer", ScalarType.S).build())
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
    db.waitUntilTableActive("orders");
    Table<PlainOrder> orders = db.table("orders", ORDER);

    List<PlainOrder> all = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Set<String> tags = i % 2 == 0 ? Set.of("gift") : Set.of();
      all.add(
          new PlainOrder(
              "o-" + i,
              start.plusSeconds(i),
              "c-" + i % 10,
              BigDecimal.valueOf(10 + i),
              tags,
              "web",
              Order.Status.NEW));
    }
    orders.putAll(all);

    QueryRequest byCustomer =
        QueryRequest.builder()
            .table("orders")
            .index("byCustomer")
            .keyCondition(Condition.eq("customer", "c-3"))
            .limit(4)
            .build();
    QueryResponse page = db.query(byCustomer);
    List<PlainOrder> first = page.items().stream().map(ORDER::fromItem).toList();
    QueryResponse nextPage = db.query(byCustomer.withExclusiveStartKey(page.lastEvaluatedKey()));
    List<PlainOrder> next = nextPage.items().stream().map(ORDER::fromItem).toList();

    Item after =
        db.updateItem(
                UpdateItemRequest.builder()
                    .table("orders")
                    .key(Key.of("id", "o-3", "createdAt", start.plusSeconds(3)))
                    .set("status", Order.Status.PAID.name())
                    .add("tags", Set.of("paid"))
                    .condition(Condition.eq("status", Order.Status.NEW.name()))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build())
            .attributes();
    PlainOrder paid = ORDER.fromItem(after);

    List<PlainOrder> some =
        orders.getAll(
            List.of(
                Key.of("id", "o-1", "createdAt", start.plusSeconds(1)),
                Key.of("id", "o-2", "createdAt", start.plusSeconds(2))));
    // end::today-program[]
    return new OrdersRecipe.Found(
        first.stream().map(OrdersToday::typed).toList(),
        next.stream().map(OrdersToday::typed).toList(),
        typed(paid),
        some.stream().map(OrdersToday::typed).toList());
  }

  static void ship(DynamoClient db, Instant start) {
    // tag::today-transaction[]
    PlainOrder reorder =
        new PlainOrder(
            "o-100", start, "c-3", new BigDecimal("13"), Set.of(), "app", Order.Status.NEW);
    db.transactWriteItems(
        TransactWriteItemsRequest.builder()
            .update(
                "orders",
                Key.of("id", "o-3", "createdAt", start.plusSeconds(3)),
                u ->
                    u.set("status", Order.Status.SHIPPED.name())
                        .condition(Condition.eq("status", Order.Status.PAID.name())))
            .put("orders", ORDER.toItem(reorder), Condition.attributeNotExists("id"))
            .build());
    // end::today-transaction[]
  }

  static Order typed(PlainOrder o) {
    return new Order(
        o.id(), o.createdAt(), o.customer(), o.total(), o.tags(), o.source(), o.status());
  }
}
