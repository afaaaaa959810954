package io.dynamo.examples;

import io.dynamo.mapper.Attribute;
import io.dynamo.mapper.DynamoTable;
import io.dynamo.mapper.IndexKey;
import io.dynamo.mapper.PartitionKey;
import io.dynamo.mapper.SortKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * An order of the orders recipe, mapped at compile time: dynamo-mapper-processor writes {@code
 * OrderSchema} beside it.
 *
 * @param id the order's id, the partition key
 * @param createdAt when it was made, the sort key
 * @param customer who made it, the partition key of the index {@code byCustomer}
 * @param total what it costs
 * @param tags labels, possibly none
 * @param source where it came from, stored as {@code meta/source}
 * @param status where it is
 */
// tag::orders-record[]
@DynamoTable("orders")
public record Order(
    @PartitionKey String id,
    @SortKey Instant createdAt,
    @IndexKey("byCustomer") String customer,
    BigDecimal total,
    Set<String> tags,
    @Attribute("meta/source") String source,
    Status status) {

  /** Where an order is. */
  public enum Status {
    NEW,
    PAID,
    SHIPPED
  }
}
// end::orders-record[]
