package io.dynamo.examples;

import static io.dynamo.examples.OrderSchema.CUSTOMER;
import static io.dynamo.examples.OrderSchema.ID;
import static io.dynamo.examples.OrderSchema.STATUS;
import static io.dynamo.examples.OrderSchema.TAGS;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.Page;
import io.dynamo.api.Table;
import io.dynamo.api.TableIndex;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The orders recipe of the README with dynamo-mapper: a table made from the {@link Order} record,
 * 100 typed orders, pages of an index, a conditional update, a batch get and a transaction, with
 * every attribute name written once, in the record.
 */
public final class OrdersRecipe {
  private OrdersRecipe() {}

  /** What the recipe found, for its test. */
  public record Found(List<Order> page, List<Order> next, Order paid, List<Order> some) {}

  /** Creates the table and works with it. */
  public static Found run(DynamoClient db, Instant start) {
    // tag::orders-mapper[]
    db.createTable(OrderSchema.SCHEMA.createTable().build()); // keys, index, on demand
    db.waitUntilTableActive("orders");
    Table<Order> orders = OrderSchema.table(db);

    List<Order> all = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Set<String> tags = i % 2 == 0 ? Set.of("gift") : Set.of(); // an empty set is left out
      all.add(
          new Order(
              "o-" + i,
              start.plusSeconds(i),
              "c-" + i % 10,
              BigDecimal.valueOf(10 + i),
              tags,
              "web",
              Order.Status.NEW));
    }
    orders.putAll(all); // BatchWriteItem, 25 at a time

    TableIndex<Order> byCustomer = orders.index(OrderSchema.BY_CUSTOMER);
    Page<Order> page = byCustomer.queryPage(q -> q.keyCondition(CUSTOMER.eq("c-3")).limit(4));
    Page<Order> next =
        byCustomer.queryPage(
            q -> q.keyCondition(CUSTOMER.eq("c-3")).limit(4).startKey(page.cursor()));

    Order paid =
        orders.update(
            OrderSchema.key("o-3", start.plusSeconds(3)),
            STATUS.set(Order.Status.PAID).and(TAGS.add(Set.of("paid"))),
            STATUS.eq(Order.Status.NEW)); // ConditionalCheckFailedException if it is not

    List<Order> some =
        orders.getAll(
            List.of(
                OrderSchema.key("o-1", start.plusSeconds(1)),
                OrderSchema.key("o-2", start.plusSeconds(2))));
    // end::orders-mapper[]
    return new Found(page.items(), next.items(), paid, some);
  }

  /** Ships a paid order and takes a new one, all or nothing. */
  public static void ship(DynamoClient db, Instant start) {
    // tag::orders-transaction[]
    Table<Order> orders = OrderSchema.table(db);
    Order reorder =
        new Order("o-100", start, "c-3", new BigDecimal("13"), Set.of(), "app", Order.Status.NEW);
    orders.transactWrite(
        tx ->
            tx.update(
                    OrderSchema.key("o-3", start.plusSeconds(3)),
                    STATUS.set(Order.Status.SHIPPED),
                    STATUS.eq(Order.Status.PAID))
                .put(reorder, ID.notExists()));
    // end::orders-transaction[]
  }
}
