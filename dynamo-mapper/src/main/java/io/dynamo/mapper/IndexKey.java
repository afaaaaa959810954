package io.dynamo.mapper;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component that is the partition key of the global secondary indexes named, of a key type as
 * for {@link PartitionKey}: {@code @IndexKey("byCustomer") String customer}. An index's sort key is
 * marked with {@link IndexSortKey}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface IndexKey {
  /** The names of the global secondary indexes this component is the partition key of. */
  String[] value();
}
