package io.dynamo.mapper.samples;

import io.dynamo.mapper.Attribute;
import io.dynamo.mapper.DynamoTable;
import io.dynamo.mapper.IndexKey;
import io.dynamo.mapper.IndexSortKey;
import io.dynamo.mapper.PartitionKey;
import io.dynamo.mapper.SortKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** The orders table, with a status and a sort key on its customer index. */
@DynamoTable("orders")
public record Order(
    @PartitionKey String id,
    @SortKey Instant createdAt,
    @IndexKey("byCustomer") String customer,
    @IndexSortKey("byCustomer") BigDecimal total,
    Set<String> tags,
    @Attribute("meta/source") String source,
    Status status) {

  /** An order's state; {@code status} is a reserved word, aliased in expressions. */
  public enum Status {
    NEW,
    PAID,
    SHIPPED
  }
}
