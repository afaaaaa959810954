package io.dynamo.mapper;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record to the items of a DynamoDB table, at compile time.
 *
 * <pre>{@code
 * @DynamoTable("orders")
 * record Order(@PartitionKey String id, @SortKey Instant createdAt,
 *              @IndexKey("byCustomer") String customer, BigDecimal total,
 *              Set<String> tags, @Attribute("meta/source") String source) {}
 * }</pre>
 *
 * <p>The annotation processor of {@code dynamo-mapper-processor} writes, next to the record, a
 * class named after it ({@code OrderSchema}; {@code Outer_InnerSchema} for a nested record) holding
 * its {@code ItemCodec}, its {@link TableSchema}, typed key construction ({@code
 * OrderSchema.key(id, createdAt)}) and an {@link Attr} per component for conditions and updates.
 * Every component is an attribute named after it unless {@link Attribute} names it; one is the
 * {@link PartitionKey}, at most one the {@link SortKey}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DynamoTable {
  /** The table's name. */
  String value();

  /**
   * What an absent value (a {@code null}, an empty {@code Optional}) or an empty set becomes, for
   * the components that do not say otherwise: left out by default.
   */
  Nulls nulls() default Nulls.OMIT;
}
